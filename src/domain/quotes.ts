/** Which quotes the Quotes panel shows for a given selection and filter. */
import type { Dataset } from './dataset';
import type { Filters } from './filter';
import type { ActorId, EventId, Quote } from './schema';

export type QuoteView =
  | { readonly kind: 'event'; readonly eventId: EventId; readonly quotes: readonly Quote[] }
  | { readonly kind: 'actors'; readonly actorIds: readonly ActorId[]; readonly quotes: readonly Quote[] }
  | { readonly kind: 'all'; readonly quotes: readonly Quote[] };

/**
 * The selected event's quotes; with no event selected, the quotes of the filtered actors; with
 * neither, every quote. Quotes are in time order of their events (quotes with no event last).
 */
export function quotesForView(dataset: Dataset, selectedEvent: EventId | null, filters: Filters): QuoteView {
  if (selectedEvent !== null && dataset.eventIndex.has(selectedEvent)) {
    return { kind: 'event', eventId: selectedEvent, quotes: dataset.quotesByEvent.get(selectedEvent) ?? [] };
  }
  const order = (q: Quote) => (q.eventId === undefined ? Infinity : (dataset.eventIndex.get(q.eventId) ?? Infinity));
  const sorted = (qs: readonly Quote[]) => [...qs].sort((a, b) => order(a) - order(b));
  if (filters.actors.length > 0) {
    const chosen = new Set<string>(filters.actors);
    return { kind: 'actors', actorIds: filters.actors, quotes: sorted(dataset.quotes.filter((q) => chosen.has(q.speakerId))) };
  }
  return { kind: 'all', quotes: sorted(dataset.quotes) };
}
