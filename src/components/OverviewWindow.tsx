import { useRef, type PointerEvent } from 'react';
import type { ScaleTime } from 'd3-scale';
import { useParley } from '../hooks/useParley.ts';
import { selectRange } from '../store/selectors.ts';

interface Props {
  readonly scale: ScaleTime<number, number>;
  /** Left edge of the plot, in pixels. */
  readonly left: number;
  readonly height: number;
  /** The height of the handle along the top, which is what a pointer drags. */
  readonly handle: number;
  /** Brings the timeline to the events around `instant` (UTC ms). */
  readonly onDrag: (instant: number) => void;
}

/**
 * The stretch of time on screen, outlined over the lanes; dragging its handle scrolls the timeline. The only
 * part of the overview that follows scrolling. For pointers only: the marks and the periods do the
 * same from the keyboard.
 */
export function OverviewWindow({ scale, left, height, handle, onDrag }: Props) {
  const range = useParley(selectRange);
  // Where in the window it was grabbed, so it does not jump under the pointer.
  const grab = useRef<number | null>(null);
  if (range === null) return null;
  const [x0, x1] = scale.range() as [number, number];
  const a = scale(range[0]);
  const b = scale(range[1]);
  // Off the span on view (zoomed elsewhere): nothing to show.
  if (b < x0 - 2 || a > x1 + 2) return null;
  const from = Math.max(x0, a - 2);
  const width = Math.max(6, Math.min(x1, b) - from + 4);
  const xOf = (e: PointerEvent<SVGRectElement>) =>
    e.clientX - (e.currentTarget.ownerSVGElement?.getBoundingClientRect().left ?? 0) - left;

  return (
    <g aria-hidden="true">
      <rect className="viewport-window" x={left + from} y={0} width={width} height={height} />
      <rect
        className="viewport-handle"
        x={left + from}
        y={0}
        width={width}
        height={handle}
        rx={2}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          grab.current = xOf(e) - (from + width / 2);
        }}
        onPointerMove={(e) => {
          if (grab.current === null) return;
          const centre = Math.min(x1, Math.max(x0, xOf(e) - grab.current));
          onDrag(scale.invert(centre).getTime());
        }}
        onPointerUp={() => (grab.current = null)}
        onPointerCancel={() => (grab.current = null)}
        onClick={(e) => e.stopPropagation()}
      />
    </g>
  );
}
