import { memo } from 'react';
import type { ScaleTime } from 'd3-scale';
import type { Dataset } from '../domain/dataset';
import type { Lane } from '../domain/overview';

export const LANE_H = 14;
export const AXIS_H = 18;
export const LABEL_W = 72;

interface Props {
  dataset: Dataset;
  lanes: readonly Lane[];
  scale: ScaleTime<number, number>;
  binWidth: number;
}

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
            {Array.from(lane.bins, (mark, b) =>
              mark === 0 ? null : (
                <rect
                  key={b}
                  x={LABEL_W + b * binWidth}
                  y={1}
                  width={Math.max(2, binWidth - 1)}
                  height={LANE_H - 2}
                  fill={mark === 2 ? (actor?.color ?? 'currentColor') : 'var(--border)'}
                />
              ),
            )}
          </g>
        );
      })}
      {ticks.map((t) => (
        <text key={t.getTime()} x={LABEL_W + scale(t)} y={height + AXIS_H - 4} className="tick-label" textAnchor="middle">
          {tickFormat(t)}
        </text>
      ))}
    </g>
  );
});
