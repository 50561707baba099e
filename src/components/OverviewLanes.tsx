import { memo } from 'react';
import type { ScaleTime } from 'd3-scale';
import type { Dataset } from '../domain/dataset.ts';
import type { Lane } from '../domain/overview.ts';

export const LANE_H = 14;
export const AXIS_H = 18;
export const LABEL_W = 72;

interface Props {
  dataset: Dataset;
  lanes: readonly Lane[];
  scale: ScaleTime<number, number>;
  binWidth: number;
}

/**
 * The bins of one lane that hold `mark`, as one path of rectangles: one element per lane and mark
 * instead of one per bin (about a thousand at a typical width), which the first render and every
 * filter would otherwise create or update one by one.
 */
export function binsPath(bins: Uint8Array, mark: number, binWidth: number): string {
  const w = hundredths(Math.max(2, binWidth - 1));
  // The part after each bin's x is the same for every bin: written once, not formatted per bin.
  const rest = ` 1h${w}v${LANE_H - 2}h${-w}z`;
  let d = '';
  for (let b = 0; b < bins.length; b++) if (bins[b] === mark) d += `M${hundredths(LABEL_W + b * binWidth)}${rest}`;
  return d;
}

/** Rounded to hundredths of a pixel, as short as it prints. */
const hundredths = (x: number) => Math.round(x * 100) / 100;

/** Lane labels are cut to fit the label column; the full names are in the filter beside the chart. */
function fitLabel(name: string): string {
  return name.length <= 12 ? name : `${name.slice(0, 11)}…`;
}

/**
 * The lanes and the date axis of the overview, drawn by React from d3-computed positions. Memoised:
 * scrolling moves only the on-screen window (OverviewWindow), and redrawing every lane on each
 * scroll step showed up as long frames at 10,000 events.
 */
export const OverviewLanes = memo(function OverviewLanes({ dataset, lanes, scale, binWidth }: Props) {
  const height = lanes.length * LANE_H;
  const x1 = scale.range()[1] ?? 0;
  const ticks = scale.ticks(4);
  const tickFormat = scale.tickFormat(4);
  return (
    <g>
      {lanes.map((lane, row) => {
        const actor = dataset.actorById.get(lane.actorId);
        const y = row * LANE_H;
        return (
          <g key={lane.actorId} transform={`translate(0 ${y})`}>
            <text x={0} y={LANE_H - 3} className="lane-label">
              {fitLabel(actor?.shortName ?? lane.actorId)}
            </text>
            <line x1={LABEL_W} x2={LABEL_W + x1} y1={LANE_H / 2} y2={LANE_H / 2} className="lane-rule" />
            <path d={binsPath(lane.bins, 1, binWidth)} fill="var(--border)" />
            <path d={binsPath(lane.bins, 2, binWidth)} fill={actor?.color ?? 'currentColor'} />
          </g>
        );
      })}
      {ticks.map((t) => (
        <text
          key={t.getTime()}
          x={LABEL_W + scale(t)}
          y={height + AXIS_H - 4}
          className="tick-label"
          textAnchor="middle"
        >
          {tickFormat(t)}
        </text>
      ))}
    </g>
  );
});
