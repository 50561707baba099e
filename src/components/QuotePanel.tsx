import { useId } from 'react';
import type { Dataset } from '../domain/dataset.ts';
import type { QuoteView } from '../domain/quotes.ts';
import { useEventById } from '../hooks/useEventAt.ts';
import { useQuoteView } from '../hooks/useQuoteView.ts';
import { useActions, useParley } from '../hooks/useParley.ts';
import { selectDataset, selectSelectedQuoteId } from '../store/selectors.ts';
import { QuoteList } from './QuoteList.tsx';
import { formatCount } from '../domain/format.ts';

interface Props {
  /** Given when the panel is a sheet over the timeline (phones): adds a "Close quotes" button. */
  readonly onClose?: () => void;
}

const listFormat = new Intl.ListFormat('en', { type: 'conjunction' });

function headingFor(view: QuoteView, dataset: Dataset, eventTitle: string | undefined): string {
  if (view.kind === 'event') return `Quotes at ${eventTitle ?? 'this event'}`;
  if (view.kind === 'actors')
    return `Quotes by ${listFormat.format(view.actorIds.map((id) => dataset.actorById.get(id)?.name ?? id))}`;
  return 'All quotes';
}

/** One key per list of quotes the panel can show, so that each starts again at one page. */
function viewKey(view: QuoteView): string {
  if (view.kind === 'event') return `event:${view.eventId}`;
  return view.kind === 'actors' ? `actors:${view.actorIds.join(',')}` : 'all';
}

const EMPTY_TEXT: Record<QuoteView['kind'], string> = {
  event: 'No quotes are recorded for this event.',
  actors: 'No quotes are recorded for the chosen actors.',
  all: 'No quotes are recorded.',
};

/** The quotes for the selected event, else for the chosen actors, else all of them. */
export function QuotePanel({ onClose }: Props) {
  const view = useQuoteView();
  const dataset = useParley(selectDataset);
  const currentId = useParley(selectSelectedQuoteId);
  const { selectEvent } = useActions();
  const headingId = useId();
  const event = useEventById(view?.kind === 'event' ? view.eventId : undefined);
  if (view === null || dataset === null) return null;
  const n = view.quotes.length;
  return (
    <aside aria-label="Quotes" className="quote-panel">
      <div className="quote-panel-header">
        {/* Focusable by script: the phone sheet moves focus here when it opens. */}
        <h2 id={headingId} tabIndex={-1}>
          {headingFor(view, dataset, event?.title)}
        </h2>
        <p className="quote-count">
          {formatCount(n)} {n === 1 ? 'quote' : 'quotes'}
        </p>
        <div className="quote-panel-actions">
          {view.kind === 'event' && (
            <button type="button" className="button" onClick={() => selectEvent(null)}>
              Show all quotes
            </button>
          )}
          {onClose !== undefined && (
            <button type="button" className="button" onClick={onClose}>
              Close quotes
            </button>
          )}
        </div>
      </div>
      {n === 0 ? (
        <p className="quote-empty">{EMPTY_TEXT[view.kind]}</p>
      ) : (
        <QuoteList key={viewKey(view)} quotes={view.quotes} currentId={currentId} labelledBy={headingId} />
      )}
    </aside>
  );
}
