/** Named selectors: each returns a primitive or a reference the store already holds. */
import type { TimelineState } from './timelineStore.ts';
import { defaultDensity, type Density } from '../domain/density.ts';

export const selectEventsError = (s: TimelineState) => s.eventsError;
export const selectEventsFailed = (s: TimelineState) => s.eventsError !== null;
export const selectStatus = (s: TimelineState) => s.status;
export const selectDataset = (s: TimelineState) => s.dataset;
export const selectFilters = (s: TimelineState) => s.filters;
export const selectSelectedEventId = (s: TimelineState) => s.selection.eventId;
export const selectSelectedQuoteId = (s: TimelineState) => s.selection.quoteId;
/** The density in use: the reader's choice, else the dataset's default. */
export const selectDensity = (s: TimelineState): Density => s.density ?? defaultDensity(s.dataset?.events.length ?? 0);
