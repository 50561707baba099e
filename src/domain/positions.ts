/**
 * Who stood where on each issue, over time: the positions table behind `?view=positions`. Rows are
 * actors, columns are topics, and each cell holds that actor's stance marks on that topic (the
 * `stances` of their quotes, data/README.md) in the order they were said. Stances are Parley's
 * reading of the quoted words, so every mark keeps its quote: a view links each mark to the words.
 */
import type { Dataset } from './dataset.ts';
import { formatShortDate } from './format.ts';
import { topicInSentence } from './labels.ts';
import type { ActorId, Quote, Stance, Topic } from './schema.ts';
import { TOPICS } from './vocabulary.ts';

/** How many actors the table shows when the caller names none. */
export const PRINCIPAL_COUNT = 8;

/** One stance of one quote, placed in time. */
export interface StanceMark {
  readonly quote: Quote;
  readonly stance: Stance;
  /** What the stance is about, in Parley's words (never a quotation). */
  readonly note?: string;
  /** UTC ms of the start of the quote's event; absent when the quote is tied to no event. */
  readonly dateMs?: number;
  /** The event's start date in the venue's zone (YYYY-MM-DD), for labels; absent with `dateMs`. */
  readonly dateKey?: string;
}

export interface PositionsCell {
  readonly topic: Topic;
  /** Dated marks in time order, then undated ones in the order of the quotes given. */
  readonly marks: readonly StanceMark[];
  readonly count: number;
}

export interface PositionsRow {
  readonly actorId: ActorId;
  /** One cell per column, in the columns' order (empty cells included). */
  readonly cells: readonly PositionsCell[];
  /** Marks in the row. */
  readonly count: number;
}

export interface PositionsColumn {
  readonly topic: Topic;
  /** Marks in the column. */
  readonly count: number;
}

export interface PositionsTable {
  readonly columns: readonly PositionsColumn[];
  readonly rows: readonly PositionsRow[];
  /** Marks in the table. */
  readonly markCount: number;
  /** Distinct quotes with at least one mark in the table. */
  readonly quoteCount: number;
}

interface Ranking {
  /** Every speaker with a stance, most stance-annotated quotes first. */
  readonly actors: readonly ActorId[];
  /** Each actor's place in `actors`. */
  readonly rank: ReadonlyMap<ActorId, number>;
  /** Each topic's place in the column order. */
  readonly topicRank: ReadonlyMap<Topic, number>;
}

const rankings = new WeakMap<Dataset, Ranking>();

/**
 * The dataset-wide orders, worked out once per dataset: they do not depend on the filters, so a
 * filter narrows the rows and columns but never reorders them.
 */
function ranking(dataset: Dataset): Ranking {
  let r = rankings.get(dataset);
  if (r !== undefined) return r;
  const annotated = new Map<ActorId, number>();
  const quoted = new Map<ActorId, number>();
  const marks = new Map<Topic, number>();
  for (const q of dataset.quotes) {
    quoted.set(q.speakerId, (quoted.get(q.speakerId) ?? 0) + 1);
    if (q.stances === undefined || q.stances.length === 0) continue;
    annotated.set(q.speakerId, (annotated.get(q.speakerId) ?? 0) + 1);
    for (const s of q.stances) marks.set(s.topic, (marks.get(s.topic) ?? 0) + 1);
  }
  const name = (id: ActorId) => dataset.actorById.get(id)?.name ?? id;
  const actors = [...annotated.keys()].sort(
    (a, b) =>
      (annotated.get(b) ?? 0) - (annotated.get(a) ?? 0) ||
      (quoted.get(b) ?? 0) - (quoted.get(a) ?? 0) ||
      name(a).localeCompare(name(b), 'en') ||
      (a < b ? -1 : a > b ? 1 : 0),
  );
  const topics = [...TOPICS].sort(
    (a, b) => (marks.get(b) ?? 0) - (marks.get(a) ?? 0) || TOPICS.indexOf(a) - TOPICS.indexOf(b),
  );
  r = {
    actors,
    rank: new Map(actors.map((a, i) => [a, i])),
    topicRank: new Map(topics.map((t, i) => [t, i])),
  };
  rankings.set(dataset, r);
  return r;
}

/**
 * The actors with the most stance-annotated quotes in the dataset, at most `count` of them; ties go
 * to the actor quoted more often overall, then by name. Actors with no stance are never principal.
 */
export function principalActors(dataset: Dataset, count = PRINCIPAL_COUNT): ActorId[] {
  return ranking(dataset).actors.slice(0, Math.max(0, count));
}

/** When the quote was said, as far as the dataset knows: its event's start. */
function placeInTime(dataset: Dataset, quote: Quote): Pick<StanceMark, 'dateMs' | 'dateKey'> & { at: number } {
  const i = quote.eventId === undefined ? undefined : dataset.eventIndex.get(quote.eventId);
  if (i === undefined) return { at: -1 };
  const { startMs, dayOf, days } = dataset.columns;
  const dateMs = startMs[i];
  const dateKey = days[dayOf[i] ?? -1];
  if (dateMs === undefined || dateKey === undefined) return { at: -1 };
  return { dateMs, dateKey, at: i };
}

interface Placed {
  readonly mark: StanceMark;
  /** The event's position (events are in time order); -1 for none. */
  readonly at: number;
  /** The quote's place in the quotes given, for ties. */
  readonly k: number;
}

const byTime = (a: Placed, b: Placed) =>
  (a.at < 0 ? 1 : 0) - (b.at < 0 ? 1 : 0) || (a.mark.dateMs ?? 0) - (b.mark.dateMs ?? 0) || a.at - b.at || a.k - b.k;

/**
 * The positions table of `quotes`, the quotes the view shows (the caller applies the filters and the
 * search, so the table follows them).
 *
 * Rows: `options.actors` in the order given (kept even when they have no mark), or else every
 * speaker with a mark among `quotes`, principal first (`principalActors`' order over the whole
 * dataset), at most `PRINCIPAL_COUNT`.
 *
 * Columns: `options.topics` (kept even when empty), or else every topic with a mark in the rows.
 * Either way they are ordered by how many marks each topic has in the whole dataset, most first,
 * ties in the vocabulary's order: the order stays put while the filters change.
 *
 * A mark is dated by the start of its quote's event; quotes have no date of their own, so a quote
 * tied to no event is undated and comes after the dated marks of its cell.
 */
export function positionsTable(
  dataset: Dataset,
  quotes: readonly Quote[],
  options: { readonly actors?: readonly ActorId[]; readonly topics?: readonly Topic[] } = {},
): PositionsTable {
  const { rank, topicRank } = ranking(dataset);
  const marked = (q: Quote) => q.stances !== undefined && q.stances.length > 0;
  const actors =
    options.actors !== undefined
      ? [...new Set(options.actors)]
      : [...new Set(quotes.filter(marked).map((q) => q.speakerId))]
          .sort((a, b) => (rank.get(a) ?? rank.size) - (rank.get(b) ?? rank.size))
          .slice(0, PRINCIPAL_COUNT);
  const rowOf = new Map(actors.map((a, i) => [a, i]));
  const wanted = options.topics === undefined ? undefined : new Set(options.topics);

  // Marks by row, then topic.
  const grid = actors.map(() => new Map<Topic, Placed[]>());
  quotes.forEach((quote, k) => {
    const row = rowOf.get(quote.speakerId);
    if (row === undefined || !marked(quote)) return;
    const { at, ...when } = placeInTime(dataset, quote);
    for (const s of quote.stances ?? []) {
      if (wanted !== undefined && !wanted.has(s.topic)) continue;
      const mark: StanceMark = { quote, stance: s.stance, ...(s.note === undefined ? {} : { note: s.note }), ...when };
      const cells = grid[row] as Map<Topic, Placed[]>;
      const list = cells.get(s.topic);
      if (list === undefined) cells.set(s.topic, [{ mark, at, k }]);
      else list.push({ mark, at, k });
    }
  });

  const topics =
    options.topics !== undefined
      ? [...new Set(options.topics)]
      : [...new Set(grid.flatMap((cells) => [...cells.keys()]))];
  topics.sort((a, b) => (topicRank.get(a) ?? 0) - (topicRank.get(b) ?? 0));

  const rows: PositionsRow[] = actors.map((actorId, row) => {
    const cells = topics.map((topic): PositionsCell => {
      const marks = (grid[row]?.get(topic) ?? []).sort(byTime).map((p) => p.mark);
      return { topic, marks, count: marks.length };
    });
    return { actorId, cells, count: cells.reduce((n, c) => n + c.count, 0) };
  });
  const columns = topics.map((topic, j) => ({
    topic,
    count: rows.reduce((n, r) => n + (r.cells[j]?.count ?? 0), 0),
  }));
  const inTable = new Set(rows.flatMap((r) => r.cells.flatMap((c) => c.marks.map((m) => m.quote))));
  return {
    columns,
    rows,
    markCount: columns.reduce((n, c) => n + c.count, 0),
    quoteCount: inTable.size,
  };
}

/** "supports (14 Jul 2025)", "opposes (17 Aug 2025, 4 quotes)", "supports (2 quotes)": one stance, told once. */
function tellRun(run: readonly StanceMark[]): string {
  const dates = [...new Set(run.flatMap((m) => (m.dateKey === undefined ? [] : [formatShortDate(m.dateKey)])))];
  const when = dates.length === 0 ? [] : [dates.length === 1 ? dates[0] : `${dates[0]} to ${dates.at(-1)}`];
  const many = run.length > 1 ? [`${run.length} quotes`] : [];
  const inside = [...when, ...many].join(', ');
  return `${run[0]?.stance ?? ''}${inside === '' ? '' : ` (${inside})`}`;
}

/**
 * A cell in one line, for screen readers and print: "Donald Trump on sanctions: conditional
 * (14 Jul 2025) → undecided (22 Aug 2025)". Consecutive marks with the same stance are told once,
 * with their dates and how many quotes ("opposes (17 Aug 2025, 4 quotes)"). Undated marks have no
 * place in the sequence, so they follow it, one entry per stance: "; undated: supports (2 quotes)".
 */
export function cellSummary(dataset: Dataset, actorId: ActorId, cell: PositionsCell): string {
  const who = `${dataset.actorById.get(actorId)?.name ?? actorId} on ${topicInSentence(cell.topic)}`;
  if (cell.marks.length === 0) return `${who}: no stance marked`;
  const runs: StanceMark[][] = [];
  const undated = new Map<Stance, StanceMark[]>();
  for (const mark of cell.marks) {
    if (mark.dateKey === undefined) {
      const same = undated.get(mark.stance);
      if (same === undefined) undated.set(mark.stance, [mark]);
      else same.push(mark);
      continue;
    }
    const last = runs[runs.length - 1];
    if (last !== undefined && last[0]?.stance === mark.stance) last.push(mark);
    else runs.push([mark]);
  }
  const inOrder = runs.map(tellRun).join(' → ');
  const apart = [...undated.values()].map(tellRun).join(', ');
  if (apart === '') return `${who}: ${inOrder}`;
  return inOrder === '' ? `${who}: undated: ${apart}` : `${who}: ${inOrder}; undated: ${apart}`;
}
