/**
 * The view an export writes: the events on screen (filters and search applied), the quotes said at
 * them, the retired ids that lead to them, and the dataset's lookups. The app, the build and the command line all build it here, so a
 * download and `npm run export` of the same view write the same file.
 */
import type { Dataset, TimelineEvent } from '../dataset.ts';
import type { EventId } from '../schema.ts';
import type { ExportInput, ExportSite } from './types.ts';

/**
 * The export of `events` (in timeline order, with their details loaded) from `dataset`: the quotes
 * said at those events, in dataset order, the redirects that lead to one of them, and the dataset's
 * actors, places and sources by id. `now` (UTC ms) stamps the export (a calendar's DTSTAMP).
 */
export function exportInputOf(
  dataset: Dataset,
  events: readonly TimelineEvent[],
  site: ExportSite,
  now: number,
): ExportInput {
  const ids = new Set<EventId>(events.map((e) => e.id));
  // Walking the quotes keeps their dataset order; `quotesByEvent` tells first whether any event has one.
  const quotes = events.some((e) => dataset.quotesByEvent.has(e.id))
    ? dataset.quotes.filter((q) => q.eventId !== undefined && ids.has(q.eventId))
    : [];
  return {
    timeline: dataset.timeline,
    events,
    quotes,
    // Followed to the end of its chain, so every link of a chain that leads into the view is kept.
    redirects: dataset.redirectRecords.filter((r) => ids.has(dataset.redirects.get(r.from) ?? r.to)),
    actorById: dataset.actorById,
    placeById: dataset.placeById,
    sourceById: dataset.sourceById,
    site,
    now,
  };
}
