import { memo } from 'react';
import { axisTicks, TICK_PAD } from '../domain/axis.ts';

interface Props {
  readonly from: number;
  readonly to: number;
  /** Left edge of the plot and its width, in pixels. */
  readonly left: number;
  readonly width: number;
  /** Top of the axis. */
  readonly y: number;
}

/** The date axis: one row of ticks whose labels never touch (domain/axis.ts chooses the step), years beneath. */
export const OverviewAxis = memo(function OverviewAxis({ from, to, left, width, y }: Props) {
  const ticks = axisTicks(from, to, width);
  return (
    <g className="overview-axis" aria-hidden="true">
      <line className="axis-rule" x1={left} x2={left + width} y1={y} y2={y} />
      {ticks.map((t) => (
        <g key={t.ms}>
          <line
            className="axis-tick"
            x1={left + t.x}
            x2={left + t.x}
            y1={y}
            y2={t.year === undefined ? y + 5 : y + 31}
          />
          <text className="tick-label" x={left + t.x + TICK_PAD} y={y + 15}>
            {t.label}
          </text>
          {t.year !== undefined && (
            <text className="tick-label tick-year" x={left + t.x + TICK_PAD} y={y + 29}>
              {t.year}
            </text>
          )}
        </g>
      ))}
    </g>
  );
});
