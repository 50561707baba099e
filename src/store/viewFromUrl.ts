/**
 * The store fields a URL decides, and the URL the store describes. Shared by `urlSync` (in the
 * browser) and `entry-server` (at build time) so that a prerendered page and the app agree on what a
 * link shows.
 */
import type { Dataset } from '../domain/dataset';
import { resolveView } from '../domain/resolveView';
import { parseUrlState, type UrlParts, type UrlState } from '../domain/urlState';
import type { TimelineState } from './timelineStore';

/** The part of the store that a URL sets. */
export type UrlView = Pick<TimelineState, 'selection' | 'filters' | 'notices' | 'notFound' | 'embed'>;

/** The store fields for `url` under `base`, limited to what `dataset` holds. */
export function viewFromUrl(dataset: Dataset, url: UrlParts, base: string): UrlView {
  const { state, problems } = parseUrlState(url, base);
  const view = resolveView(dataset, state, problems);
  return {
    selection: { eventId: view.eventId, quoteId: view.quoteId },
    filters: view.filters,
    notices: view.notices,
    notFound: view.notFound,
    embed: state.embed,
  };
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
  const event = s.selection.eventId === null ? undefined : s.dataset?.eventById.get(s.selection.eventId);
  if (event !== undefined) return `${event.title} — Parley`;
  return s.notFound !== null ? 'Event not found — Parley' : APP_TITLE;
}
