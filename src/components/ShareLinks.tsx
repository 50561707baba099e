import { useId, useState } from 'react';
import type { EventId, QuoteId } from '../domain/schema.ts';
import { useActions } from '../hooks/useParley.ts';
import { useIsServerRender } from '../hooks/useIsServerRender.ts';

interface Props {
  eventId: EventId;
  quoteId?: QuoteId;
  /** What is being shared, for the buttons' accessible names, e.g. the event title. */
  what: string;
}

type CopyState = { readonly kind: 'idle' | 'copied' } | { readonly kind: 'manual'; readonly url: string };

/** "Copy link" (with a select-and-copy fallback when the clipboard is refused) and, where available, "Share". */
export function ShareLinks({ eventId, quoteId, what }: Props) {
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const inputId = useId();
  const { shareLink } = useActions();
  // The link reproduces the view it is copied from, filters included, read when it is copied: a
  // subscription to the filters would redraw every card's buttons on each filter change.
  const currentUrl = () => shareLink(eventId, quoteId ?? null);
  // Checked only in the browser, after hydration: the prerendered page cannot know.
  const canShare = !useIsServerRender() && typeof navigator.share === 'function';

  const copy = async () => {
    const url = currentUrl();
    try {
      if (navigator.clipboard === undefined) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'manual', url });
    }
  };
  const share = () => navigator.share({ title: what, url: currentUrl() }).catch(() => undefined);

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
        {state.kind === 'copied' && 'Link copied'}
      </span>
      {state.kind === 'manual' && (
        <span className="copy-fallback">
          <label htmlFor={inputId}>Copy this link:</label>{' '}
          <input
            id={inputId}
            readOnly
            value={state.url}
            onFocus={(e) => e.currentTarget.select()}
            size={Math.min(40, state.url.length)}
          />
        </span>
      )}
    </span>
  );
}
