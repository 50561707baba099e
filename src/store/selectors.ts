/** Named selectors: each returns a primitive or a reference the store already holds. */
import type { TimelineState } from './timelineStore';

export const selectStatus = (s: TimelineState) => s.status;
export const selectDataset = (s: TimelineState) => s.dataset;
export const selectFilters = (s: TimelineState) => s.filters;
export const selectSelectedEventId = (s: TimelineState) => s.selection.eventId;
export const selectSelectedQuoteId = (s: TimelineState) => s.selection.quoteId;
