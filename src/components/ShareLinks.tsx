import { useId, useState } from 'react';
import { NO_FILTERS, type Filters } from '../domain/filter';
import { DEFAULT_URL_STATE, formatUrlState } from '../domain/urlState';
import type { EventId, QuoteId } from '../domain/schema';
import { selectFilters } from '../store/selectors';
import { useTimelineStore } from '../store/timelineStore';
import { useIsServerRender } from '../hooks/useIsServerRender';

interface Props {
  eventId: EventId;
  quoteId?: QuoteId;
  /** What is being shared, for the buttons' accessible names, e.g. the event title. */
  what: string;
}

type CopyState = 'idle' | 'copied' | 'manual';

/** The absolute link that opens exactly this event (and quote), under the filters the reader has on. */
export function shareUrl(eventId: EventId, quoteId: QuoteId | null, filters: Filters = NO_FILTERS): string {
  const path = formatUrlState({ ...DEFAULT_URL_STATE, eventId, quoteId, actors: filters.actors, match: filters.match }, import.meta.env.BASE_URL);
  return new URL(path, window.location.origin).href;
}

/** "Copy link" (with a select-and-copy fallback when the clipboard is refused) and, where available, "Share". */
export function ShareLinks({ eventId, quoteId, what }: Props) {
  const [state, setState] = useState<CopyState>('idle');
  const inputId = useId();
  // The link reproduces the view it was copied from, filters included (issue 4: "the same view").
  const filters = useTimelineStore(selectFilters);
  const url = shareUrl(eventId, quoteId ?? null, filters);
  // Checked only in the browser, after hydration: the prerendered page cannot know.
  const canShare = !useIsServerRender() && typeof navigator.share === 'function';

  const copy = async () => {
    try {
      if (navigator.clipboard === undefined) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      setState('manual');
    }
  };
  const share = () => navigator.share({ title: what, url }).catch(() => undefined);

  return (
    <span className="share-links">
      <button type="button" className="button" onClick={() => void copy()} aria-label={`Copy link to ${what}`}>
        Copy link
      </button>
      {canShare && (
        <button type="button" className="button" onClick={() => void share()} aria-label={`Share ${what}`}>
          Share
        </button>
      )}
      <span role="status" className="copy-status">
        {state === 'copied' && 'Link copied'}
      </span>
      {state === 'manual' && (
        <span className="copy-fallback">
          <label htmlFor={inputId}>Copy this link:</label>{' '}
          <input id={inputId} readOnly value={url} onFocus={(e) => e.currentTarget.select()} size={Math.min(40, url.length)} />
        </span>
      )}
    </span>
  );
}
