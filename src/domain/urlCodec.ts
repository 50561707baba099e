/**
 * The URL <-> view codec, driven by the table of view keys (`view.ts`). One view has one URL:
 *   {base}events/{event-id}/?actors=a,b&match=all&density=compact&embed=1#quote-{quote-id}
 * Defaults are left out, actors are sorted, and every value is matched against a strict pattern;
 * anything else is dropped and reported, never echoed back as markup or used as a link.
 */
import { safeDecode, VIEW_KEYS, viewFromKeys, type UrlPieces, type UrlProblem, type View } from './view.ts';

export interface UrlParts {
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}

function piecesOf(url: UrlParts, base: string): UrlPieces {
  const path = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname.replace(/^\/+/, '');
  return {
    path,
    params: new URLSearchParams(url.search),
    fragment: safeDecode(url.hash.replace(/^#/, '')) ?? '',
  };
}

/** Reads a view from a URL under `base`; never throws, whatever the input. */
export function parseView(url: UrlParts, base = '/'): { view: View; problems: UrlProblem[] } {
  const pieces = piecesOf(url, base);
  const problems: UrlProblem[] = [];
  const view = viewFromKeys((k) => {
    const { value, problem } = k.read(pieces);
    if (problem !== undefined) problems.push({ ...problem, key: k.key });
    return value;
  });
  return { view, problems };
}

/** Writes a view as a URL (path, query and fragment) under `base`. */
export function formatView(view: View, base = '/'): string {
  let path = '';
  let hash = '';
  const params: string[] = [];
  for (const k of VIEW_KEYS) {
    // Each row is written with its own value: the union of rows loses the link between key and type.
    const text = (k.write as (value: unknown, view: View) => string | null)(view[k.key], view);
    if (text === null) continue;
    if (k.place.in === 'path') path = text;
    else if (k.place.in === 'hash') hash = `#${text}`;
    else params.push(`${k.place.name}=${text}`);
  }
  return `${base}${path}${params.length > 0 ? `?${params.join('&')}` : ''}${hash}`;
}
