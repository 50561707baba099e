/** Named selectors: each returns a primitive or a reference the store already holds (or keeps). */
import { defaultDensity, type Density } from '../domain/density.ts';
import { eventAt } from '../domain/details.ts';
import { NO_FILTERS, type Filters } from '../domain/filter.ts';
import type { Timeline } from '../domain/schema.ts';
import { selectShownHits } from './searchSlice.ts';
import type { ParleyState } from './store.ts';

export const selectStatus = (s: ParleyState) => s.status;
export const selectDataset = (s: ParleyState) => s.dataset;
export const selectDetails = (s: ParleyState) => s.details;
export const selectDetailsError = (s: ParleyState) => s.detailsError;
export const selectSelectedEventId = (s: ParleyState) => s.view.eventId;
export const selectSelectedQuoteId = (s: ParleyState) => s.view.quoteId;
export const selectEmbed = (s: ParleyState) => s.view.embed;
export const selectNotices = (s: ParleyState) => s.notices;
export const selectNotFound = (s: ParleyState) => s.notFound;
export const selectSheetOpen = (s: ParleyState) => s.sheetOpen;
export const selectJump = (s: ParleyState) => s.jump;
export const selectRange = (s: ParleyState) => s.range;

/**
 * The filters of the view, as one object that stays the same while they do: the memos that filter
 * 100,000 events key on it, and a new selection must not look like a new filter. `searchHits` is
 * the answer to the view's search once the search has run (null while there is no search).
 */
let lastFilters: Filters = NO_FILTERS;
export function selectFilters(s: ParleyState): Filters {
  const { actors, match, topics, topicMatch } = s.view;
  const search = selectSearchHits(s);
  const f = lastFilters;
  if (
    f.actors === actors &&
    f.match === match &&
    f.topics === topics &&
    f.topicMatch === topicMatch &&
    f.search === search
  )
    return f;
  return (lastFilters = { actors, match, topics, topicMatch, search });
}

/**
 * The sorted positions of the events the view's search matched (or, until its answer is in, the
 * last search matched), or null when there is no search to apply.
 */
export const selectSearchHits = (s: ParleyState): readonly number[] | null => selectShownHits(s)?.events ?? null;

/** The density in use: the reader's choice, else the dataset's default. */
export const selectDensity = (s: ParleyState): Density => s.view.density ?? defaultDensity(s.dataset?.count ?? 0);

/** The document title when no event is shown. */
/** Before a dataset is here, the page is named for the app alone. */
export const APP_TITLE = 'Parley';

/** The document title for a view: the event's title, "Event not found", or the app's name. */
/** What the dataset says about itself, once it is here. */
export const selectTimeline = (s: ParleyState): Timeline | null => s.dataset?.timeline ?? null;

export function selectTitle(s: ParleyState): string {
  const at = s.view.eventId === null ? undefined : s.dataset?.eventIndex.get(s.view.eventId);
  const event = at === undefined || s.details === null ? undefined : eventAt(s.details, at);
  const site = s.dataset === null ? APP_TITLE : s.dataset.timeline.title;
  if (event !== undefined) return `${event.title} — ${site}`;
  return s.notFound !== null ? `Event not found — ${site}` : site;
}
