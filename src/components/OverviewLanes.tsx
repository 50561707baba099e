import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { LaneSpec } from '../domain/lanes.ts';
import type { Mark } from '../domain/overviewMarks.ts';
import { OverviewMarkButton, type MarkHandlers } from './OverviewMarkButton.tsx';

/** A lane: its label above, its marks below. */
export const LANE_LABEL_H = 14;
export const LANE_H = 32;
const MARK_Y = LANE_LABEL_H + 9;

interface Props {
  readonly lanes: readonly LaneSpec[];
  readonly marks: readonly (readonly Mark[])[];
  /** Left edge of the plot and the width of one bin, in pixels. */
  readonly left: number;
  readonly binWidth: number;
  readonly width: number;
  /** The position of the selected event, or -1: its marks are ringed. */
  readonly selected: number;
  /** The name of a mark, for its accessible name and the readout. */
  readonly describe: (lane: number, mark: Mark) => string;
  /** Opens the event at a position. */
  readonly onOpen: (position: number) => void;
  /** The name of the mark pointed at, and of the one focused (null: none), for the readout beside the chart. */
  readonly onHover: (name: string | null) => void;
  readonly onFocusMark: (name: string | null) => void;
}

/** Size by how many events a mark holds: one, a few, many. */
const radius = (count: number) => (count === 1 ? 4 : count < 5 ? 5 : 6);

type Key = readonly [lane: number, mark: number];

/** The mark to move to from [lane, k] on `key`, or null when the key is not a move. */
function moveFrom(marks: readonly (readonly Mark[])[], [lane, k]: Key, key: string): Key | null {
  const row = marks[lane] ?? [];
  if (key === 'ArrowRight') return [lane, Math.min(row.length - 1, k + 1)];
  if (key === 'ArrowLeft') return [lane, Math.max(0, k - 1)];
  if (key === 'Home') return [lane, 0];
  if (key === 'End') return [lane, row.length - 1];
  if (key !== 'ArrowUp' && key !== 'ArrowDown') return null;
  const bin = row[k]?.bin ?? 0;
  const step = key === 'ArrowDown' ? 1 : -1;
  for (let l = lane + step; l >= 0 && l < marks.length; l += step) {
    const other = marks[l] ?? [];
    if (other.length === 0) continue;
    let best = 0;
    other.forEach((m, j) => {
      if (Math.abs(m.bin - bin) < Math.abs((other[best] as Mark).bin - bin)) best = j;
    });
    return [l, best];
  }
  return [lane, k];
}

/**
 * The lanes and their marks, drawn by React from positions worked out in the domain. The marks are
 * one tab stop (roving focus): the arrows move along a lane and between lanes, Home and End go to a
 * lane's ends, Enter or Space opens the mark's event. Memoised: scrolling moves only the window.
 */
export const OverviewLanes = memo(function OverviewLanes(props: Props) {
  const { lanes, marks, left, binWidth, width, selected, describe } = props;
  const [active, setActive] = useState<Key>([0, 0]);
  // A new filter or zoom can take the active mark away: the first mark of the first lane with any stands in.
  const [al, ak] = marks[active[0]]?.[active[1]] !== undefined ? active : firstMark(marks);
  // The handlers read the latest marks and callbacks through a ref, so they are made once.
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  const elements = useRef(new Map<string, SVGGElement>());
  const on = useMemo<MarkHandlers>(() => {
    const markAt = (lane: number, k: number) => latest.current.marks[lane]?.[k];
    return {
      open(lane, k) {
        const mark = markAt(lane, k);
        if (mark !== undefined) latest.current.onOpen(mark.target);
      },
      key(e, lane, k) {
        const mark = markAt(lane, k);
        if (mark === undefined) return;
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          latest.current.onOpen(mark.target);
          return;
        }
        const to = moveFrom(latest.current.marks, [lane, k], e.key);
        if (to === null) return;
        e.preventDefault();
        setActive(to);
        elements.current.get(`${to[0]}:${to[1]}`)?.focus();
      },
      focus(lane, k, name) {
        setActive([lane, k]);
        latest.current.onFocusMark(name);
      },
      blur: () => latest.current.onFocusMark(null),
      hover: (name) => latest.current.onHover(name),
      register(lane, k, el) {
        if (el === null) elements.current.delete(`${lane}:${k}`);
        else elements.current.set(`${lane}:${k}`, el);
      },
    };
  }, []);

  return (
    <g>
      {lanes.map((lane, l) => (
        <g key={lane.key} role="group" aria-label={lane.label} transform={`translate(0 ${l * LANE_H})`}>
          <text className="lane-label" x={left} y={LANE_LABEL_H - 3} aria-hidden="true">
            {lane.label}
          </text>
          <line className="lane-rule" x1={left} x2={left + width} y1={MARK_Y} y2={MARK_Y} />
          {(marks[l] ?? []).map((mark, k) => (
            <OverviewMarkButton
              key={mark.bin}
              lane={l}
              index={k}
              name={describe(l, mark)}
              kind={mark.kind}
              x={left + mark.bin * binWidth}
              width={binWidth}
              top={LANE_LABEL_H}
              height={LANE_H - LANE_LABEL_H}
              cx={left + (mark.bin + 0.5) * binWidth}
              cy={MARK_Y}
              r={radius(mark.count)}
              outside={mark.shown === 0}
              active={l === al && k === ak}
              selected={selected >= mark.first && selected <= mark.last && hasEvent(lane.events, selected)}
              on={on}
            />
          ))}
        </g>
      ))}
    </g>
  );
});

/** Whether the sorted positions `events` hold `i`. */
function hasEvent(events: Int32Array, i: number): boolean {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((events[mid] as number) < i) lo = mid + 1;
    else hi = mid;
  }
  return events[lo] === i;
}

function firstMark(marks: readonly (readonly Mark[])[]): Key {
  const lane = marks.findIndex((m) => m.length > 0);
  return [Math.max(0, lane), 0];
}
