/**
 * The overview: the whole span at a glance, one lane per actor. Events are binned into columns so
 * that drawing cost depends on the width in pixels, not on the number of events.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { EventColumns } from './columns.ts';
import type { Dataset } from './dataset.ts';
import type { ActorId } from './schema.ts';
import { formatShortDate } from './format.ts';

const HALF_DAY = 43_200_000;

/** A UTC time scale over [start, end] onto [0, width]; an empty or zero-length domain is widened by half a day each side. */
export function makeTimeScale([start, end]: readonly [number, number], width: number): ScaleTime<number, number> {
  const [a, b] =
    Number.isFinite(start) && Number.isFinite(end) && end > start
      ? [start, end]
      : [(start || 0) - HALF_DAY, (start || 0) + HALF_DAY];
  return scaleUtc()
    .domain([a, b])
    .range([0, Math.max(1, width)]);
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

/** What every filter's lanes start from, for one (dataset, bin count, extent). */
interface LaneBase {
  readonly key: string;
  /** The bin of every event; -1 for an event outside the extent. */
  readonly binOf: Int32Array;
  /** Actor ids in lane order: busiest first. */
  readonly order: readonly ActorId[];
  /** Per lane, 1 in each bin that holds any of its events. */
  readonly hidden: readonly Uint8Array[];
  /** Each event's lanes: those of event i are `laneOf[laneStart[i]]` up to `laneOf[laneStart[i + 1]]`. */
  readonly laneStart: Int32Array;
  readonly laneOf: Int32Array;
}

const baseCache = new WeakMap<Dataset, LaneBase>();

function laneBase(dataset: Dataset, binCount: number, [start, end]: readonly [number, number]): LaneBase {
  const key = `${binCount}:${start}:${end}`;
  const cached = baseCache.get(dataset);
  if (cached?.key === key) return cached;
  const span = Math.max(1, end - start);
  const { startMs } = dataset.columns;
  const n = startMs.length;
  const binOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const b = Math.min(binCount - 1, Math.floor((((startMs[i] as number) - start) / span) * binCount));
    binOf[i] = b >= 0 ? b : -1;
  }
  const count = (a: ActorId) => dataset.eventsByActor.get(a)?.length ?? 0;
  const order = [...dataset.eventsByActor.keys()].sort((a, b) => count(b) - count(a) || (a < b ? -1 : 1));
  // Each event's lanes, inverted from the per-actor lists (a counting sort by event).
  const laneStart = new Int32Array(n + 1);
  for (const a of order)
    for (const i of dataset.eventsByActor.get(a) ?? []) laneStart[i + 1] = (laneStart[i + 1] as number) + 1;
  for (let i = 0; i < n; i++) laneStart[i + 1] = (laneStart[i + 1] as number) + (laneStart[i] as number);
  const laneOf = new Int32Array(laneStart[n] as number);
  const fill = laneStart.slice(0, n);
  const hidden = order.map((a, lane) => {
    const bins = new Uint8Array(binCount);
    for (const i of dataset.eventsByActor.get(a) ?? []) {
      laneOf[(fill[i] as number)++] = lane;
      const b = binOf[i] as number;
      if (b >= 0) bins[b] = 1;
    }
    return bins;
  });
  const base = { key, binOf, order, hidden, laneStart, laneOf };
  baseCache.set(dataset, base);
  return base;
}

/**
 * One lane per actor with events, busiest first; `visible` lists the positions of the events that
 * pass the filter (null: all). Everything that does not depend on the filter is computed once per
 * dataset, size and extent, so a new filter costs one pass over the visible events' actors.
 */
export function buildLanes(
  dataset: Dataset,
  binCount: number,
  extent: readonly [number, number],
  visible: readonly number[] | null,
): Lane[] {
  const { binOf, order, hidden, laneStart, laneOf } = laneBase(dataset, binCount, extent);
  const bins = hidden.map((h) => (visible === null ? h.map((mark) => mark * 2) : h.slice()));
  if (visible !== null) {
    for (const i of visible) {
      const b = binOf[i] as number;
      if (b < 0) continue;
      for (let k = laneStart[i] as number; k < (laneStart[i + 1] as number); k++)
        (bins[laneOf[k] as number] as Uint8Array)[b] = 2;
    }
  }
  return order.map((actorId, lane) => ({ actorId, bins: bins[lane] as Uint8Array }));
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
  const byDay = order.map((d) => ({
    key: days[d] as string,
    eventIndex: first[d] as number,
    count: count[d] as number,
  }));
  for (const width of [10, 7, 4]) {
    const groups = coarsen(byDay, width);
    if (groups.length <= max || width === 4) {
      return groups.map(({ key, eventIndex, count: c }) => ({
        label: width === 10 ? formatShortDate(key) : width === 7 ? monthLabel(key) : key,
        eventIndex,
        count: c,
      }));
    }
  }
  return [];
}

function monthLabel(key: string): string {
  return formatShortDate(`${key}-01`).replace(/^1 /, '');
}
