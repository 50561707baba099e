/**
 * Checks a parsed URL against the dataset: follows redirects, drops unknown ids, and describes what
 * was dropped in our own words (never by echoing the URL), with the closest events for a missing one.
 */
import type { Dataset } from './dataset.ts';
import type { Filters } from './filter.ts';
import { closestId } from './issues.ts';
import type { ActorId, EventId, QuoteId } from './schema.ts';
import { isRealDate } from './time.ts';
import type { UrlProblem, UrlState } from './urlState.ts';

export type Notice =
  | { readonly kind: 'unknown-actors'; readonly count: number }
  | { readonly kind: 'unknown-quote' }
  | { readonly kind: 'malformed-link' }
  | { readonly kind: 'redirected'; readonly to: EventId };

export interface NotFound {
  /** The date in the requested id when it is a real date (YYYY-MM-DD); the only part shown back. */
  readonly date: string | null;
  /** Up to five existing events closest to what was asked for. */
  readonly suggestions: readonly EventId[];
}

export interface ResolvedView {
  readonly eventId: EventId | null;
  readonly quoteId: QuoteId | null;
  readonly filters: Filters;
  readonly notices: readonly Notice[];
  readonly notFound: NotFound | null;
}

function suggestionsFor(dataset: Dataset, wanted: string): EventId[] {
  const date = wanted.slice(0, 10);
  const { ids, dayOf, days } = dataset.columns;
  const day = days.indexOf(date);
  const sameDay = day === -1 ? [] : (ids.filter((_, i) => dayOf[i] === day) as EventId[]);
  const near = closestId(wanted, dataset.eventIndex.keys()) as EventId | undefined;
  return [...new Set([...(near === undefined ? [] : [near]), ...sameDay])].slice(0, 5);
}

function resolveEvent(
  dataset: Dataset,
  wanted: string | null,
  notices: Notice[],
): { eventId: EventId | null; notFound: NotFound | null } {
  if (wanted === null) return { eventId: null, notFound: null };
  if (dataset.eventIndex.has(wanted as EventId)) return { eventId: wanted as EventId, notFound: null };
  const to = dataset.redirects.get(wanted);
  if (to !== undefined && dataset.eventIndex.has(to)) {
    notices.push({ kind: 'redirected', to });
    return { eventId: to, notFound: null };
  }
  const date = wanted.slice(0, 10);
  return {
    eventId: null,
    notFound: { date: isRealDate(date) ? date : null, suggestions: suggestionsFor(dataset, wanted) },
  };
}

/** The view a URL asks for, limited to what the dataset holds. */
export function resolveView(dataset: Dataset, state: UrlState, problems: readonly UrlProblem[]): ResolvedView {
  const notices: Notice[] = [];
  if (problems.some((p) => p.kind !== 'bad-actor-ids')) notices.push({ kind: 'malformed-link' });
  const { eventId, notFound } = resolveEvent(dataset, state.eventId, notices);
  const actors = state.actors.filter((a) => dataset.actorById.has(a as ActorId)) as ActorId[];
  const badActors = problems.reduce((n, p) => n + (p.kind === 'bad-actor-ids' ? p.count : 0), 0);
  const unknown = state.actors.length - actors.length + badActors;
  if (unknown > 0) notices.push({ kind: 'unknown-actors', count: unknown });
  let quoteId: QuoteId | null = null;
  if (state.quoteId !== null) {
    const quote = dataset.quoteById.get(state.quoteId as QuoteId);
    if (quote !== undefined) quoteId = quote.id;
    else notices.push({ kind: 'unknown-quote' });
  }
  return { eventId, quoteId, filters: { actors, match: state.match }, notices, notFound };
}
