/**
 * The answer to the view's search: which events and quotes match, once the search index has
 * answered; and the index itself, fetched and loaded the first time the reader searches (focuses
 * the box, types, or opens a `?q=` link), never before. The index's code (FlexSearch and
 * `domain/search.ts`) is a chunk of its own, fetched with the index, so the first screen carries
 * none of it.
 */
import type { Dataset } from '../domain/dataset.ts';
import type { QuoteId } from '../domain/schema.ts';
import type { PublishedSearch, SearchIndex } from '../domain/search.ts';
import type { ParleyState, ParleyStore, SetState } from './store.ts';
import type * as SearchCode from '../domain/search.ts';

export interface SearchHits {
  /** The query (the view's `q`) this answers; an answer to an older query is never applied. */
  readonly query: string;
  /**
   * The query this answer stands in for while that query's own answer is on its way: between two
   * keystrokes the list keeps the last matches instead of flashing back to every event.
   */
  readonly standsFor?: string;
  /** Sorted positions of the matching events. */
  readonly events: readonly number[];
  /** The matching quotes, best first. */
  readonly quotes: readonly QuoteId[];
  /** The words to highlight, as the index matched them. */
  readonly terms: readonly string[];
}

/** Where the search index is: not asked for yet, on its way, ready to answer, or failed (with why). */
export type SearchStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready' }
  | { readonly kind: 'error'; readonly message: string };

export const SEARCH_IDLE: SearchStatus = { kind: 'idle' };

export interface SearchSlice {
  readonly searchHits: SearchHits | null;
  /** Absent until the index is first asked for (the store starts without it): read it with `selectSearchStatus`. */
  readonly searchStatus?: SearchStatus;
  /** Where the index is; absent means `search.json` at the site's base, beside `dataset.json`. */
  readonly searchUrl?: string;
}

export interface SearchActions {
  /** Records the index's answer to a query. */
  searchAnswered(hits: SearchHits): void;
}

export function createSearchSlice(set: SetState) {
  const actions: SearchActions = {
    searchAnswered: (searchHits) => set({ searchHits }),
  };
  return { actions };
}

export const selectSearchStatus = (s: ParleyState): SearchStatus => s.searchStatus ?? SEARCH_IDLE;
export const selectQuery = (s: ParleyState): string => s.view.q;

/** The answer shown for the view's search: its own, or the last one while its own is on its way. */
export function selectShownHits(s: ParleyState): SearchHits | null {
  const { q } = s.view;
  const hits = s.searchHits;
  return q !== '' && hits !== null && (hits.query === q || hits.standsFor === q) ? hits : null;
}

/** The words to highlight: those of the answer shown, or none. */
const NO_TERMS: readonly string[] = [];
export const selectSearchTerms = (s: ParleyState): readonly string[] => selectShownHits(s)?.terms ?? NO_TERMS;

/** The answer to the view's search, once it is in (not while the last one stands in for it). */
export const selectAnswer = (s: ParleyState): SearchHits | null =>
  s.view.q !== '' && s.searchHits?.query === s.view.q ? s.searchHits : null;

/** Each store's index, by the dataset it was loaded for: one fetch per page however often it is asked. */
const loading = new WeakMap<ParleyStore, { dataset: Dataset; index: Promise<SearchIndex> }>();

/**
 * The search's code, fetched once: each `import()` goes through the bundler's preload helper, which
 * looks its files up in the page again (milliseconds a keystroke, at every answer).
 */
let searchCode: Promise<typeof SearchCode> | null = null;
const loadSearchCode = () =>
  (searchCode ??= import('../domain/search.ts').catch((err: unknown) => {
    // A failed fetch is tried again at the next search.
    searchCode = null;
    throw err;
  }));

async function fetchIndex(url: string, dataset: Dataset): Promise<SearchIndex> {
  const [search, res] = await Promise.all([loadSearchCode(), fetch(url)]);
  if (!res.ok) throw new Error(`the server answered ${res.status} ${res.statusText} for ${url}`);
  const published = (await res.json().catch(() => {
    throw new Error(`${url} is not valid JSON`);
  })) as PublishedSearch;
  // Marks for the benchmark: the index has arrived and been parsed, then loaded.
  performance.mark('parley:search-fetched');
  const index = search.loadSearch(published, dataset);
  performance.mark('parley:search-ready');
  return index;
}

/**
 * Starts loading the index if it is not loaded or on its way (cheap to call on every focus and
 * keystroke); resolves with it, or with null when there is no dataset yet or loading failed (the
 * failure is in `searchStatus`). A failed load is tried again at the next call.
 */
export function prepareSearch(store: ParleyStore): Promise<SearchIndex | null> {
  const { dataset, base, searchUrl } = store.getState();
  if (dataset === null) return Promise.resolve(null);
  let entry = loading.get(store);
  if (entry === undefined || entry.dataset !== dataset) {
    store.setState({ searchStatus: { kind: 'loading' } });
    const index = fetchIndex(searchUrl ?? `${base}search.json`, dataset);
    entry = { dataset, index };
    loading.set(store, entry);
    const mine = entry;
    index.then(
      () => store.setState({ searchStatus: { kind: 'ready' } }),
      (err: unknown) => {
        if (loading.get(store) === mine) loading.delete(store);
        store.setState({
          searchStatus: { kind: 'error', message: err instanceof Error ? err.message : String(err) },
        });
      },
    );
  }
  return entry.index.catch(() => null);
}

/**
 * What stands for the answer to a new query until it is in: the last answer, for a query that
 * follows another; nothing once the search is cleared (a later query must not show an old one's
 * matches) or for another dataset (its positions name other events).
 */
function standIn(s: ParleyState, prev: ParleyState): SearchHits | null {
  const hits = s.searchHits;
  if (hits === null || s.view.q === '' || s.dataset !== prev.dataset) return null;
  return hits.query === s.view.q ? hits : { ...hits, standsFor: s.view.q };
}

/**
 * Answers the view's search whenever it or the dataset changes: loads the index the first time a
 * query needs it (so a `?q=` link loads it once the dataset is here), and records each answer
 * against the query it answers, so a slow answer to an older query is never shown. Returns a
 * function that stops it.
 */
export function startSearchSync(store: ParleyStore): () => void {
  let asked = '';
  const answer = async () => {
    const { view, dataset, searchHits } = store.getState();
    const q = view.q;
    if (q === '' || dataset === null || (searchHits?.query === q && asked === q)) return;
    asked = q;
    const index = await prepareSearch(store);
    if (index === null || store.getState().view.q !== q || index.dataset !== store.getState().dataset) return;
    const { search } = await loadSearchCode();
    const hits = search(index, q);
    store.getState().actions.searchAnswered({ query: q, ...hits });
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.view.q === prev.view.q && s.dataset === prev.dataset) return;
    const hits = standIn(s, prev);
    if (hits !== s.searchHits) store.setState({ searchHits: hits });
    void answer();
  });
  void answer();
  return unsubscribe;
}
