import type { ScaleTime } from 'd3-scale';
import { useParley } from '../hooks/useParley.ts';
import { selectRange } from '../store/selectors.ts';
import { LABEL_W } from './OverviewLanes.tsx';

interface Props {
  readonly scale: ScaleTime<number, number>;
  readonly height: number;
}

/** The outline of the stretch of time on screen; the only part of the overview that follows scrolling. */
export function OverviewWindow({ scale, height }: Props) {
  const range = useParley(selectRange);
  if (range === null) return null;
  const [x0, x1] = scale.range() as [number, number];
  const left = Math.max(x0, scale(range[0]) - 2);
  return (
    <rect
      className="viewport-window"
      x={LABEL_W + left}
      y={0}
      width={Math.max(4, Math.min(x1, scale(range[1])) - left + 4)}
      height={height}
    />
  );
}
