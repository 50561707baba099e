/** Filtering by actor, on the precomputed per-actor event lists: cost grows with the matches, not the dataset. */
import type { ActorId } from './schema.ts';
import type { Dataset } from './dataset.ts';

export type MatchMode = 'any' | 'all';

export interface Filters {
  /** Chosen actors; empty means no actor filter. */
  readonly actors: readonly ActorId[];
  /** "any": events involving at least one chosen actor; "all": events involving every one. */
  readonly match: MatchMode;
}

export const NO_FILTERS: Filters = { actors: [], match: 'any' };

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
  if (filters.actors.length === 0) return null;
  const lists = filters.actors.map((a) => dataset.eventsByActor.get(a) ?? []);
  return filters.match === 'all' ? intersectSorted(lists) : unionSorted(lists);
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
