import { useId } from 'react';
import type { Dataset } from '../domain/dataset.ts';
import { isFiltering } from '../domain/filter.ts';
import { quoteCountText, type QuoteView } from '../domain/quotes.ts';
import { filterWords } from '../domain/viewText.ts';
import type { ActorId } from '../domain/schema.ts';
import { useEventById } from '../hooks/useEventAt.ts';
import { useQuoteView } from '../hooks/useQuoteView.ts';
import { useActions, useParley } from '../hooks/useParley.ts';
import { selectDataset, selectFilters, selectSelectedQuoteId } from '../store/selectors.ts';
import { HiddenEventNotice } from './HiddenEventNotice.tsx';
import { QuoteList } from './QuoteList.tsx';

interface Props {
  /** Given when the panel is a sheet over the timeline (phones): adds a "Close quotes" button. */
  readonly onClose?: () => void;
}

const and = new Intl.ListFormat('en', { type: 'conjunction' });

const namesOf = (dataset: Dataset) => (ids: readonly ActorId[]) =>
  ids.map((id) => dataset.actorById.get(id)?.name ?? id);

function headingFor(view: QuoteView, dataset: Dataset, eventTitle: string | undefined): string {
  if (view.kind === 'event') return `Quotes at ${eventTitle ?? 'this event'}`;
  const query = view.query ?? '';
  if (view.kind === 'all') return query === '' ? 'All quotes' : `Quotes matching “${query}”`;
  const words = filterWords({
    actorNames: namesOf(dataset)(view.actorIds),
    match: view.match,
    topics: view.topics,
    topicMatch: view.topicMatch,
    query,
  });
  return `Quotes from events ${words}`;
}

/** One key per list of quotes the panel can show, so that each starts again at one page. */
function viewKey(view: QuoteView): string {
  if (view.kind === 'event') return `event:${view.eventId}`;
  const query = `q:${view.query ?? ''}`;
  if (view.kind === 'all') return `all:${query}`;
  return `filtered:${view.match}:${view.actorIds.join(',')}:${view.topicMatch}:${view.topics.join(',')}:${query}`;
}

function emptyText(view: QuoteView): string {
  if (view.kind === 'event') return 'No quotes are recorded for this event.';
  if (view.query !== undefined) return 'No quotes match the search with these filters.';
  return view.kind === 'filtered'
    ? 'No quotes are recorded at the events these filters show.'
    : 'No quotes are recorded.';
}

/** The quotes for the selected event, else for the events the filters show, else all of them. */
export function QuotePanel({ onClose }: Props) {
  const view = useQuoteView();
  const dataset = useParley(selectDataset);
  const currentId = useParley(selectSelectedQuoteId);
  // Any filter or a search, not only actors: "Show all quotes" would be untrue with a topic chosen.
  const filtered = isFiltering(useParley(selectFilters));
  const { selectEvent } = useActions();
  const headingId = useId();
  const event = useEventById(view?.kind === 'event' ? view.eventId : undefined);
  if (view === null || dataset === null) return null;
  const n = view.quotes.length;
  const names = (ids: readonly ActorId[]) => and.format(namesOf(dataset)(ids));
  return (
    <aside aria-label="Quotes" className="quote-panel">
      <div className="quote-panel-header">
        {/* Focusable by script: the phone sheet moves focus here when it opens. */}
        <h2 id={headingId} tabIndex={-1}>
          {headingFor(view, dataset, event?.title)}
        </h2>
        <p className="quote-count">{quoteCountText(view, names)}</p>
        <div className="quote-panel-actions">
          {view.kind === 'event' && (
            <button type="button" className="button" onClick={() => selectEvent(null)}>
              {filtered ? 'Show the filtered quotes' : 'Show all quotes'}
            </button>
          )}
          {onClose !== undefined && (
            <button type="button" className="button" onClick={onClose}>
              Close quotes
            </button>
          )}
        </div>
      </div>
      {view.kind === 'event' && view.hidden && <HiddenEventNotice placement="panel" />}
      {n === 0 ? (
        <p className="quote-empty">{emptyText(view)}</p>
      ) : (
        <QuoteList key={viewKey(view)} quotes={view.quotes} currentId={currentId} labelledBy={headingId} />
      )}
    </aside>
  );
}
