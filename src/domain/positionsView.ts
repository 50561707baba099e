/**
 * What the positions view draws from: the quotes of the view (every filter and the search applied),
 * the rows and columns the reader's choices ask for, and where a mark sits on a cell's time strip.
 */
import type { Dataset } from './dataset.ts';
import { filterEventIndices, isFiltering, type Filters } from './filter.ts';
import { makeTimeScale, timeExtent } from './overview.ts';
import { topicInSentence } from './labels.ts';
import type { PositionsTable } from './positions.ts';
import type { ActorId, Quote, QuoteId, Topic } from './schema.ts';

/** Whether a quote tied to no event passes the actor filter by itself: by its speaker. */
function speakerPasses(quote: Quote, filters: Filters): boolean {
  if (filters.actors.length === 0) return true;
  // "All" of several actors: one speaker alone cannot be all of them.
  return filters.actors.includes(quote.speakerId) && (filters.match === 'any' || filters.actors.length === 1);
}

/** Whether a quote's own topics pass the topic filter. */
function topicsPass(quote: Quote, filters: Filters): boolean {
  if (filters.topics.length === 0) return true;
  const on = (t: Topic) => quote.topics.includes(t);
  return filters.topicMatch === 'all' ? filters.topics.every(on) : filters.topics.some(on);
}

/**
 * The quotes of the view, in dataset order: those said at an event the actor filter shows (or, tied
 * to no event, said by a chosen actor), on the chosen topics by their own topics (a stance is on a
 * quote's topic, whatever else its event was about), and, with a search, among the quotes the
 * search matched (`searchQuotes`, as the Quotes panel has them; none until the search answers).
 */
export function quotesInView(
  dataset: Dataset,
  filters: Filters,
  searchQuotes: readonly QuoteId[] | null = null,
): readonly Quote[] {
  if (!isFiltering(filters)) return dataset.quotes;
  const byActors: Filters = { ...filters, topics: [], search: null };
  const shown = new Uint8Array(dataset.count);
  if (isFiltering(byActors)) for (const i of filterEventIndices(dataset, byActors) ?? []) shown[i] = 1;
  else shown.fill(1);
  const matched = filters.search === null ? null : new Set(searchQuotes ?? []);
  return dataset.quotes.filter((q) => {
    if (matched !== null && !matched.has(q.id)) return false;
    if (!topicsPass(q, filters)) return false;
    const at = q.eventId === undefined ? undefined : dataset.eventIndex.get(q.eventId);
    return at === undefined ? speakerPasses(q, filters) : shown[at] === 1;
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
 * The table cut to its columns from `start` (inclusive) to `end` (exclusive), with its totals
 * recounted: the main topics fit a screen, and print sets the rest out in tables of their own.
 */
export function sliceColumns(table: PositionsTable, start: number, end: number): PositionsTable {
  if (start <= 0 && end >= table.columns.length) return table;
  const columns = table.columns.slice(start, end);
  const rows = table.rows.map((r) => {
    const cells = r.cells.slice(start, end);
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

/** The table's first `count` columns (the topics with the most marks in the dataset come first). */
export function firstColumns(table: PositionsTable, count: number): PositionsTable {
  return sliceColumns(table, 0, count);
}
