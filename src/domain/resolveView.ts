/**
 * Checks a view read from a URL against the dataset, key by key (each key's `resolve` in the table of
 * view keys): follows redirects, drops unknown ids, and describes what was dropped in our own words
 * (never by echoing the URL), with the closest events for a missing one.
 */
import type { Dataset } from './dataset.ts';
import { filterEventIndices } from './filter.ts';
import { parseView, type UrlParts } from './urlCodec.ts';
import { viewFromKeys, type NotFound, type Notice, type ResolveContext, type UrlProblem, type View } from './view.ts';

export type { NotFound, Notice } from './view.ts';

export interface ResolvedView {
  readonly view: View;
  readonly notices: readonly Notice[];
  readonly notFound: NotFound | null;
}

/** The order notices are listed in, whichever key found them. */
const NOTICE_ORDER: readonly Notice['kind'][] = ['malformed-link', 'redirected', 'unknown-actors', 'unknown-quote'];

/** The view a URL asks for, limited to what the dataset holds. */
export function resolveView(dataset: Dataset, wanted: View, problems: readonly UrlProblem[]): ResolvedView {
  const notices = new Map<Notice['kind'], Notice>();
  let notFound: NotFound | null = null;
  const view = viewFromKeys((k) => {
    const problem = problems.find((p) => p.key === k.key);
    if (k.resolve === undefined) {
      if (problem !== undefined) notices.set('malformed-link', { kind: 'malformed-link' });
      return wanted[k.key];
    }
    const ctx: ResolveContext = {
      dataset,
      problem,
      notice: (n) => notices.set(n.kind, n),
      notFound: (answer) => (notFound = answer),
    };
    return (k.resolve as (value: unknown, ctx: ResolveContext) => unknown)(wanted[k.key], ctx);
  });
  const listed = NOTICE_ORDER.flatMap((kind) => notices.get(kind) ?? []);
  return { view, notices: listed, notFound };
}

/**
 * The last answer: the browser asks twice for the address it opens at, once for the events its first
 * screen needs and once to set the store, and an unknown event id is compared with every id there is.
 */
let last: { dataset: Dataset; address: string; resolved: ResolvedView } | null = null;

/** The view the page at `url` under `base` shows, limited to what `dataset` holds. */
export function viewAtUrl(dataset: Dataset, url: UrlParts, base: string): ResolvedView {
  const address = `${base} ${url.pathname}${url.search}${url.hash}`;
  if (last !== null && last.dataset === dataset && last.address === address) return last.resolved;
  const { view, problems } = parseView(url, base);
  const resolved = resolveView(dataset, view, problems);
  last = { dataset, address, resolved };
  return resolved;
}

/** Rows of events the first screen can show; a phone shows fewer, a tall screen a few more. */
const FIRST_SCREEN_ROWS = 30;

/**
 * Positions of the events that the view at `url` shows first: the first events that pass its
 * filters (or the first events), the selected event and those after it, the highlighted quote's
 * event and the suggestions of a not-found answer.
 */
export function firstScreenEvents(dataset: Dataset, url: UrlParts, base: string): number[] {
  const { view, notFound } = viewAtUrl(dataset, url, base);
  // A search is answered later, by an index loaded on demand: the first screen is prefetched without it.
  const visible = filterEventIndices(dataset, { ...view, search: null });
  const first =
    visible === null
      ? Array.from({ length: Math.min(FIRST_SCREEN_ROWS, dataset.count) }, (_, i) => i)
      : visible.slice(0, FIRST_SCREEN_ROWS);
  const quote = view.quoteId === null ? undefined : dataset.quoteById.get(view.quoteId);
  const named = [view.eventId, quote?.eventId, ...(notFound?.suggestions ?? [])];
  const at = named.flatMap((id) => (id === null || id === undefined ? [] : (dataset.eventIndex.get(id) ?? [])));
  // Each named event and the rows after it.
  return [...first, ...at.flatMap((i) => Array.from({ length: FIRST_SCREEN_ROWS }, (_, k) => i + k))];
}
