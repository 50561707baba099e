/**
 * The one store: the dataset, the filters and the selection. Everything shown is derived from these
 * by selectors and hooks; nothing derived is stored.
 */
import { create } from 'zustand';
import type { Dataset } from '../domain/dataset.ts';
import type { Density } from '../domain/density.ts';
import { NO_FILTERS, type Filters, type MatchMode } from '../domain/filter.ts';
import type { NotFound, Notice } from '../domain/resolveView.ts';
import type { ActorId, EventId, QuoteId } from '../domain/schema.ts';

export type LoadStatus =
  { readonly kind: 'loading' } | { readonly kind: 'ready' } | { readonly kind: 'error'; readonly message: string };

export interface Selection {
  readonly eventId: EventId | null;
  readonly quoteId: QuoteId | null;
}

export interface TimelineState {
  status: LoadStatus;
  dataset: Dataset | null;
  filters: Filters;
  selection: Selection;
  /** What a link asked for that could not be shown, in our words. */
  notices: readonly Notice[];
  /** Set when a link named an event that does not exist. */
  notFound: NotFound | null;
  /** Compact view for iframes. */
  embed: boolean;
  /** The reader's choice of card density; null until they choose (then it follows the dataset's size). */
  density: Density | null;
  /** Counts arrivals of chunks of event details (see `requestEvents`). */
  eventsLoaded: number;
  /** Why the last request for event details failed; cleared by the next arrival or a retry. */
  eventsError: string | null;
}

export const NO_SELECTION: Selection = { eventId: null, quoteId: null };

const initialState: TimelineState = {
  status: { kind: 'loading' },
  dataset: null,
  filters: NO_FILTERS,
  selection: NO_SELECTION,
  notices: [],
  notFound: null,
  embed: false,
  density: null,
  eventsLoaded: 0,
  eventsError: null,
};

export const useTimelineStore = create<TimelineState>()(() => initialState);

const set = useTimelineStore.setState;
const get = useTimelineStore.getState;

export function datasetLoaded(dataset: Dataset): void {
  set({ dataset, status: { kind: 'ready' } });
}

export function datasetFailed(message: string): void {
  set({ dataset: null, status: { kind: 'error', message } });
}

export function eventsArrived(): void {
  set({ eventsLoaded: get().eventsLoaded + 1, eventsError: null });
}

export function eventsFailed(message: string): void {
  set({ eventsError: message });
}

/** Clears the error so that views ask again for the details they are missing. */
export function retryEvents(): void {
  set({ eventsError: null });
}

export function toggleActor(actorId: ActorId): void {
  const { actors, match } = get().filters;
  const next = actors.includes(actorId) ? actors.filter((a) => a !== actorId) : [...actors, actorId];
  set({ filters: { actors: next, match } });
}

export function setMatch(match: MatchMode): void {
  set({ filters: { ...get().filters, match } });
}

export function setFilters(filters: Filters): void {
  set({ filters });
}

export function clearFilters(): void {
  set({ filters: NO_FILTERS });
}

export function selectEvent(eventId: EventId | null, quoteId: QuoteId | null = null): void {
  set({ selection: { eventId, quoteId }, notFound: null });
}

export function setDensity(density: Density): void {
  set({ density });
}

export function dismissNotices(): void {
  set({ notices: [] });
}

export function resetStore(): void {
  set(useTimelineStore.getInitialState(), true);
}
