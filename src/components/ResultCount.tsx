import { formatCount } from '../domain/format.ts';
import { useVisibleEvents } from '../hooks/useVisibleEvents.ts';

/** "5 of 14 events", announced politely whenever the filters change it. */
export function ResultCount({ className }: { readonly className?: string }) {
  const { visibleCount, totalCount } = useVisibleEvents();
  return (
    // NOTE: not <output>: its implicit live region is not announced by every screen reader.
    <p role="status" className={className === undefined ? 'result-count' : `result-count ${className}`}>
      {formatCount(visibleCount)} of {formatCount(totalCount)} {totalCount === 1 ? 'event' : 'events'}
    </p>
  );
}
