/**
 * The search: an index of events, quotes and the records they share, built at build time and
 * published beside the dataset (`search.json`), loaded when the reader first searches, and asked
 * one query at a time.
 *
 * FlexSearch holds the word → records lists, whole words only (`strict`): at 100,000 events that
 * index is a sixth of the size of one that stores every prefix of every word, and loads ten times
 * faster than MiniSearch's (`npm run bench:search`). Prefixes and typos are worked out here instead,
 * on the index's own vocabulary, published with it as a sorted list of words: a query word stands
 * for itself and the words it begins, or, when the index has neither (a typo), for the words one
 * edit away (two from eight letters; none under four letters or with digits).
 * Every word is folded (`foldText`) on both sides, so accents and case never matter.
 */
import { Document } from 'flexsearch';
import type { Dataset } from './dataset.ts';
import { eventsOnTopics } from './filter.ts';
import { packLists, unpackLists } from './packedIds.ts';
import type { CompiledDataset } from './dataset.ts';
import type { ActorId, QuoteId, Topic } from './schema.ts';
import {
  FIELD_BOOST,
  SEARCH_FIELDS,
  searchCorpus,
  STOP_WORDS,
  words,
  type SearchDocument,
  type SearchField,
  type SearchTarget,
} from './searchText.ts';
import { normaliseQuery } from './view.ts';

export const SEARCH_FORMAT = 'parley-search/2';
/** The search index's file, beside `dataset.json`. */
export const SEARCH_ASSET = 'search.json';

/** A target as published: event lists delta-encoded (gaps between sorted positions compress well). */
export type PublishedTarget =
  { readonly actor: ActorId } | { readonly topic: Topic } | { readonly gaps: readonly number[] };

export interface PublishedSearch {
  readonly format: typeof SEARCH_FORMAT;
  readonly eventCount: number;
  readonly quoteCount: number;
  readonly targets: readonly PublishedTarget[];
  /** Every word in the index, folded, sorted, once. */
  readonly vocabulary: readonly string[];
  /**
   * FlexSearch's export, key by key, each part as JSON rather than the string FlexSearch gives (which
   * would be parsed twice on load, and escaped in the file), its id lists packed (`packedIds.ts`).
   */
  readonly index: Readonly<Record<string, unknown>>;
}

/** What a query found. */
export interface SearchAnswer {
  /** Sorted positions of the matching events. */
  readonly events: readonly number[];
  /** The matching quotes, best first. */
  readonly quotes: readonly QuoteId[];
  /** The folded words to highlight: every indexed word the query's words stood for. */
  readonly terms: readonly string[];
}

export const NO_ANSWER: SearchAnswer = { events: [], quotes: [], terms: [] };

/** Words of a query beyond this many are left out: a search is a few words, not a paragraph. */
export const MAX_QUERY_WORDS = 8;
/** A query word is cut at this length: no indexed word is longer in practice. */
const MAX_WORD = 40;
/** At most this many indexed words stand for one query word ("s" begins thousands). */
const MAX_EXPANSIONS = 48;
/** At most this many words are highlighted. */
const MAX_TERMS = 120;

const tokenize = (text: string): string[] => words(text).filter((w) => !STOP_WORDS.has(w));

type FlexIndex = Document<SearchDocument>;
function newFlex(): FlexIndex {
  // Whole words, tokenized and folded by us, so that the vocabulary we publish is the index's own.
  return new Document<SearchDocument>({
    document: { id: 'id', index: [...SEARCH_FIELDS] },
    tokenize: 'strict',
    resolution: 1,
    encode: tokenize,
  } as ConstructorParameters<typeof Document<SearchDocument>>[0]);
}

function gaps(sorted: readonly number[]): number[] {
  return sorted.map((p, k) => p - (k === 0 ? 0 : (sorted[k - 1] ?? 0)));
}

function ungap(list: readonly number[]): number[] {
  let at = 0;
  return list.map((g) => (at += g));
}

const publishTarget = (t: SearchTarget): PublishedTarget => ('events' in t ? { gaps: gaps(t.events) } : t);

/** The search index of a compiled dataset, ready to publish (at build time). */
export function buildSearch(compiled: CompiledDataset): PublishedSearch {
  const corpus = searchCorpus(compiled);
  const flex = newFlex();
  const vocabulary = new Set<string>();
  for (const doc of corpus.docs) {
    flex.add(doc);
    for (const f of SEARCH_FIELDS) for (const w of tokenize(doc[f])) vocabulary.add(w);
  }
  const index: Record<string, unknown> = {};
  void flex.export((key: string, data: string) => {
    index[key] = packLists(JSON.parse(data));
  });
  return {
    format: SEARCH_FORMAT,
    eventCount: corpus.eventCount,
    quoteCount: corpus.quoteCount,
    targets: corpus.targets.map(publishTarget),
    vocabulary: [...vocabulary].sort(),
    index,
  };
}

/** A loaded index, with what it needs of the dataset to widen shared records to their events and quotes. */
export interface SearchIndex {
  readonly flex: FlexIndex;
  readonly dataset: Dataset;
  readonly vocabulary: readonly string[];
  /** The vocabulary's words that hold a letter: the only ones a typo is looked for among. */
  readonly lettered: readonly string[];
  readonly targets: readonly SearchTarget[];
  readonly quotesBySpeaker: ReadonlyMap<ActorId, readonly number[]>;
  readonly quotesByTopic: ReadonlyMap<Topic, readonly number[]>;
  /** Events on each topic, worked out the first time a query needs them. */
  readonly eventsByTopic: Map<Topic, readonly number[]>;
}

/** Why a published search index cannot be used with a dataset. */
export class SearchIndexError extends Error {}

/** Loads a published index for `dataset`; throws a `SearchIndexError` when it was built for another one. */
export function loadSearch(published: PublishedSearch, dataset: Dataset): SearchIndex {
  if (published.format !== SEARCH_FORMAT) throw new SearchIndexError(`unknown search index format ${published.format}`);
  if (published.eventCount !== dataset.count || published.quoteCount !== dataset.quotes.length)
    throw new SearchIndexError('the search index was built for another dataset');
  const flex = newFlex();
  // FlexSearch takes a part parsed as well as a string (its types say string).
  for (const [key, data] of Object.entries(published.index)) flex.import(key, unpackLists(data) as string);
  const quotesBySpeaker = new Map<ActorId, number[]>();
  const quotesByTopic = new Map<Topic, number[]>();
  dataset.quotes.forEach((q, k) => {
    const bySpeaker = quotesBySpeaker.get(q.speakerId);
    if (bySpeaker === undefined) quotesBySpeaker.set(q.speakerId, [k]);
    else bySpeaker.push(k);
    for (const t of q.topics) {
      const byTopic = quotesByTopic.get(t);
      if (byTopic === undefined) quotesByTopic.set(t, [k]);
      else byTopic.push(k);
    }
  });
  return {
    flex,
    dataset,
    vocabulary: published.vocabulary,
    lettered: published.vocabulary.filter((w) => /\p{L}/u.test(w)),
    targets: published.targets.map((t) => ('gaps' in t ? { events: ungap(t.gaps) } : t)),
    quotesBySpeaker,
    quotesByTopic,
    eventsByTopic: new Map(),
  };
}

/** The first position in the sorted `list` whose word is not before `word`. */
function lowerBound(list: readonly string[], word: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] ?? '') < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether `a` and `b` are at most `max` edits apart (insert, delete, substitute; Levenshtein with a band). */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return false;
    prev = row;
  }
  return (prev[b.length] ?? max + 1) <= max;
}

/** How far a typo may be from the word meant: none under four letters, one under eight, two from eight. */
const editsFor = (word: string): number => (word.length < 4 || /\d/.test(word) ? 0 : word.length < 8 ? 1 : 2);

/** The indexed words a query word stands for, each with the weight of a match on it. */
export function expand(index: Pick<SearchIndex, 'vocabulary' | 'lettered'>, word: string): Map<string, number> {
  const out = new Map<string, number>();
  const { vocabulary } = index;
  let k = lowerBound(vocabulary, word);
  if (vocabulary[k] === word) {
    out.set(word, 1);
    k++;
  }
  for (; k < vocabulary.length && out.size < MAX_EXPANSIONS; k++) {
    const w = vocabulary[k] ?? '';
    if (!w.startsWith(word)) break;
    // A longer word counts for less: "sanction" finds "sanctions" above "sanctioned".
    out.set(w, 0.5 + 0.3 * (word.length / w.length));
  }
  // A near miss only for a word the index does not have (nor any word it begins): "sanctions" must
  // not find "actions", two edits away, but "sanctons" finds "sanctions".
  const edits = out.size > 0 ? 0 : editsFor(word);
  if (edits > 0)
    for (const w of index.lettered) {
      if (out.size >= MAX_EXPANSIONS) break;
      if (!out.has(w) && withinEdits(word, w, edits)) out.set(w, 0.4);
    }
  return out;
}

function eventsOfTopic(index: SearchIndex, topic: Topic): readonly number[] {
  let list = index.eventsByTopic.get(topic);
  if (list === undefined) index.eventsByTopic.set(topic, (list = eventsOnTopics(index.dataset, [topic], 'any')));
  return list;
}

/** The query's words, folded: stop words dropped but for the last (perhaps a word still being typed). */
export function queryWords(query: string): string[] {
  const all = words(normaliseQuery(query))
    .slice(0, MAX_QUERY_WORDS)
    .map((w) => w.slice(0, MAX_WORD));
  return all.filter((w, k) => k === all.length - 1 || !STOP_WORDS.has(w));
}

/**
 * The events and quotes that match every word of `query` (each word by itself, a word it begins, or
 * a near miss), events in time order and quotes best first, with the words to highlight. A word
 * matching an actor's name, a place, a source or a topic matches that record's events (and, for an
 * actor or a topic, its quotes).
 */
export function search(index: SearchIndex, query: string): SearchAnswer {
  const qwords = queryWords(query);
  if (qwords.length === 0) return NO_ANSWER;
  const { dataset } = index;
  const n = dataset.count;
  const m = dataset.quotes.length;
  // How many query words each event and quote has matched so far; a record drops out at the first word it misses.
  const eventSeen = new Uint8Array(n);
  const quoteSeen = new Uint8Array(m);
  const quoteScore = new Float64Array(m);
  const terms = new Set<string>();
  let round = 0;
  for (const word of qwords) {
    const next = round + 1;
    const markEvent = (p: number) => {
      if (eventSeen[p] === round) eventSeen[p] = next;
    };
    const markQuote = (k: number, score: number) => {
      if (quoteSeen[k] === round) quoteSeen[k] = next;
      if (quoteSeen[k] === next) quoteScore[k] = (quoteScore[k] ?? 0) + score;
    };
    let matched = false;
    for (const [term, weight] of expand(index, word)) {
      const fields = index.flex.search(term, { limit: n + m + index.targets.length }) as unknown as readonly {
        field: SearchField;
        result: readonly number[];
      }[];
      for (const { field, result } of fields) {
        if (result.length === 0) continue;
        matched = true;
        if (terms.size < MAX_TERMS) terms.add(term);
        const score = weight * FIELD_BOOST[field];
        for (const id of result) {
          if (id < n) markEvent(id);
          else if (id < n + m) markQuote(id - n, score);
          else widen(index, index.targets[id - n - m], markEvent, (k) => markQuote(k, score));
        }
      }
    }
    if (!matched) return { ...NO_ANSWER, terms: [...terms] };
    round = next;
  }
  const events: number[] = [];
  for (let p = 0; p < n; p++) if (eventSeen[p] === round) events.push(p);
  const quotes: number[] = [];
  for (let k = 0; k < m; k++) if (quoteSeen[k] === round) quotes.push(k);
  quotes.sort((a, b) => (quoteScore[b] ?? 0) - (quoteScore[a] ?? 0) || a - b);
  return { events, quotes: quotes.map((k) => (dataset.quotes[k] as { id: QuoteId }).id), terms: [...terms] };
}

/** A shared record's events and quotes, each marked once. */
function widen(
  index: SearchIndex,
  target: SearchTarget | undefined,
  markEvent: (p: number) => void,
  markQuote: (k: number) => void,
): void {
  if (target === undefined) return;
  if ('events' in target) target.events.forEach(markEvent);
  else if ('actor' in target) {
    index.dataset.eventsByActor.get(target.actor)?.forEach(markEvent);
    index.quotesBySpeaker.get(target.actor)?.forEach(markQuote);
  } else {
    eventsOfTopic(index, target.topic).forEach(markEvent);
    index.quotesByTopic.get(target.topic)?.forEach(markQuote);
  }
}
