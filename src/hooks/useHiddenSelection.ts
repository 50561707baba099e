import { eventPassesFilters } from '../domain/filter.ts';
import type { EventId } from '../domain/schema.ts';
import { selectFilters } from '../store/selectors.ts';
import { useParley } from './useParley.ts';

/**
 * The selected event when the filters hide it (a link to an event with filters that leave it out,
 * or a filter chosen after opening it), else null: the actors, the topics and the search each count
 * (`selectFilters`). A few binary searches and one event's topic bits, not a filter of every event.
 */
export function useHiddenSelection(): EventId | null {
  return useParley((s) => {
    const id = s.view.eventId;
    const position = id === null ? undefined : s.dataset?.eventIndex.get(id);
    if (id === null || position === undefined || s.dataset === null) return null;
    return eventPassesFilters(s.dataset, position, selectFilters(s)) ? null : id;
  });
}
