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
  range: readonly [number, number] | null;
  binWidth: number;
}

/** Lane labels are cut to fit the label column; the full names are in the filter beside the chart. */
function fitLabel(name: string): string {
  return name.length <= 12 ? name : `${name.slice(0, 11)}…`;
}

/** The lanes, the date axis and the on-screen window of the overview, drawn by React from d3-computed positions. */
export function OverviewLanes({ dataset, lanes, scale, range, binWidth }: Props) {
  const height = lanes.length * LANE_H;
  const [x0, x1] = scale.range() as [number, number];
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
      {range !== null && (
        <rect
          className="viewport-window"
          x={LABEL_W + Math.max(x0, scale(range[0]) - 2)}
          y={0}
          width={Math.max(4, Math.min(x1, scale(range[1])) - Math.max(x0, scale(range[0])) + 4)}
          height={height}
        />
      )}
      {ticks.map((t) => (
        <text key={t.getTime()} x={LABEL_W + scale(t)} y={height + AXIS_H - 4} className="tick-label" textAnchor="middle">
          {tickFormat(t)}
        </text>
      ))}
    </g>
  );
}
