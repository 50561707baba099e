/**
 * The store fields a URL decides, and the URL the store describes. Shared by `urlSync` (in the
 * browser) and `entry-server` (at build time) so that a prerendered page and the app agree on what a
 * link shows.
 */
import { eventById, type Dataset } from '../domain/dataset.ts';
import { filterEventIndices } from '../domain/filter.ts';
import { resolveView } from '../domain/resolveView.ts';
import { parseUrlState, type UrlParts, type UrlState } from '../domain/urlState.ts';
import type { TimelineState } from './timelineStore.ts';

/** The part of the store that a URL sets. */
export type UrlView = Pick<TimelineState, 'selection' | 'filters' | 'notices' | 'notFound' | 'embed'>;

/**
 * The last answer: the browser asks twice for the address it opens at, once for the events its first
 * screen needs and once to set the store, and an unknown event id is compared with every id there is.
 */
let last: { dataset: Dataset; address: string; view: UrlView } | null = null;

/** The store fields for `url` under `base`, limited to what `dataset` holds. */
export function viewFromUrl(dataset: Dataset, url: UrlParts, base: string): UrlView {
  const address = `${base} ${url.pathname}${url.search}${url.hash}`;
  if (last !== null && last.dataset === dataset && last.address === address) return last.view;
  const { state, problems } = parseUrlState(url, base);
  const resolved = resolveView(dataset, state, problems);
  const view = {
    selection: { eventId: resolved.eventId, quoteId: resolved.quoteId },
    filters: resolved.filters,
    notices: resolved.notices,
    notFound: resolved.notFound,
    embed: state.embed,
  };
  last = { dataset, address, view };
  return view;
}

/** Rows of events the first screen can show; a phone shows fewer, a tall screen a few more. */
const FIRST_SCREEN_ROWS = 30;

/**
 * Positions of the events that the view at `url` shows first: the first events that pass its
 * filters (or the first events), the selected event and those after it, the highlighted quote's
 * event and the suggestions of a not-found answer.
 */
export function firstScreenEvents(dataset: Dataset, url: UrlParts, base: string): number[] {
  const view = viewFromUrl(dataset, url, base);
  const visible = filterEventIndices(dataset, view.filters);
  const first =
    visible === null
      ? Array.from({ length: Math.min(FIRST_SCREEN_ROWS, dataset.events.length) }, (_, i) => i)
      : visible.slice(0, FIRST_SCREEN_ROWS);
  const quote = view.selection.quoteId === null ? undefined : dataset.quoteById.get(view.selection.quoteId);
  const named = [view.selection.eventId, quote?.eventId, ...(view.notFound?.suggestions ?? [])];
  const at = named.flatMap((id) => (id === null || id === undefined ? [] : (dataset.eventIndex.get(id) ?? [])));
  // Each named event and the rows after it.
  return [...first, ...at.flatMap((i) => Array.from({ length: FIRST_SCREEN_ROWS }, (_, k) => i + k))];
}

/** Which store fields are URL state, written in `formatUrlState`'s terms. */
export function urlStateOf(s: Pick<TimelineState, 'selection' | 'filters' | 'embed'>): UrlState {
  return {
    eventId: s.selection.eventId,
    quoteId: s.selection.quoteId,
    actors: s.filters.actors,
    match: s.filters.match,
    embed: s.embed,
  };
}

/** The document title when no event is shown. */
export const APP_TITLE = 'Parley — diplomatic event timeline';

/** The document title for a view: the event's title, "Event not found", or the app's name. */
export function titleOf(s: Pick<TimelineState, 'selection' | 'dataset' | 'notFound'>): string {
  const event =
    s.selection.eventId === null || s.dataset === null ? undefined : eventById(s.dataset, s.selection.eventId);
  if (event !== undefined) return `${event.title} — Parley`;
  return s.notFound !== null ? 'Event not found — Parley' : APP_TITLE;
}
