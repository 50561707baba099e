import { useRef, useState } from 'react';
import { cellSummary } from '../domain/positions.ts';
import { MAIN_TOPIC_COUNT, cellSubject, firstColumns } from '../domain/positionsView.ts';
import { usePositions } from '../hooks/usePositions.ts';
import { CellQuotes } from './CellQuotes.tsx';
import { PositionsIntro } from './PositionsIntro.tsx';
import { PositionsTable } from './PositionsTable.tsx';
import { StanceKey } from './StanceKey.tsx';
import '../styles/positions.css';

/**
 * Who stood where on each issue, over time (`?view=positions`): a table of the principal actors
 * (rows) by topic (columns), each cell the actor's stance marks on a time strip, opening onto the
 * quotes behind them. It follows the filters and the search.
 */
export function PositionsView() {
  const { dataset, table: whole, span, filtered, topicsChosen } = usePositions();
  const [allTopics, setAllTopics] = useState(false);
  const [open, setOpen] = useState<{ row: number; column: number } | null>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  if (dataset === null || whole === null) return null;
  // Chosen topics are all shown; else the main ones, until the reader asks for every topic.
  const cut = !topicsChosen && whole.columns.length > MAIN_TOPIC_COUNT;
  const table = cut && !allTopics ? firstColumns(whole, MAIN_TOPIC_COUNT) : whole;
  const openRow = open === null ? undefined : table.rows[open.row];
  const openCell = open === null ? undefined : openRow?.cells[open.column];
  const closed = () => {
    setOpen(null);
    opener.current?.focus();
  };
  return (
    <section className="positions" aria-labelledby="positions-heading">
      <h2 id="positions-heading">Positions: who stood where on each issue</h2>
      <PositionsIntro dataset={dataset} />
      <StanceKey />
      {table.markCount === 0 ? (
        <p className="positions-empty">No quote in this view carries a stance. Choose fewer filters to see more.</p>
      ) : (
        <div className="positions-frame">
          <PositionsTable
            dataset={dataset}
            table={table}
            span={span}
            filtered={filtered}
            onOpen={(row, column, button) => {
              opener.current = button;
              setOpen({ row, column });
            }}
          />
        </div>
      )}
      {cut && (
        <p className="positions-more">
          <button type="button" className="button" onClick={() => setAllTopics(!allTopics)}>
            {allTopics ? `Show the ${MAIN_TOPIC_COUNT} main topics` : `Show all ${whole.columns.length} topics`}
          </button>
        </p>
      )}
      {open !== null && openRow !== undefined && openCell !== undefined && (
        <CellQuotes
          cell={openCell}
          subject={cellSubject(dataset, openRow.actorId, table, open.column)}
          summary={cellSummary(dataset, openRow.actorId, openCell)}
          onClose={closed}
        />
      )}
    </section>
  );
}
