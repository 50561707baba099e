import { useMemo } from 'react';
import { formatCount } from '../domain/format.ts';
import { quotesMatching } from '../domain/quotes.ts';
import { useSearch } from '../hooks/useSearch.ts';
import { useVisibleEvents } from '../hooks/useVisibleEvents.ts';
import { useParley } from '../hooks/useParley.ts';
import { selectAnswer, selectQuery, selectSearchStatus } from '../store/searchSlice.ts';
import { selectDataset, selectFilters } from '../store/selectors.ts';

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

/**
 * "5 of 14 events"; with a search, "7 events and 12 quotes match “sanctions”" (the quotes the
 * Quotes panel shows), or "Searching…" until the index has answered. Announced politely whenever
 * it changes. Mounted wherever the count is shown, it also keeps the search answered (`useSearch`),
 * so that a `?q=` link is answered even in an embed, which has no search box.
 */
export function ResultCount({ className }: { readonly className?: string }) {
  useSearch();
  const { visibleCount, totalCount } = useVisibleEvents();
  const q = useParley(selectQuery);
  const answer = useParley(selectAnswer);
  const status = useParley(selectSearchStatus);
  const dataset = useParley(selectDataset);
  const filters = useParley(selectFilters);
  const quoteCount = useMemo(
    () => (answer === null || dataset === null ? 0 : quotesMatching(dataset, answer.quotes, filters).length),
    [answer, dataset, filters],
  );
  let text: string;
  if (q === '') text = `${formatCount(visibleCount)} of ${plural(totalCount, 'event', 'events')}`;
  else if (answer !== null) {
    const events = plural(visibleCount, 'event', 'events');
    const verb = visibleCount + quoteCount === 1 ? 'matches' : 'match';
    text = `${events} and ${plural(quoteCount, 'quote', 'quotes')} ${verb} “${q}”`;
  } else if (status.kind === 'error') text = `The search could not be loaded: ${status.message}`;
  else text = 'Searching…';
  return (
    // NOTE: not <output>: its implicit live region is not announced by every screen reader.
    <p role="status" className={className === undefined ? 'result-count' : `result-count ${className}`}>
      {text}
    </p>
  );
}
