/**
 * The URL <-> view codec. One view has one URL:
 *   {base}events/{event-id}/?actors=a,b&match=all#quote-{quote-id}
 * Defaults are omitted, actors are sorted, and every value is matched against a strict pattern;
 * anything else is dropped and reported, never echoed back as markup or used as a link.
 */
import type { MatchMode } from './filter.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const EVENT_ID = /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID = 100;
const MAX_ACTORS = 50;

/** The view a URL describes, before its ids are checked against the dataset. */
export interface UrlState {
  readonly eventId: string | null;
  readonly quoteId: string | null;
  readonly actors: readonly string[];
  readonly match: MatchMode;
  readonly embed: boolean;
}

export type UrlProblem =
  | { readonly kind: 'bad-path' }
  | { readonly kind: 'bad-event-id' }
  | { readonly kind: 'bad-actor-ids'; readonly count: number }
  | { readonly kind: 'bad-match' }
  | { readonly kind: 'bad-quote-id' };

export const DEFAULT_URL_STATE: UrlState = { eventId: null, quoteId: null, actors: [], match: 'any', embed: false };

export interface UrlParts {
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}

const isId = (pattern: RegExp) => (s: string) => s.length <= MAX_ID && pattern.test(s);
export const isEventIdLike = isId(EVENT_ID);
export const isSlugLike = isId(SLUG);

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

function parsePath(pathname: string, base: string, problems: UrlProblem[]): string | null {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\/+/, '');
  if (rest === '' || rest === 'index.html' || rest === 'embed/' || rest === 'embed') return null;
  const m = /^events\/([^/]*)\/?$/.exec(rest);
  const id = m?.[1] === undefined ? null : safeDecode(m[1]);
  if (m === null) problems.push({ kind: 'bad-path' });
  else if (id === null || !isEventIdLike(id)) problems.push({ kind: 'bad-event-id' });
  else return id;
  return null;
}

function parseActors(raw: string | null, problems: UrlProblem[]): string[] {
  if (raw === null || raw === '') return [];
  // Empty entries (`actors=a,,b`, `actors=,`) name no actor, so they are neither kept nor reported.
  const parts = raw
    .split(',')
    .filter((p) => p !== '')
    .slice(0, MAX_ACTORS);
  const good = [...new Set(parts.filter(isSlugLike))].sort();
  const bad = parts.length - parts.filter(isSlugLike).length;
  if (bad > 0) problems.push({ kind: 'bad-actor-ids', count: bad });
  return good;
}

/** Reads a view from a URL; never throws, whatever the input. */
export function parseUrlState(url: UrlParts, base = '/'): { state: UrlState; problems: UrlProblem[] } {
  const problems: UrlProblem[] = [];
  const eventId = parsePath(url.pathname, base, problems);
  const params = new URLSearchParams(url.search);
  const actors = parseActors(params.get('actors'), problems);
  const rawMatch = params.get('match');
  if (rawMatch !== null && rawMatch !== 'any' && rawMatch !== 'all') problems.push({ kind: 'bad-match' });
  const match: MatchMode = rawMatch === 'all' ? 'all' : 'any';
  const hash = safeDecode(url.hash.replace(/^#/, '')) ?? '';
  const quoteMatch = /^quote-(.+)$/.exec(hash);
  const quoteId = quoteMatch?.[1] !== undefined && isSlugLike(quoteMatch[1]) ? quoteMatch[1] : null;
  if (hash !== '' && quoteId === null && hash.startsWith('quote-')) problems.push({ kind: 'bad-quote-id' });
  const embed = params.get('embed') === '1' || /(^|\/)embed\/?$/.test(url.pathname);
  return { state: { eventId, quoteId, actors, match, embed }, problems };
}

/** Writes a view as a URL (path, query and hash) under `base`. */
export function formatUrlState(state: UrlState, base = '/'): string {
  const path = state.eventId === null ? base : `${base}events/${state.eventId}/`;
  const params: string[] = [];
  if (state.actors.length > 0) params.push(`actors=${[...new Set(state.actors)].sort().join(',')}`);
  if (state.match === 'all' && state.actors.length > 0) params.push('match=all');
  if (state.embed) params.push('embed=1');
  const search = params.length > 0 ? `?${params.join('&')}` : '';
  const hash = state.quoteId === null ? '' : `#quote-${state.quoteId}`;
  return `${path}${search}${hash}`;
}
