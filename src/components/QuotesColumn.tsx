import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useMediaQuery } from '../hooks/useMediaQuery';
import { selectSelectedEventId } from '../store/selectors';
import { selectEvent, useTimelineStore } from '../store/timelineStore';
import { QuotePanel } from './QuotePanel';

/** Matches the CSS breakpoint below which the Quotes panel is a sheet over the timeline. */
const SHEET_QUERY = '(max-width: 1099px)';

/** The Quotes panel: a column on wide screens, a sheet that opens with an event on narrow ones. */
export function QuotesColumn() {
  const selectedId = useTimelineStore(selectSelectedEventId);
  const isSheet = useMediaQuery(SHEET_QUERY);
  const open = isSheet && selectedId !== null;
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (open) ref.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [open, selectedId]);

  const close = () => {
    const id = selectedId;
    selectEvent(null);
    if (id !== null) requestAnimationFrame(() => document.getElementById(`event-${id}`)?.focus());
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape' && open) {
      e.stopPropagation();
      close();
    }
  };

  return (
    // Escape closes the sheet from anywhere inside it.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div ref={ref} className={`quotes-column${open ? ' is-open' : ''}`} onKeyDown={onKeyDown}>
      <QuotePanel {...(open ? { onClose: close } : {})} />
    </div>
  );
}
