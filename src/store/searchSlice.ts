/** The answer to the view's search: which events and quotes match, once the search index has answered. */
import type { QuoteId } from '../domain/schema.ts';
import type { SetState } from './store.ts';

export interface SearchHits {
  /** The query (the view's `q`) this answers; an answer to an older query is never applied. */
  readonly query: string;
  /** Sorted positions of the matching events. */
  readonly events: readonly number[];
  /** The matching quotes, best first. */
  readonly quotes: readonly QuoteId[];
  /** The words to highlight, as the index matched them. */
  readonly terms: readonly string[];
}

export interface SearchSlice {
  readonly searchHits: SearchHits | null;
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
