import { useId, type ReactNode } from 'react';
import { formatCount } from '../domain/format.ts';

interface Props {
  /** What the toggle chooses, as the reader sees it; it is the whole accessible name. */
  readonly children: ReactNode;
  readonly eventCount: number;
  readonly pressed: boolean;
  readonly onToggle: () => void;
}

/**
 * One choice in a filter (an actor, a topic). The accessible name is exactly what it chooses; the
 * event count is shown but hidden from the name and exposed as the description instead, so
 * "Vladimir Putin" is not announced as "Vladimir Putin 9".
 */
export function FilterToggle({ children, eventCount, pressed, onToggle }: Props) {
  const countId = useId();
  return (
    <button
      type="button"
      className="filter-toggle"
      aria-pressed={pressed}
      aria-describedby={countId}
      onClick={onToggle}
    >
      {/* NOTE: a real element, not CSS ::before content, which browsers would add to the name. */}
      <span className="filter-toggle-mark" aria-hidden="true">
        {pressed ? '✓' : ''}
      </span>
      {children}
      <span className="filter-toggle-count" aria-hidden="true">
        {formatCount(eventCount)}
      </span>
      {/* One text node, so the description reads "2 events" and not "2events". */}
      <span id={countId} className="visually-hidden" aria-hidden="true">
        {`${formatCount(eventCount)} ${eventCount === 1 ? 'event' : 'events'}`}
      </span>
    </button>
  );
}
