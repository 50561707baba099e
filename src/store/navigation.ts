import type { EventId, QuoteId } from '../domain/schema.ts';
import { selectEvent } from './timelineStore.ts';
import { jumpToEvent, openQuotes } from './viewportStore.ts';

/** Selects an event and brings it into view, even when it was already selected but scrolled away. */
export function goToEvent(eventId: EventId, quoteId: QuoteId | null = null): void {
  selectEvent(eventId, quoteId);
  jumpToEvent(eventId);
}

/** Opens an event: selects it and, on narrow screens, opens its quotes over the timeline. */
export function openEvent(eventId: EventId): void {
  selectEvent(eventId);
  openQuotes();
}
