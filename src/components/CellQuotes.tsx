import { useId } from 'react';
import { useModalDialog } from '../hooks/useModalDialog.ts';
import type { PositionsCell } from '../domain/positions.ts';
import { PositionQuote } from './PositionQuote.tsx';

interface Props {
  readonly cell: PositionsCell;
  /** "Donald Trump on sanctions". */
  readonly subject: string;
  /** The cell in one line: "Donald Trump on sanctions: conditional (14 Jul 2025) → opposes (22 Oct 2025)". */
  readonly summary: string;
  /** Called when the dialog has closed (Escape or its Close button). */
  readonly onClose: () => void;
}

/**
 * A cell's quotes in the order they were said, in a modal dialog mounted only while open: each
 * with its stance, note, date, words, event and sources, so every mark leads to the words.
 */
export function CellQuotes({ cell, subject, summary, onClose }: Props) {
  const { ref, close, onKeyDown } = useModalDialog('.cell-quotes-close', onClose);
  const headingId = useId();
  const summaryId = useId();

  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- a modal dialog takes Escape, as the browser's own would
    <dialog
      ref={ref}
      className="cell-quotes"
      aria-labelledby={headingId}
      aria-describedby={summaryId}
      onClose={onClose}
      onKeyDown={onKeyDown}
    >
      <div className="cell-quotes-head">
        <h2 id={headingId}>{subject}</h2>
        <button type="button" className="button cell-quotes-close" onClick={close}>
          Close
        </button>
      </div>
      <p id={summaryId} className="cell-quotes-summary">
        {summary}
      </p>
      <p className="cell-quotes-note">The stances are Parley’s reading of the quoted words.</p>
      <ol className="cell-quotes-list">
        {cell.marks.map((m) => (
          <PositionQuote key={m.quote.id} mark={m} />
        ))}
      </ol>
    </dialog>
  );
}
