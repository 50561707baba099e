/**
 * Filtering: by actor on the precomputed per-actor event lists (cost grows with the matches, not the
 * dataset), by topic on the topic bits of every event, and by the positions a search matched. The
 * three narrow together: an event is shown when it passes each filter that is set.
 */
import type { ActorId, Topic } from './schema.ts';
import type { Dataset } from './dataset.ts';
import { topicBits } from './columns.ts';

export type MatchMode = 'any' | 'all';

export interface Filters {
  /** Chosen actors; empty means no actor filter. */
  readonly actors: readonly ActorId[];
  /** "any": events involving at least one chosen actor; "all": events involving every one. */
  readonly match: MatchMode;
  /** Chosen topics; empty means no topic filter. */
  readonly topics: readonly Topic[];
  /** "any": events on at least one chosen topic; "all": events on every one. */
  readonly topicMatch: MatchMode;
  /** Sorted positions of the events a search matched; null when no search narrows the view. */
  readonly search: readonly number[] | null;
}

export const NO_FILTERS: Filters = { actors: [], match: 'any', topics: [], topicMatch: 'any', search: null };

/** Whether any filter narrows the events (a search that matched nothing narrows them to none). */
export function isFiltering(filters: Filters): boolean {
  return filters.actors.length > 0 || filters.topics.length > 0 || filters.search !== null;
}

/** Whether topic bits pass the chosen topics' bits under `mode`. */
function topicsPass(bits: number, wanted: number, mode: MatchMode): boolean {
  return mode === 'all' ? (bits & wanted) === wanted : (bits & wanted) !== 0;
}

/** Sorted positions of the events on the chosen topics (one pass over the topic bits). */
export function eventsOnTopics(dataset: Dataset, topics: readonly Topic[], mode: MatchMode): number[] {
  const wanted = topicBits(topics);
  const bits = dataset.columns.topics;
  const out: number[] = [];
  for (let i = 0; i < bits.length; i++) if (topicsPass(bits[i] ?? 0, wanted, mode)) out.push(i);
  return out;
}

/**
 * How many events name each topic: of every event, or of the events at `positions`. One pass over
 * the topic bits, visiting only the bits set (an event names a topic or two of the vocabulary).
 */
export function eventCountByTopic(
  dataset: Dataset,
  topics: readonly Topic[],
  positions?: readonly number[],
): Map<Topic, number> {
  const perBit = new Uint32Array(32);
  const bits = dataset.columns.topics;
  const count = (b: number) => {
    for (; b !== 0; b &= b - 1) {
      const k = 31 - Math.clz32(b & -b);
      perBit[k] = (perBit[k] ?? 0) + 1;
    }
  };
  if (positions === undefined) for (let i = 0; i < bits.length; i++) count(bits[i] ?? 0);
  else for (const i of positions) count(bits[i] ?? 0);
  return new Map(topics.map((t) => [t, perBit[31 - Math.clz32(topicBits([t]))] ?? 0]));
}

/** Union of sorted position lists, sorted and without repeats. */
export function unionSorted(lists: readonly (readonly number[])[]): number[] {
  if (lists.length === 1) return [...(lists[0] ?? [])];
  const seen = new Uint8Array(Math.max(0, ...lists.map((l) => (l.length ? (l[l.length - 1] ?? 0) + 1 : 0))));
  for (const list of lists) for (const i of list) seen[i] = 1;
  const out: number[] = [];
  seen.forEach((v, i) => {
    if (v) out.push(i);
  });
  return out;
}

/** Intersection of sorted position lists, walking the shortest one. */
export function intersectSorted(lists: readonly (readonly number[])[]): number[] {
  const [shortest, ...rest] = [...lists].sort((a, b) => a.length - b.length);
  if (shortest === undefined) return [];
  const sets = rest.map((l) => new Set(l));
  return shortest.filter((i) => sets.every((s) => s.has(i)));
}

/**
 * Positions (in `dataset.events`) of the events that pass the filters, in time order, or `null`
 * when no filter applies (every event is visible).
 */
export function filterEventIndices(dataset: Dataset, filters: Filters): number[] | null {
  if (!isFiltering(filters)) return null;
  const narrowed: (readonly number[])[] = [];
  if (filters.search !== null) narrowed.push(filters.search);
  if (filters.actors.length > 0) {
    const lists = filters.actors.map((a) => dataset.eventsByActor.get(a) ?? []);
    narrowed.push(filters.match === 'all' ? intersectSorted(lists) : unionSorted(lists));
  }
  if (filters.topics.length > 0) narrowed.push(eventsOnTopics(dataset, filters.topics, filters.topicMatch));
  return narrowed.length === 1 ? [...(narrowed[0] ?? [])] : intersectSorted(narrowed);
}

/** Whether the sorted position list holds `position` (a binary search). */
function holds(list: readonly number[], position: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = list[mid] ?? -1;
    if (at === position) return true;
    if (at < position) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * Whether the event at `position` passes the filters, without filtering every event: a link can
 * select an event the filters hide, and the page must be able to say so.
 */
export function eventPassesFilters(dataset: Dataset, position: number, filters: Filters): boolean {
  if (filters.search !== null && !holds(filters.search, position)) return false;
  if (filters.topics.length > 0) {
    const bits = dataset.columns.topics[position] ?? 0;
    if (!topicsPass(bits, topicBits(filters.topics), filters.topicMatch)) return false;
  }
  if (filters.actors.length === 0) return true;
  const involves = (a: ActorId) => holds(dataset.eventsByActor.get(a) ?? [], position);
  return filters.match === 'all' ? filters.actors.every(involves) : filters.actors.some(involves);
}

/** The actors involved in the event at `position` (taking part or quoted), in the order of `eventsByActor`. */
export function actorsAtEvent(dataset: Dataset, position: number): ActorId[] {
  return [...dataset.eventsByActor].filter(([, list]) => holds(list, position)).map(([a]) => a);
}

/** How many events involve each actor. */
export function eventCountByActor(dataset: Dataset): Map<ActorId, number> {
  return new Map([...dataset.eventsByActor].map(([a, list]) => [a, list.length]));
}

/**
 * For each group of actors (an affiliation), how many distinct events involve any of them: one pass
 * over the groups' event lists, each event stamped with the last group that counted it.
 */
export function eventCountByGroup(dataset: Dataset, groups: readonly (readonly ActorId[])[]): number[] {
  const stamp = new Int32Array(dataset.columns.ids.length).fill(-1);
  return groups.map((actors, g) => {
    let count = 0;
    for (const a of actors)
      for (const i of dataset.eventsByActor.get(a) ?? [])
        if (stamp[i] !== g) {
          stamp[i] = g;
          count++;
        }
    return count;
  });
}

/** The position (in `startMs`, the events' starts) of the visible event starting closest to `instant`. */
export function nearestPosition(
  startMs: ArrayLike<number>,
  indices: readonly number[] | null,
  instant: number,
): number | undefined {
  const n = indices === null ? startMs.length : indices.length;
  const at = (k: number) => (indices === null ? k : (indices[k] ?? 0));
  if (n === 0) return undefined;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((startMs[at(mid)] ?? 0) < instant) lo = mid + 1;
    else hi = mid;
  }
  const before = lo > 0 ? at(lo - 1) : undefined;
  const after = at(lo);
  if (before === undefined) return after;
  const d = (i: number) => Math.abs((startMs[i] ?? 0) - instant);
  return d(before) <= d(after) ? before : after;
}
