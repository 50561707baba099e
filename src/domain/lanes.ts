/**
 * The overview's lanes: one per affiliation of the principal actors (the affiliations in the most
 * events), the rest folded into one "Others" lane, or every affiliation on request. A newsroom
 * chart of talks between three governments reads as three or four lanes, not one per person.
 */
import type { Dataset } from './dataset.ts';
import type { ActorId } from './schema.ts';

/** Lanes shown before the reader asks for all of them (plus "Others"). */
export const PRINCIPAL_LANES = 4;

export interface LaneSpec {
  /** The affiliation, or "others" for the folded lane. */
  readonly key: string;
  readonly label: string;
  readonly actorIds: readonly ActorId[];
  /** Sorted, distinct positions of the events that involve any of the lane's actors. */
  readonly events: Int32Array;
}

const byName = (a: string, b: string) => a.localeCompare(b, 'en');

/**
 * Sorted distinct positions in any of `lists` (each sorted), among `count` events: marked in one
 * array and read back in order, so no sort and no list of numbers on the heap.
 */
function union(lists: readonly ArrayLike<number>[], count: number): Int32Array {
  if (lists.length === 1) return Int32Array.from(lists[0] as ArrayLike<number>);
  const mark = new Uint8Array(count);
  let total = 0;
  for (const list of lists)
    for (let k = 0; k < list.length; k++) {
      const i = list[k] as number;
      if (mark[i] === 0) {
        mark[i] = 1;
        total++;
      }
    }
  const out = new Int32Array(total);
  for (let i = 0, j = 0; j < total; i++) if (mark[i] === 1) out[j++] = i;
  return out;
}

const cache = new WeakMap<Dataset, readonly LaneSpec[]>();

/** Every affiliation with events, as a lane: most events first, then by name. Worked out once per dataset. */
export function affiliationLanes(dataset: Dataset): readonly LaneSpec[] {
  const cached = cache.get(dataset);
  if (cached !== undefined) return cached;
  const groups = new Map<string, ActorId[]>();
  for (const a of dataset.actors)
    if ((dataset.eventsByActor.get(a.id)?.length ?? 0) > 0)
      groups.set(a.affiliation, [...(groups.get(a.affiliation) ?? []), a.id]);
  const lanes = [...groups]
    .map(([affiliation, actorIds]) => ({
      key: affiliation,
      label: affiliation,
      actorIds,
      events: union(
        actorIds.map((a) => dataset.eventsByActor.get(a) ?? []),
        dataset.count,
      ),
    }))
    .sort((a, b) => b.events.length - a.events.length || byName(a.label, b.label));
  cache.set(dataset, lanes);
  return lanes;
}

const folded = new WeakMap<Dataset, readonly LaneSpec[]>();

/**
 * The lanes to draw: with `showAll`, every affiliation; otherwise the `max` busiest and one "Others"
 * lane for the rest (no "Others" for a single affiliation: it keeps its own name).
 */
export function chooseLanes(dataset: Dataset, showAll: boolean, max = PRINCIPAL_LANES): readonly LaneSpec[] {
  const all = affiliationLanes(dataset);
  if (showAll || all.length <= max + 1) return all;
  const cached = max === PRINCIPAL_LANES ? folded.get(dataset) : undefined;
  if (cached !== undefined) return cached;
  const rest = all.slice(max);
  const others: LaneSpec = {
    key: 'others',
    label: 'Others',
    actorIds: rest.flatMap((l) => l.actorIds),
    events: union(
      rest.map((l) => l.events),
      dataset.count,
    ),
  };
  const lanes = [...all.slice(0, max), others];
  if (max === PRINCIPAL_LANES) folded.set(dataset, lanes);
  return lanes;
}

/** How many affiliations the folded "Others" lane holds (0 when every lane is shown anyway). */
export function foldedCount(dataset: Dataset, max = PRINCIPAL_LANES): number {
  const n = affiliationLanes(dataset).length;
  return n <= max + 1 ? 0 : n - max;
}
