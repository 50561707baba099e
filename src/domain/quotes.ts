/** Which quotes the Quotes panel shows for a given selection and filter, and how it says what it shows. */
import type { Dataset } from './dataset.ts';
import { actorsAtEvent, eventPassesFilters, filterEventIndices, type Filters, type MatchMode } from './filter.ts';
import { formatCount } from './format.ts';
import { topicBits } from './columns.ts';
import type { ActorId, EventId, Quote, QuoteId, Topic } from './schema.ts';

/** What a list of quotes drawn from many events holds: how many events they come from, and how many have none. */
export interface QuoteTally {
  /** Distinct events the quotes were said at. */
  readonly eventCount: number;
  /** Quotes not tied to any event (an interview or post the dataset does not record as an event). */
  readonly withoutEvent: number;
}

export type QuoteView =
  | {
      readonly kind: 'event';
      readonly eventId: EventId;
      readonly quotes: readonly Quote[];
      /** The filters hide this event: the timeline does not show it (a link, or a filter set after opening it). */
      readonly hidden: boolean;
    }
  | ({
      /** Actors or topics are chosen: the quotes of the events they show (and of a search, when one applies). */
      readonly kind: 'filtered';
      readonly actorIds: readonly ActorId[];
      readonly match: MatchMode;
      readonly topics: readonly Topic[];
      readonly topicMatch: MatchMode;
      readonly quotes: readonly Quote[];
      /** The search the quotes match, best first; absent when no search applies. */
      readonly query?: string;
    } & QuoteTally)
  | ({ readonly kind: 'all'; readonly quotes: readonly Quote[]; readonly query?: string } & QuoteTally);

/** A search's matching quotes, best first, as the view holds them. */
export interface QuoteHits {
  readonly query: string;
  readonly quotes: readonly QuoteId[];
}

interface Ordered {
  /** Every quote in time order of its event (quotes with no event last). */
  readonly quotes: readonly Quote[];
  /** Each quote's event position, or -1 for none. */
  readonly positions: Int32Array;
  /** The tally of every quote. */
  readonly tally: QuoteTally;
}

const inOrder = new WeakMap<Dataset, Ordered>();

/** The dataset's quotes in time order, with their events' positions, sorted once per dataset. */
function quotesInOrder(dataset: Dataset): Ordered {
  let ordered = inOrder.get(dataset);
  if (ordered === undefined) {
    const at = (q: Quote) => (q.eventId === undefined ? -1 : (dataset.eventIndex.get(q.eventId) ?? -1));
    // Decorated once: a comparator looking positions up would do it n log n times.
    const sorted = dataset.quotes
      .map((q, k) => ({ q, at: at(q), k }))
      .sort((a, b) => (a.at < 0 ? Infinity : a.at) - (b.at < 0 ? Infinity : b.at) || a.k - b.k);
    const positions = Int32Array.from(sorted, (d) => d.at);
    ordered = { quotes: sorted.map((d) => d.q), positions, tally: tally(positions) };
    inOrder.set(dataset, ordered);
  }
  return ordered;
}

/** Counts distinct events in positions sorted by event (-1, no event, last). */
function tally(positions: ArrayLike<number>): QuoteTally {
  let eventCount = 0;
  let withoutEvent = 0;
  let last = -1;
  for (let k = 0; k < positions.length; k++) {
    const p = positions[k] ?? -1;
    if (p < 0) withoutEvent++;
    else if (p !== last) {
      eventCount++;
      last = p;
    }
  }
  return { eventCount, withoutEvent };
}

/**
 * Whether a quote tied to no event follows the actor filter: its speaker is all it involves, so it
 * matches "any" when the speaker is chosen, and "all" only when the speaker is the one actor chosen.
 */
function unattachedMatches(quote: Quote, filters: Filters): boolean {
  const { actors, match, topics, topicMatch } = filters;
  if (actors.length > 0 && (!actors.includes(quote.speakerId) || (match === 'all' && actors.length > 1))) return false;
  if (topics.length === 0) return true;
  const own = topicBits(quote.topics);
  const wanted = topicBits(topics);
  return topicMatch === 'all' ? (own & wanted) === wanted : (own & wanted) !== 0;
}

/**
 * The quotes of the events that pass the filters (every quote said there, whoever said it), then the
 * quotes tied to no event whose speaker passes the filter (`unattachedMatches`), in time order.
 */
function quotesOfFilteredEvents(dataset: Dataset, filters: Filters): { quotes: Quote[]; tally: QuoteTally } {
  const { quotes, positions } = quotesInOrder(dataset);
  const shown = new Uint8Array(dataset.count);
  for (const i of filterEventIndices(dataset, filters) ?? []) shown[i] = 1;
  const out: Quote[] = [];
  const kept: number[] = [];
  quotes.forEach((q, k) => {
    const p = positions[k] ?? -1;
    if (p >= 0 ? shown[p] === 1 : unattachedMatches(q, filters)) {
      out.push(q);
      kept.push(p);
    }
  });
  return { quotes: out, tally: tally(kept) };
}

/**
 * The quotes a search matched that the other filters let through, best first: a quote at an event
 * the actor and topic filters show, or tied to no event and said by a chosen actor. A quote matches
 * a search by its own words, its speaker or its topics, whether or not its event does.
 */
export function quotesMatching(dataset: Dataset, hits: readonly QuoteId[], filters: Filters): Quote[] {
  const others: Filters = { ...filters, search: null };
  const any = !narrowed(others);
  const out: Quote[] = [];
  for (const id of hits) {
    const q = dataset.quoteById.get(id);
    if (q === undefined) continue;
    const p = q.eventId === undefined ? undefined : dataset.eventIndex.get(q.eventId);
    if (any || (p === undefined ? unattachedMatches(q, others) : eventPassesFilters(dataset, p, others))) out.push(q);
  }
  return out;
}

function searchTally(dataset: Dataset, quotes: readonly Quote[]): QuoteTally {
  const events = new Set<EventId>();
  let withoutEvent = 0;
  for (const q of quotes) {
    if (q.eventId === undefined || !dataset.eventIndex.has(q.eventId)) withoutEvent++;
    else events.add(q.eventId);
  }
  return { eventCount: events.size, withoutEvent };
}

/** Whether actors or topics are chosen (a search alone keeps the panel's "all" wording, with its query). */
const narrowed = (f: Filters) => f.actors.length > 0 || f.topics.length > 0;

const chosen = ({ actors, match, topics, topicMatch }: Filters) =>
  ({ kind: 'filtered', actorIds: actors, match, topics, topicMatch }) as const;

/**
 * The selected event's quotes (saying whether the filters hide it); with no event selected and a
 * search answered, the quotes it matched that pass the other filters, best first; else the quotes
 * of the events that pass the filters; with none of these, every quote. Quotes not from a search are
 * in time order of their events (quotes with no event last).
 */
export function quotesForView(
  dataset: Dataset,
  selectedEvent: EventId | null,
  filters: Filters,
  hits: QuoteHits | null = null,
): QuoteView {
  const position = selectedEvent === null ? undefined : dataset.eventIndex.get(selectedEvent);
  if (selectedEvent !== null && position !== undefined) {
    return {
      kind: 'event',
      eventId: selectedEvent,
      quotes: dataset.quotesByEvent.get(selectedEvent) ?? [],
      hidden: !eventPassesFilters(dataset, position, filters),
    };
  }
  if (hits !== null && filters.search !== null) {
    const quotes = quotesMatching(dataset, hits.quotes, filters);
    const tallied = searchTally(dataset, quotes);
    return narrowed(filters)
      ? { ...chosen(filters), quotes, query: hits.query, ...tallied }
      : { kind: 'all', quotes, query: hits.query, ...tallied };
  }
  if (!narrowed(filters)) {
    const { quotes, tally: all } = quotesInOrder(dataset);
    return { kind: 'all', quotes, ...all };
  }
  const { quotes, tally: some } = quotesOfFilteredEvents(dataset, filters);
  return { ...chosen(filters), quotes, ...some };
}

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

/**
 * What the panel shows, in a line: "6 quotes from 4 events", "8 quotes: 6 from 4 events and 2 by
 * Vladimir Putin not tied to an event", "3 quotes" for one event.
 */
export function quoteCountText(view: QuoteView, names: (ids: readonly ActorId[]) => string): string {
  const n = view.quotes.length;
  if (view.kind === 'event' || n === 0) return plural(n, 'quote', 'quotes');
  const fromEvents = plural(view.eventCount, 'event', 'events');
  const attached = n - view.withoutEvent;
  const by = view.kind === 'filtered' && view.actorIds.length > 0 ? ` by ${names(view.actorIds)}` : '';
  const unattached = `${formatCount(view.withoutEvent)}${by} not tied to an event`;
  if (view.withoutEvent === 0) return `${plural(n, 'quote', 'quotes')} from ${fromEvents}`;
  if (attached === 0) return `${plural(n, 'quote', 'quotes')}${by}, not tied to an event`;
  return `${plural(n, 'quote', 'quotes')}: ${formatCount(attached)} from ${fromEvents} and ${unattached}`;
}

/** A way to bring back an event the filters hide. */
export type ShowHiddenEvent =
  | { readonly kind: 'add-actor'; readonly actorId: ActorId }
  | { readonly kind: 'match-any' }
  | { readonly kind: 'clear' };

/**
 * How the reader can show an event the filters hide, gentlest first: with "any", add one of its
 * actors (`preferred` first, e.g. its first participant); with "all", when it involves one of the
 * chosen actors, match any of them; and always, clear the filters.
 */
export function waysToShowEvent(
  dataset: Dataset,
  position: number,
  filters: Filters,
  preferred: readonly ActorId[] = [],
): ShowHiddenEvent[] {
  const involved = actorsAtEvent(dataset, position);
  const ways: ShowHiddenEvent[] = [];
  if (filters.match === 'any') {
    const actorId = [...preferred, ...involved].find((a) => involved.includes(a) && !filters.actors.includes(a));
    if (actorId !== undefined) ways.push({ kind: 'add-actor', actorId });
  } else if (filters.actors.some((a) => involved.includes(a))) {
    ways.push({ kind: 'match-any' });
  }
  ways.push({ kind: 'clear' });
  return ways;
}
