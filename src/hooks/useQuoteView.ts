import { useDeferredValue, useMemo } from 'react';
import { quotesForView, type QuoteView } from '../domain/quotes.ts';
import { selectShownHits } from '../store/searchSlice.ts';
import { selectDataset, selectFilters, selectSelectedEventId } from '../store/selectors.ts';
import { useParley } from './useParley.ts';

/**
 * The quotes the Quotes panel shows, derived from the selection and the filters. Deferred: the
 * timeline paints a new filter or selection first, and the panel follows in the next render
 * (at 100,000 events, redrawing the panel in the same frame took a third of a filter's time).
 * With a search answered and no event selected, the panel shows the quotes the search matched.
 */
export function useQuoteView(): QuoteView | null {
  const dataset = useParley(selectDataset);
  const filters = useDeferredValue(useParley(selectFilters));
  const eventId = useDeferredValue(useParley(selectSelectedEventId));
  const hits = useDeferredValue(useParley(selectShownHits));
  return useMemo(
    () => (dataset === null ? null : quotesForView(dataset, eventId, filters, hits)),
    [dataset, filters, eventId, hits],
  );
}
