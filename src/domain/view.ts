/**
 * The view: everything a reader can set that decides what the page shows, and the one table that
 * says, for each piece, where it sits in a URL, its default, how it is read (and what a bad value
 * is reported as) and how it is written. The URL codec (`urlCodec.ts`), the check against a dataset
 * (`resolveView.ts`), the store's view slice, every in-app link and the prerendered pages all derive
 * from this table, so adding a view key is adding a row here (and the control that sets it).
 */
import type { Dataset } from './dataset.ts';
import type { Density } from './density.ts';
import type { MatchMode } from './filter.ts';
import { closestId } from './issues.ts';
import type { ActorId, EventId, QuoteId, Topic } from './schema.ts';
import { isRealDate } from './time.ts';
import { TOPICS } from './vocabulary.ts';

/** The two ways to show the view: events in time order, or who stood where on each topic. */
export type Display = 'timeline' | 'positions';
export const DISPLAYS: readonly Display[] = ['timeline', 'positions'];

export interface View {
  /** The selected event: the page `events/{id}/`. */
  readonly eventId: EventId | null;
  /** The highlighted quote: the fragment `#quote-{id}`. */
  readonly quoteId: QuoteId | null;
  /** Chosen actors, in the order chosen (a link lists them sorted); empty means no actor filter. */
  readonly actors: readonly ActorId[];
  /** "any": events involving at least one chosen actor; "all": events involving every one. */
  readonly match: MatchMode;
  /** Chosen topics, sorted; empty means no topic filter. */
  readonly topics: readonly Topic[];
  /** "any": events on at least one chosen topic; "all": events on every one. */
  readonly topicMatch: MatchMode;
  /** The search, as typed (whitespace collapsed, at most `MAX_QUERY` characters); "" is no search. */
  readonly q: string;
  /** The timeline, or the positions table. */
  readonly display: Display;
  /** The reader's choice of card density; null follows the dataset's size. */
  readonly density: Density | null;
  /** Compact view for iframes. */
  readonly embed: boolean;
}

/** A URL's parts as the codec reads them: the path below the site's base, the query and the fragment. */
export interface UrlPieces {
  /** The path below the base, without a leading slash ("" for the home page). */
  readonly path: string;
  readonly params: URLSearchParams;
  /** The decoded fragment without its "#" ("" when absent or undecodable). */
  readonly fragment: string;
}

/** What was wrong with a key's text in a URL. */
export type KeyProblem =
  | { readonly kind: 'bad-path' }
  | { readonly kind: 'bad-event-id' }
  | { readonly kind: 'bad-actor-ids'; readonly count: number }
  | { readonly kind: 'bad-match' }
  | { readonly kind: 'bad-topics'; readonly count: number }
  | { readonly kind: 'bad-density' }
  | { readonly kind: 'bad-display' }
  | { readonly kind: 'bad-quote-id' };

/** A problem found in a URL, with the key whose text it was. */
export type UrlProblem = KeyProblem & { readonly key: keyof View };

export interface Read<V> {
  readonly value: V;
  readonly problem?: KeyProblem;
}

/** What a link asked for that could not be shown, in our words (never the URL's). */
export type Notice =
  | { readonly kind: 'unknown-actors'; readonly count: number }
  | { readonly kind: 'unknown-quote' }
  | { readonly kind: 'unknown-topics'; readonly count: number }
  | { readonly kind: 'malformed-link' }
  | { readonly kind: 'redirected'; readonly to: EventId };

export interface NotFound {
  /** The date in the requested id when it is a real date (YYYY-MM-DD); the only part shown back. */
  readonly date: string | null;
  /** Up to five existing events closest to what was asked for. */
  readonly suggestions: readonly EventId[];
}

/** What a key's `resolve` is given: the dataset, its own problem in the URL, and where to say what it dropped. */
export interface ResolveContext {
  readonly dataset: Dataset;
  readonly problem: KeyProblem | undefined;
  notice(notice: Notice): void;
  notFound(answer: NotFound): void;
}

/** Where a key's value sits in a URL. */
export type UrlPlace =
  { readonly in: 'path' } | { readonly in: 'hash' } | { readonly in: 'query'; readonly name: string };

export interface ViewKey<K extends keyof View> {
  readonly key: K;
  readonly place: UrlPlace;
  readonly default: View[K];
  /** A filter narrows which events are shown: "Clear filters" sets every filter back to its default. */
  readonly filter?: true;
  /** Reads the value from the URL; never throws, and never keeps text that fails the key's pattern. */
  read(url: UrlPieces): Read<View[K]>;
  /**
   * The value's text at its place in the URL (the path below the base, a query value, the fragment),
   * percent-encoded where it needs to be; null leaves it out.
   */
  write(value: View[K], view: View): string | null;
  /**
   * For keys that name things in the dataset: the value limited to what the dataset holds, saying
   * through `ctx` what was dropped (and reporting the key's own URL problem). Keys without it are
   * taken as read, and a problem in their text is reported as a link that could not be read.
   */
  resolve?(value: View[K], ctx: ResolveContext): View[K];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const EVENT_ID = /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID = 100;
const MAX_ACTORS = 50;

const isId = (pattern: RegExp) => (s: string) => s.length <= MAX_ID && pattern.test(s);
export const isEventIdLike = isId(EVENT_ID);
export const isSlugLike = isId(SLUG);

/** `decodeURIComponent`, or null for text that is not valid percent-encoding. */
export function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

/** Paths that show the home view: the base itself, its index.html, and the embed path. */
const HOME_PATHS = new Set(['', 'index.html', 'embed', 'embed/']);

const eventKey: ViewKey<'eventId'> = {
  key: 'eventId',
  place: { in: 'path' },
  default: null,
  read({ path }) {
    if (HOME_PATHS.has(path)) return { value: null };
    const m = /^events\/([^/]*)\/?$/.exec(path);
    if (m?.[1] === undefined) return { value: null, problem: { kind: 'bad-path' } };
    const id = safeDecode(m[1]);
    return id !== null && isEventIdLike(id)
      ? { value: id as EventId }
      : { value: null, problem: { kind: 'bad-event-id' } };
  },
  write: (id) => (id === null ? null : `events/${id}/`),
  resolve(wanted, ctx) {
    if (ctx.problem !== undefined) ctx.notice({ kind: 'malformed-link' });
    if (wanted === null) return null;
    const { dataset } = ctx;
    if (dataset.eventIndex.has(wanted)) return wanted;
    const to = dataset.redirects.get(wanted);
    if (to !== undefined && dataset.eventIndex.has(to)) {
      ctx.notice({ kind: 'redirected', to });
      return to;
    }
    const date = wanted.slice(0, 10);
    ctx.notFound({ date: isRealDate(date) ? date : null, suggestions: suggestionsFor(dataset, wanted) });
    return null;
  },
};

/** Events on the same day as the id asked for, and the id closest to it. */
function suggestionsFor(dataset: Dataset, wanted: string): EventId[] {
  const { ids, dayOf, days } = dataset.columns;
  const day = days.indexOf(wanted.slice(0, 10));
  const sameDay = day === -1 ? [] : (ids.filter((_, i) => dayOf[i] === day) as EventId[]);
  const near = closestId(wanted, dataset.eventIndex.keys()) as EventId | undefined;
  return [...new Set([...(near === undefined ? [] : [near]), ...sameDay])].slice(0, 5);
}

const actorsKey: ViewKey<'actors'> = {
  key: 'actors',
  place: { in: 'query', name: 'actors' },
  default: [],
  filter: true,
  read({ params }) {
    const raw = params.get('actors');
    if (raw === null || raw === '') return { value: [] };
    // Empty entries (`actors=a,,b`, `actors=,`) name no actor, so they are neither kept nor reported.
    const parts = raw
      .split(',')
      .filter((p) => p !== '')
      .slice(0, MAX_ACTORS);
    const good = parts.filter(isSlugLike);
    const value = [...new Set(good)].sort() as ActorId[];
    const bad = parts.length - good.length;
    return bad > 0 ? { value, problem: { kind: 'bad-actor-ids', count: bad } } : { value };
  },
  write: (actors) => (actors.length === 0 ? null : [...new Set(actors)].sort().join(',')),
  resolve(actors, { dataset, problem, notice }) {
    const known = actors.filter((a) => dataset.actorById.has(a));
    const unknown = actors.length - known.length + (problem?.kind === 'bad-actor-ids' ? problem.count : 0);
    if (unknown > 0) notice({ kind: 'unknown-actors', count: unknown });
    return known.length === actors.length ? actors : known;
  },
};

const isTopic = (s: string): s is Topic => (TOPICS as readonly string[]).includes(s);

// Unknown words are dropped and counted like unknown actors; the vocabulary is closed, so no dataset
// can know a topic the table does not.
const topicsKey: ViewKey<'topics'> = {
  key: 'topics',
  place: { in: 'query', name: 'topics' },
  default: [],
  filter: true,
  read({ params }) {
    const raw = params.get('topics');
    if (raw === null || raw === '') return { value: [] };
    const parts = raw
      .split(',')
      .filter((p) => p !== '')
      .slice(0, TOPICS.length * 2);
    const good = parts.filter(isTopic);
    const value = [...new Set(good)].sort();
    const bad = parts.length - good.length;
    return bad > 0 ? { value, problem: { kind: 'bad-topics', count: bad } } : { value };
  },
  write: (topics) => (topics.length === 0 ? null : [...new Set(topics)].sort().join(',')),
  resolve(topics, { problem, notice }) {
    if (problem?.kind === 'bad-topics') notice({ kind: 'unknown-topics', count: problem.count });
    return topics;
  },
};

/** The longest search kept from a link or the box: longer text is cut, never rejected. */
export const MAX_QUERY = 200;

// eslint-disable-next-line no-control-regex -- control characters are exactly what it removes
const CONTROL = /[\u0000-\u001f\u007f]/g;

/** A search as the view keeps it: control characters dropped, whitespace collapsed and trimmed, cut at `MAX_QUERY`. */
export function normaliseQuery(text: string): string {
  return text.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY).trim();
}

const queryKey: ViewKey<'q'> = {
  key: 'q',
  place: { in: 'query', name: 'q' },
  default: '',
  filter: true,
  read: ({ params }) => ({ value: normaliseQuery(params.get('q') ?? '') }),
  write: (q) => (q === '' ? null : encodeURIComponent(q).replace(/%20/g, '+')),
};

/** A query key holding one of a few words; `absent` is its value when the URL leaves it out. */
function choiceKey<K extends keyof View, V extends View[K] & string>(
  key: K,
  name: string,
  words: readonly V[],
  absent: View[K],
  problem: KeyProblem,
  written: (value: View[K], view: View) => boolean,
): ViewKey<K> {
  return {
    key,
    place: { in: 'query', name },
    default: absent,
    read({ params }) {
      const raw = params.get(name);
      if (raw === null) return { value: absent };
      const word = words.find((w) => w === raw);
      return word === undefined ? { value: absent, problem } : { value: word };
    },
    write: (value, view) => (value !== absent && written(value, view) ? String(value) : null),
  };
}

// "all" means nothing without chosen actors, so a link leaves it out then.
const matchKey: ViewKey<'match'> = {
  ...choiceKey('match', 'match', ['any', 'all'], 'any', { kind: 'bad-match' }, (_, v) => v.actors.length > 0),
  filter: true,
};
const topicMatchKey: ViewKey<'topicMatch'> = {
  ...choiceKey('topicMatch', 'topicmatch', ['any', 'all'], 'any', { kind: 'bad-match' }, (_, v) => v.topics.length > 0),
  filter: true,
};
const displayKey = choiceKey('display', 'view', DISPLAYS, 'timeline', { kind: 'bad-display' }, () => true);
const densityKey = choiceKey('density', 'density', ['detailed', 'compact'], null, { kind: 'bad-density' }, () => true);

const embedKey: ViewKey<'embed'> = {
  key: 'embed',
  place: { in: 'query', name: 'embed' },
  default: false,
  // `/embed/` is the older spelling of `?embed=1`.
  read: ({ params, path }) => ({ value: params.get('embed') === '1' || /(^|\/)embed\/?$/.test(path) }),
  write: (embed) => (embed ? '1' : null),
};

const QUOTE_FRAGMENT = /^quote-(.+)$/;

const quoteKey: ViewKey<'quoteId'> = {
  key: 'quoteId',
  place: { in: 'hash' },
  default: null,
  read({ fragment }) {
    const m = QUOTE_FRAGMENT.exec(fragment);
    if (m?.[1] === undefined) return { value: null };
    return isSlugLike(m[1]) ? { value: m[1] as QuoteId } : { value: null, problem: { kind: 'bad-quote-id' } };
  },
  write: (id) => (id === null ? null : `quote-${id}`),
  resolve(id, { dataset, problem, notice }) {
    if (problem !== undefined) notice({ kind: 'malformed-link' });
    if (id === null || dataset.quoteById.has(id)) return id;
    notice({ kind: 'unknown-quote' });
    return null;
  },
};

/** Any row of the table. */
export type AnyViewKey = { readonly [K in keyof View]: ViewKey<K> }[keyof View];

/**
 * Every view key, in the order their query parameters are written. One row per piece of view
 * state: the codec, the store and every link read this list, so a key missing from it cannot
 * reach a URL, and one in it cannot be dropped by any of them.
 */
export const VIEW_KEYS: readonly AnyViewKey[] = [
  eventKey,
  displayKey,
  queryKey,
  actorsKey,
  matchKey,
  topicsKey,
  topicMatchKey,
  densityKey,
  embedKey,
  quoteKey,
];

/** The view of the bare home page. */
export const DEFAULT_VIEW: View = viewFromKeys((k) => k.default);

/**
 * A view made row by row: `value` gives each key's value. NOTE: TypeScript cannot tie a row's key
 * to its value's type across a loop over the rows, so this one place asserts what each row's own
 * type (`ViewKey<K>`) guarantees.
 */
export function viewFromKeys(value: (k: AnyViewKey) => unknown): View {
  return Object.fromEntries(VIEW_KEYS.map((k) => [k.key, value(k)])) as unknown as View;
}

/** The view with every filter back at its default. */
export function withoutFilters(view: View): View {
  return viewFromKeys((k) => (k.filter === true ? k.default : view[k.key]));
}
