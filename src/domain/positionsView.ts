/**
 * What the positions view draws from: the quotes of the view (every filter and the search applied),
 * the rows and columns the reader's choices ask for, and where a mark sits on a cell's time strip.
 */
import type { Dataset } from './dataset.ts';
import { filterEventIndices, isFiltering, type Filters } from './filter.ts';
import { makeTimeScale, timeExtent } from './overview.ts';
import { topicInSentence, type PositionsTable } from './positions.ts';
import type { ActorId, Quote, QuoteId, Topic } from './schema.ts';

/** Whether a quote passes the actor and topic filters by itself: by its speaker and its own topics. */
function passesOnItsOwn(quote: Quote, filters: Filters): boolean {
  if (filters.actors.length > 0) {
    if (!filters.actors.includes(quote.speakerId)) return false;
    // "All" of several actors: one speaker alone cannot be all of them.
    if (filters.match === 'all' && filters.actors.length > 1) return false;
  }
  if (filters.topics.length === 0) return true;
  const on = (t: Topic) => quote.topics.includes(t);
  return filters.topicMatch === 'all' ? filters.topics.every(on) : filters.topics.some(on);
}

/**
 * The quotes of the view, in dataset order: every quote said at an event the filters show (as the
 * timeline shows them), and a quote tied to no event when its speaker and topics pass the filters.
 * With a search, a quote that matches the search itself (`searchQuotes`) is in the view too when
 * it passes the actor and topic filters on its own, and a quote tied to no event only then.
 */
export function quotesInView(
  dataset: Dataset,
  filters: Filters,
  searchQuotes: readonly QuoteId[] | null = null,
): readonly Quote[] {
  if (!isFiltering(filters)) return dataset.quotes;
  const shown = new Uint8Array(dataset.count);
  for (const i of filterEventIndices(dataset, filters) ?? []) shown[i] = 1;
  const matched = filters.search === null ? null : new Set(searchQuotes ?? []);
  return dataset.quotes.filter((q) => {
    const at = q.eventId === undefined ? undefined : dataset.eventIndex.get(q.eventId);
    if (at !== undefined && shown[at] === 1) return true;
    if (matched !== null) return matched.has(q.id) && passesOnItsOwn(q, filters);
    return at === undefined && passesOnItsOwn(q, filters);
  });
}

/** The rows and columns the reader chose: chosen actors are the rows, chosen topics the columns. */
export function positionsOptions(filters: Filters): { actors?: readonly ActorId[]; topics?: readonly Topic[] } {
  return {
    ...(filters.actors.length > 0 ? { actors: filters.actors } : {}),
    ...(filters.topics.length > 0 ? { topics: filters.topics } : {}),
  };
}

/** The span every time strip covers (the dataset's first start to its last end), or null with no events. */
export function stripSpan(dataset: Dataset): readonly [number, number] | null {
  return timeExtent(dataset.columns);
}

/**
 * Where an instant sits on a time strip over `span`, as a percentage of its width (0 to 100): one
 * d3 time scale over the whole dataset, so marks in different cells line up by date.
 */
export function stripOffsets(span: readonly [number, number], instants: readonly number[]): number[] {
  const x = makeTimeScale(span, 100).clamp(true);
  return instants.map((t) => x(t));
}

/** "Donald Trump on sanctions": a cell's actor and topic in words. */
export function cellSubject(dataset: Dataset, actorId: ActorId, table: PositionsTable, column: number): string {
  const name = dataset.actorById.get(actorId)?.name ?? actorId;
  const topic = table.columns[column]?.topic;
  return topic === undefined ? name : `${name} on ${topicInSentence(topic)}`;
}

/** How many topics the table shows before the reader asks for all of them. */
export const MAIN_TOPIC_COUNT = 6;

/**
 * The table cut to its first `count` columns (the topics with the most marks in the dataset come
 * first), with its totals recounted: the main topics fit a screen, the rest wait to be asked for.
 */
export function firstColumns(table: PositionsTable, count: number): PositionsTable {
  if (table.columns.length <= count) return table;
  const columns = table.columns.slice(0, count);
  const rows = table.rows.map((r) => {
    const cells = r.cells.slice(0, count);
    return { ...r, cells, count: cells.reduce((n, c) => n + c.count, 0) };
  });
  const quotes = new Set(rows.flatMap((r) => r.cells.flatMap((c) => c.marks.map((m) => m.quote))));
  return {
    columns,
    rows,
    markCount: columns.reduce((n, c) => n + c.count, 0),
    quoteCount: quotes.size,
  };
}
