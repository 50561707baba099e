import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useMediaQuery } from '../hooks/useMediaQuery.ts';
import { useActions, useParley } from '../hooks/useParley.ts';
import { selectSelectedEventId, selectSheetOpen } from '../store/selectors.ts';
import { QuotePanel } from './QuotePanel.tsx';
import { SHEET_QUERY } from '../hooks/mediaQueries.ts';

/** The Quotes panel: a column on wide screens, a sheet that opens with an event on narrow ones. */
export function QuotesColumn() {
  const selectedId = useParley(selectSelectedEventId);
  const sheetOpen = useParley(selectSheetOpen);
  const { closeQuotes } = useActions();
  const isSheet = useMediaQuery(SHEET_QUERY);
  const open = isSheet && sheetOpen;
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (open) ref.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [open, selectedId]);

  const close = () => {
    closeQuotes();
    if (selectedId !== null) requestAnimationFrame(() => document.getElementById(`event-${selectedId}`)?.focus());
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
