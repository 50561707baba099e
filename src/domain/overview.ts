/**
 * The overview: the whole span at a glance, one lane per actor. Events are binned into columns so
 * that drawing cost depends on the width in pixels, not on the number of events.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { EventColumns } from './columns';
import type { Dataset } from './dataset';
import type { ActorId } from './schema';
import { formatShortDate } from './format';

const HALF_DAY = 43_200_000;

/** A UTC time scale over [start, end] onto [0, width]; an empty or zero-length domain is widened by half a day each side. */
export function makeTimeScale([start, end]: readonly [number, number], width: number): ScaleTime<number, number> {
  const [a, b] = Number.isFinite(start) && Number.isFinite(end) && end > start ? [start, end] : [(start || 0) - HALF_DAY, (start || 0) + HALF_DAY];
  return scaleUtc().domain([a, b]).range([0, Math.max(1, width)]);
}

/** The first start and last end of the events, or null when there are none. */
export function timeExtent({ startMs, endMs }: EventColumns): [number, number] | null {
  const first = startMs[0];
  if (first === undefined) return null;
  let end = -Infinity;
  for (const e of endMs) if (e > end) end = e;
  return [first, end];
}

export interface Lane {
  readonly actorId: ActorId;
  /** Per bin: 0 no event, 1 events that the filter hides, 2 at least one visible event. */
  readonly bins: Uint8Array;
}

/** Per event position, 1 when the event passes the filter: a lookup per event, where a Set's costs far more. */
export type VisibleMask = Uint8Array;

export function visibleMask(eventCount: number, indices: readonly number[]): VisibleMask {
  const mask = new Uint8Array(eventCount);
  for (const i of indices) mask[i] = 1;
  return mask;
}

/** The bin of every event for one (dataset, bin count, extent): the same for every lane and every filter. */
const binCache = new WeakMap<Dataset, { key: string; bins: Int32Array }>();

function binOfEvents(dataset: Dataset, binCount: number, [start, end]: readonly [number, number]): Int32Array {
  const key = `${binCount}:${start}:${end}`;
  const cached = binCache.get(dataset);
  if (cached?.key === key) return cached.bins;
  const span = Math.max(1, end - start);
  const { startMs } = dataset.columns;
  const bins = new Int32Array(startMs.length);
  for (let i = 0; i < startMs.length; i++) {
    const b = Math.min(binCount - 1, Math.floor((((startMs[i] as number) - start) / span) * binCount));
    // An event before the extent (or without a time) has no bin: -1, skipped as a write outside a typed array would be.
    bins[i] = b >= 0 ? b : -1;
  }
  binCache.set(dataset, { key, bins });
  return bins;
}

/**
 * One lane per actor with events, busiest first; `visible` marks which events pass the filter (null: all).
 * The bin of each event is computed once per dataset, size and extent, so a new filter costs one
 * pass over the per-actor position lists, not over the events.
 */
export function buildLanes(dataset: Dataset, binCount: number, extent: readonly [number, number], visible: VisibleMask | null): Lane[] {
  const binOf = binOfEvents(dataset, binCount, extent);
  const lanes: Lane[] = [];
  for (const [actorId, positions] of dataset.eventsByActor) {
    const bins = new Uint8Array(binCount);
    for (const i of positions) {
      const b = binOf[i];
      if (b === undefined || b < 0) continue;
      const mark = visible === null || visible[i] === 1 ? 2 : 1;
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

type Group = { key: string; eventIndex: number; count: number };

/** Merges day groups (in order of first appearance) into groups keyed by the first `width` characters. */
function coarsen(groups: readonly Group[], width: number): Group[] {
  const out = new Map<string, Group>();
  for (const g of groups) {
    const key = g.key.slice(0, width);
    const o = out.get(key);
    // The first event of a month opens a new day, so the month's first day group holds its first event.
    if (o) o.count += g.count;
    else out.set(key, { key, eventIndex: g.eventIndex, count: g.count });
  }
  return [...out.values()];
}

/** Periods to jump to (days, or months/years when days would be too many), each with its first event. */
export function jumpTargets({ dayOf, days }: EventColumns, indices: readonly number[] | null, max = 16): JumpTarget[] {
  const first = new Int32Array(days.length).fill(-1);
  const count = new Int32Array(days.length);
  const order: number[] = [];
  const n = indices === null ? dayOf.length : indices.length;
  for (let k = 0; k < n; k++) {
    const i = indices === null ? k : (indices[k] as number);
    const d = dayOf[i];
    if (d === undefined) continue;
    if (first[d] === -1) {
      first[d] = i;
      order.push(d);
    }
    count[d] = (count[d] ?? 0) + 1;
  }
  const byDay = order.map((d) => ({ key: days[d] as string, eventIndex: first[d] as number, count: count[d] as number }));
  for (const width of [10, 7, 4]) {
    const groups = coarsen(byDay, width);
    if (groups.length <= max || width === 4) {
      return groups.map(({ key, eventIndex, count: c }) => ({ label: width === 10 ? formatShortDate(key) : width === 7 ? monthLabel(key) : key, eventIndex, count: c }));
    }
  }
  return [];
}

function monthLabel(key: string): string {
  return formatShortDate(`${key}-01`).replace(/^1 /, '');
}
