/**
 * The overview: the whole span at a glance, one lane per actor. Events are binned into columns so
 * that drawing cost depends on the width in pixels, not on the number of events.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { Dataset, TimelineEvent } from './dataset';
import type { ActorId } from './schema';
import { formatShortDate } from './format';

const HALF_DAY = 43_200_000;

/** A UTC time scale over [start, end] onto [0, width]; an empty or zero-length domain is widened by half a day each side. */
export function makeTimeScale([start, end]: readonly [number, number], width: number): ScaleTime<number, number> {
  const [a, b] = Number.isFinite(start) && Number.isFinite(end) && end > start ? [start, end] : [(start || 0) - HALF_DAY, (start || 0) + HALF_DAY];
  return scaleUtc().domain([a, b]).range([0, Math.max(1, width)]);
}

/** The first start and last end of the dataset's events, or null when there are none. */
export function timeExtent(events: readonly TimelineEvent[]): [number, number] | null {
  const first = events[0];
  if (first === undefined) return null;
  let end = first.endMs;
  for (const e of events) if (e.endMs > end) end = e.endMs;
  return [first.startMs, end];
}

export interface Lane {
  readonly actorId: ActorId;
  /** Per bin: 0 no event, 1 events that the filter hides, 2 at least one visible event. */
  readonly bins: Uint8Array;
}

/** One lane per actor with events, busiest first; `visible` marks which events pass the filter (null: all). */
export function buildLanes(dataset: Dataset, binCount: number, extent: readonly [number, number], visible: ReadonlySet<number> | null): Lane[] {
  const [start, end] = extent;
  const span = Math.max(1, end - start);
  const lanes: Lane[] = [];
  for (const [actorId, positions] of dataset.eventsByActor) {
    const bins = new Uint8Array(binCount);
    for (const i of positions) {
      const e = dataset.events[i];
      if (e === undefined) continue;
      const b = Math.min(binCount - 1, Math.floor(((e.startMs - start) / span) * binCount));
      const mark = visible === null || visible.has(i) ? 2 : 1;
      if ((bins[b] ?? 0) < mark) bins[b] = mark;
    }
    lanes.push({ actorId, bins });
  }
  const count = (l: Lane) => dataset.eventsByActor.get(l.actorId)?.length ?? 0;
  return lanes.sort((a, b) => count(b) - count(a) || (a.actorId < b.actorId ? -1 : 1));
}

export interface JumpTarget {
  readonly label: string;
  /** The first visible event of the period. */
  readonly eventIndex: number;
  readonly count: number;
}

/** Periods to jump to (days, or months/years when days would be too many), each with its first event. */
export function jumpTargets(events: readonly TimelineEvent[], indices: readonly number[] | null, max = 16): JumpTarget[] {
  const positions = indices ?? events.map((_, i) => i);
  for (const width of [10, 7, 4]) {
    const groups = new Map<string, { eventIndex: number; count: number }>();
    for (const i of positions) {
      const key = events[i]?.start.date.slice(0, width);
      if (key === undefined) continue;
      const g = groups.get(key);
      if (g) g.count++;
      else groups.set(key, { eventIndex: i, count: 1 });
    }
    if (groups.size <= max || width === 4) {
      return [...groups].map(([key, g]) => ({ label: width === 10 ? formatShortDate(key) : width === 7 ? monthLabel(key) : key, ...g }));
    }
  }
  return [];
}

function monthLabel(key: string): string {
  return formatShortDate(`${key}-01`).replace(/^1 /, '');
}
