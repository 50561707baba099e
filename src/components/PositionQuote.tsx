import type { MouseEvent } from 'react';
import { formatShortDate } from '../domain/format.ts';
import type { StanceMark } from '../domain/positions.ts';
import { useEventById } from '../hooks/useEventAt.ts';
import { useActions, useParley } from '../hooks/useParley.ts';
import { SourceLinks } from './SourceLinks.tsx';
import { StanceShape } from './StanceMark.tsx';

/** A plain left click stays in the app; a modified click opens the link as the browser would. */
const isPlainClick = (e: MouseEvent) => e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;

/**
 * One mark's quote: the stance and its note (Parley's words), when, the speaker's words, a link to
 * the event in the timeline, and the sources.
 */
export function PositionQuote({ mark }: { readonly mark: StanceMark }) {
  const { quote } = mark;
  const event = useEventById(quote.eventId);
  const { setDisplay, goToEvent } = useActions();
  const href = useParley((s) =>
    quote.eventId === undefined
      ? null
      : s.actions.linkTo({ ...s.view, display: 'timeline', eventId: quote.eventId, quoteId: quote.id }),
  );
  return (
    <li className="position-quote">
      <p className="position-stance">
        <StanceShape stance={mark.stance} />
        <strong>{mark.stance}</strong>
        {mark.note !== undefined && <span className="position-note">: {mark.note}</span>}
        {mark.dateKey !== undefined && (
          <>
            {' · '}
            <time dateTime={mark.dateKey}>{formatShortDate(mark.dateKey)}</time>
          </>
        )}
      </p>
      <blockquote className="quote-text">
        <p>{quote.text}</p>
      </blockquote>
      {href !== null && quote.eventId !== undefined && (
        <p className="position-event">
          <a
            href={href}
            onClick={(e) => {
              if (!isPlainClick(e) || quote.eventId === undefined) return;
              e.preventDefault();
              setDisplay('timeline');
              goToEvent(quote.eventId, quote.id);
            }}
          >
            {event === undefined ? 'Go to the event' : `Go to the event: ${event.title}`}
          </a>
        </p>
      )}
      <div className="position-sources">
        <h4>Sources</h4>
        <SourceLinks sourceIds={quote.sourceIds} />
      </div>
    </li>
  );
}
