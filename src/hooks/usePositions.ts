import { useDeferredValue, useMemo } from 'react';
import { isFiltering } from '../domain/filter.ts';
import { positionsTable } from '../domain/positions.ts';
import { positionsOptions, quotesInView, stripSpan } from '../domain/positionsView.ts';
import type { QuoteId } from '../domain/schema.ts';
import { selectShownHits } from '../store/searchSlice.ts';
import { selectDataset, selectFilters } from '../store/selectors.ts';
import type { ParleyState } from '../store/store.ts';
import { useParley } from './useParley.ts';

/** The quotes the view's search matched, or null when no search applies (a reference the store keeps). */
const selectSearchQuotes = (s: ParleyState): readonly QuoteId[] | null => selectShownHits(s)?.quotes ?? null;

/**
 * The positions table of the view: drawn from its quotes (filters and search applied), with the
 * chosen actors and topics as its rows and columns. Deferred, as the Quotes panel is: a filter
 * paints its count first.
 */
export function usePositions() {
  const dataset = useParley(selectDataset);
  const filters = useDeferredValue(useParley(selectFilters));
  const searchQuotes = useDeferredValue(useParley(selectSearchQuotes));
  const table = useMemo(
    () =>
      dataset === null
        ? null
        : positionsTable(dataset, quotesInView(dataset, filters, searchQuotes), positionsOptions(filters)),
    [dataset, filters, searchQuotes],
  );
  const span = useMemo(() => (dataset === null ? null : stripSpan(dataset)), [dataset]);
  return { dataset, table, span, filtered: isFiltering(filters), topicsChosen: filters.topics.length > 0 };
}
