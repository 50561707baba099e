/** Which quotes the Quotes panel shows for a given selection and filter. */
import type { Dataset } from './dataset.ts';
import type { Filters } from './filter.ts';
import type { ActorId, EventId, Quote } from './schema.ts';

export type QuoteView =
  | { readonly kind: 'event'; readonly eventId: EventId; readonly quotes: readonly Quote[] }
  | { readonly kind: 'actors'; readonly actorIds: readonly ActorId[]; readonly quotes: readonly Quote[] }
  | { readonly kind: 'all'; readonly quotes: readonly Quote[] };

/** Every quote in time order of its event (quotes with no event last), sorted once per dataset. */
const inOrder = new WeakMap<Dataset, readonly Quote[]>();

function quotesInOrder(dataset: Dataset): readonly Quote[] {
  let sorted = inOrder.get(dataset);
  if (sorted === undefined) {
    const order = (q: Quote) => (q.eventId === undefined ? Infinity : (dataset.eventIndex.get(q.eventId) ?? Infinity));
    // Decorated once: a comparator looking positions up would do it n log n times.
    sorted = dataset.quotes
      .map((q, k) => ({ q, at: order(q), k }))
      .sort((a, b) => a.at - b.at || a.k - b.k)
      .map(({ q }) => q);
    inOrder.set(dataset, sorted);
  }
  return sorted;
}

/** Each speaker's quotes, in the same order, split once per dataset: a filter to one actor is then a lookup. */
const bySpeaker = new WeakMap<Dataset, ReadonlyMap<string, readonly Quote[]>>();

function quotesBySpeaker(dataset: Dataset): ReadonlyMap<string, readonly Quote[]> {
  let map = bySpeaker.get(dataset);
  if (map === undefined) {
    const out = new Map<string, Quote[]>();
    for (const q of quotesInOrder(dataset)) {
      const list = out.get(q.speakerId);
      if (list === undefined) out.set(q.speakerId, [q]);
      else list.push(q);
    }
    map = out;
    bySpeaker.set(dataset, map);
  }
  return map;
}

/**
 * The selected event's quotes; with no event selected, the quotes of the filtered actors; with
 * neither, every quote. Quotes are in time order of their events (quotes with no event last).
 */
export function quotesForView(dataset: Dataset, selectedEvent: EventId | null, filters: Filters): QuoteView {
  if (selectedEvent !== null && dataset.eventIndex.has(selectedEvent)) {
    return { kind: 'event', eventId: selectedEvent, quotes: dataset.quotesByEvent.get(selectedEvent) ?? [] };
  }
  const sorted = quotesInOrder(dataset);
  const [only, ...more] = filters.actors;
  if (only !== undefined && more.length === 0)
    return { kind: 'actors', actorIds: filters.actors, quotes: quotesBySpeaker(dataset).get(only) ?? [] };
  if (only !== undefined) {
    const chosen = new Set<string>(filters.actors);
    return { kind: 'actors', actorIds: filters.actors, quotes: sorted.filter((q) => chosen.has(q.speakerId)) };
  }
  return { kind: 'all', quotes: sorted };
}
