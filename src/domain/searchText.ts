/**
 * What the search reads, and the folding that makes "Zelensky", "zelenskyy" and "ZELENSKYY" the same
 * word. Kept apart from the index itself (`search.ts`) so that the benchmark can feed the same
 * documents to every library it compares.
 *
 * An event's own words (title, summary, venue, broadcast) and a quote's words are documents. What
 * many events share (an actor's names, a place, a source's outlet and title, a topic's label) is one
 * document each, a "target" that stands for its events: indexing "Synthetic Benchmark Wire" once for
 * its 50,000 events rather than 50,000 times keeps the index a fraction of the size, and a match on
 * it is widened to those events when the query is answered.
 */
import type { CompiledDataset } from './dataset.ts';
import { TOPIC_LABEL } from './labels.ts';
import type { ActorId, Topic } from './schema.ts';
import { TOPICS } from './vocabulary.ts';

/** The fields of a document: a title (an event's title, a name, a label) and the rest of its text. */
export const SEARCH_FIELDS = ['title', 'text'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** A word in a title or name says more about the record than the same word in a summary. */
export const FIELD_BOOST: Readonly<Record<SearchField, number>> = { title: 2, text: 1 };

/**
 * One searchable record. `id` is the event's position for an event, the event count plus the quote's
 * position in `quotes` for a quote, and after those the targets in order: numbers, so that the
 * published index carries no id strings.
 */
export type SearchDocument = { readonly id: number } & Readonly<Record<SearchField, string>>;

/** What a shared document stands for: an actor's events and quotes, a topic's, or a list of events. */
export type SearchTarget =
  { readonly actor: ActorId } | { readonly topic: Topic } | { readonly events: readonly number[] };

export interface SearchCorpus {
  readonly eventCount: number;
  readonly quoteCount: number;
  readonly docs: readonly SearchDocument[];
  /** The target of document `eventCount + quoteCount + k`. */
  readonly targets: readonly SearchTarget[];
}

/** Letters NFD does not take apart, written as a reader would type them on an English keyboard. */
const UNSPLIT: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const UNSPLIT_RE = /[ßæœøłđðþı]/g;
const MARKS = /\p{M}+/gu;

/** Text as the index compares it: lower case, accents and other marks removed ("Zelenskyy" → "zelenskyy", "Ü" → "u"). */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(UNSPLIT_RE, (c) => UNSPLIT[c] ?? c);
}

/** A run of letters, marks or digits: what counts as one word, in any script. */
export const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The folded words of a text, in order. */
export function words(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Words too common to say anything about a record: left out of the index, and out of a query but for its last word. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be by for from in is it its of on or that the this to was were with not'.split(' '),
);

function addTo(map: Map<string, number[]>, key: string, position: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [position]);
  else if (list[list.length - 1] !== position) list.push(position);
}

/** The documents and targets of a compiled dataset: its events in order, its quotes in file order, then the shared records. */
export function searchCorpus(compiled: CompiledDataset): SearchCorpus {
  const eventCount = compiled.events.length;
  const quoteCount = compiled.quotes.length;
  const docs: SearchDocument[] = [];
  const atPlace = new Map<string, number[]>();
  const citing = new Map<string, number[]>();
  compiled.events.forEach((e, i) => {
    const extra = [e.venueDetail, e.broadcast?.network, e.broadcast?.programme].filter((s) => s !== undefined);
    docs.push({ id: i, title: e.title, text: [e.summary, ...extra].join(' ') });
    if (e.placeId !== undefined) addTo(atPlace, e.placeId, i);
    for (const s of e.sourceIds) addTo(citing, s, i);
  });
  compiled.quotes.forEach((q, k) => docs.push({ id: eventCount + k, title: '', text: q.text }));
  const targets: SearchTarget[] = [];
  const add = (title: string, target: SearchTarget) => {
    docs.push({ id: eventCount + quoteCount + targets.length, title, text: '' });
    targets.push(target);
  };
  for (const a of compiled.actors) add([a.name, a.shortName, ...(a.aliases ?? [])].join(' '), { actor: a.id });
  for (const t of TOPICS) add(TOPIC_LABEL[t], { topic: t });
  for (const p of compiled.places) {
    const events = atPlace.get(p.id);
    if (events !== undefined) add([p.name, p.locality, p.region].filter((s) => s !== undefined).join(' '), { events });
  }
  for (const s of compiled.sources) {
    const events = citing.get(s.id);
    if (events !== undefined) add([s.outlet, s.title].filter((x) => x !== undefined).join(' '), { events });
  }
  return { eventCount, quoteCount, docs, targets };
}

/** A piece of text, marked when it is a word the search matched. */
export interface TextPart {
  readonly text: string;
  readonly hit: boolean;
}

/**
 * `text` cut into plain and matched parts: a word is matched when its folded form is one of `terms`
 * (so "Zelenskyy" is marked for the term "zelenskyy"). The parts join back into `text` exactly.
 */
export function highlightParts(text: string, terms: readonly string[]): TextPart[] {
  if (terms.length === 0 || text === '') return [{ text, hit: false }];
  const wanted = new Set(terms);
  const parts: TextPart[] = [];
  let plainFrom = 0;
  for (const match of text.matchAll(WORD)) {
    const at = match.index;
    const word = match[0];
    if (!wanted.has(foldText(word))) continue;
    if (at > plainFrom) parts.push({ text: text.slice(plainFrom, at), hit: false });
    parts.push({ text: word, hit: true });
    plainFrom = at + word.length;
  }
  if (plainFrom < text.length) parts.push({ text: text.slice(plainFrom), hit: false });
  return parts;
}
