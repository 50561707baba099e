import { useMemo } from 'react';
import { quotesForView, type QuoteView } from '../domain/quotes';
import { selectDataset, selectFilters, selectSelectedEventId } from '../store/selectors';
import { useTimelineStore } from '../store/timelineStore';

/** The quotes the Quotes panel shows, derived from the selection and the filters. */
export function useQuoteView(): QuoteView | null {
  const dataset = useTimelineStore(selectDataset);
  const filters = useTimelineStore(selectFilters);
  const eventId = useTimelineStore(selectSelectedEventId);
  return useMemo(() => (dataset === null ? null : quotesForView(dataset, eventId, filters)), [dataset, filters, eventId]);
}
