import { useMemo } from 'react';
import { formatCount, formatShortDate } from '../domain/format.ts';
import type { PositionsCell as Cell, StanceMark } from '../domain/positions.ts';
import { stripOffsets } from '../domain/positionsView.ts';
import { StanceShape } from './StanceMark.tsx';

interface Props {
  readonly cell: Cell;
  /** The column's topic, shown in the cell where the table is laid out as blocks (phones). */
  readonly topicLabel: string;
  /** Who and what, in words: "Donald Trump on sanctions". */
  readonly subject: string;
  /** The span of every strip, so that marks line up by date across cells. */
  readonly span: readonly [number, number] | null;
  /** Opens the cell's quotes, given the button to take the focus back to; absent in print. */
  readonly onOpen?: (opener: HTMLButtonElement) => void;
}

/** "opposes, 17 Aug 2025": a mark in words. */
const markText = (m: StanceMark) =>
  `${m.stance}, ${m.dateKey === undefined ? 'date not known' : formatShortDate(m.dateKey)}`;

/**
 * The stances in order, a repeated one told once: "conditional → opposes"; past three, the first
 * and the last ("supports → … → describes"), the marks and the quotes telling the rest.
 */
function runs(marks: readonly StanceMark[]): string {
  const words: string[] = [];
  for (const m of marks) if (words.at(-1) !== m.stance) words.push(m.stance);
  return words.length > 3 ? `${words[0] ?? ''} → … → ${words.at(-1) ?? ''}` : words.join(' → ');
}

/**
 * One actor on one topic: their stance marks on a time strip (the dataset's span, React draws the
 * marks where the domain puts them), the stances in order in words, and a button that opens the
 * quotes behind the marks.
 */
export function PositionsCell({ cell, topicLabel, subject, span, onOpen }: Props) {
  const dated = useMemo(() => cell.marks.filter((m) => m.dateMs !== undefined), [cell.marks]);
  const offsets = useMemo(
    () =>
      span === null
        ? []
        : stripOffsets(
            span,
            dated.map((m) => m.dateMs ?? 0),
          ),
    [span, dated],
  );
  if (cell.count === 0)
    return (
      <td className="positions-cell is-empty">
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">No stance marked</span>
      </td>
    );
  const count = cell.count === 1 ? '1 quote' : `${formatCount(cell.count)} quotes`;
  const undated = cell.marks.filter((m) => m.dateMs === undefined);
  return (
    <td className="positions-cell">
      {/* Shown only where the table is laid out as one block per actor; the column says it elsewhere. */}
      <span className="positions-cell-topic" aria-hidden="true">
        {topicLabel}
      </span>
      <ol className="stance-strip" aria-label={`${subject}, in time order`}>
        {dated.map((m, k) => (
          <li key={`${m.quote.id}`} className="stance-mark" style={{ insetInlineStart: `${offsets[k] ?? 0}%` }}>
            <StanceShape stance={m.stance} />
            <span className="visually-hidden">{markText(m)}</span>
          </li>
        ))}
        {undated.map((m) => (
          <li key={`${m.quote.id}`} className="visually-hidden">
            {markText(m)}
          </li>
        ))}
      </ol>
      <p className="stance-runs" aria-hidden="true">
        {runs(cell.marks)}
        {/* A quote tied to no event has no date to place it by: said, not drawn. */}
        {undated.length > 0 && <span className="stance-undated">{` (${formatCount(undated.length)} undated)`}</span>}
      </p>
      {onOpen === undefined ? (
        <p className="positions-count">{count}</p>
      ) : (
        <button
          type="button"
          className="link-button positions-open"
          aria-label={`${count} by ${subject}`}
          onClick={(e) => onOpen(e.currentTarget)}
        >
          {count}
        </button>
      )}
    </td>
  );
}
