import { memo, useState } from 'react';
import type { Quote, QuoteId } from '../domain/schema.ts';
import { QuoteFigure } from './QuoteFigure.tsx';
import { formatCount } from '../domain/format.ts';

/** Quotes shown at first, and added by each "Show more quotes": a long list costs its DOM up front otherwise. */
export const QUOTE_PAGE = 10;

interface Props {
  readonly quotes: readonly Quote[];
  readonly currentId: QuoteId | null;
  readonly labelledBy: string;
}

/** How many quotes to show: a page, or enough to include the highlighted quote. */
function initialLimit(quotes: readonly Quote[], currentId: QuoteId | null): number {
  const at = currentId === null ? -1 : quotes.findIndex((q) => q.id === currentId);
  return Math.max(QUOTE_PAGE, at + 1);
}

/**
 * The quotes of one view, a page at a time. Mount it with a key per view so that a new view
 * starts again at one page.
 */
export const QuoteList = memo(function QuoteList({ quotes, currentId, labelledBy }: Props) {
  const [limit, setLimit] = useState(() => initialLimit(quotes, currentId));
  const shown = Math.min(limit, quotes.length);
  const more = Math.min(QUOTE_PAGE, quotes.length - shown);
  return (
    <>
      <ol className="quote-list" aria-labelledby={labelledBy}>
        {quotes.slice(0, shown).map((q) => (
          <li key={q.id}>
            <QuoteFigure quote={q} current={q.id === currentId} />
          </li>
        ))}
      </ol>
      {more > 0 && (
        <div className="quote-more">
          <p>
            Showing {formatCount(shown)} of {formatCount(quotes.length)}
          </p>
          <button type="button" className="button" onClick={() => setLimit(shown + QUOTE_PAGE)}>
            Show {formatCount(more)} more {more === 1 ? 'quote' : 'quotes'}
          </button>
        </div>
      )}
    </>
  );
});
