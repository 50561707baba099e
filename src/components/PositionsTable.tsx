import type { Dataset } from '../domain/dataset.ts';
import { formatCount } from '../domain/format.ts';
import { TOPIC_LABEL } from '../domain/labels.ts';
import type { PositionsTable as Table } from '../domain/positions.ts';
import { cellSubject } from '../domain/positionsView.ts';
import { ActorChip } from './ActorChip.tsx';
import { PositionsCell } from './PositionsCell.tsx';

interface Props {
  readonly dataset: Dataset;
  readonly table: Table;
  /** The span of every strip. */
  readonly span: readonly [number, number] | null;
  /** Whether the table shows a narrowed view (the caption says so). */
  readonly filtered: boolean;
  /** Opens a cell's quotes; absent in print, where a cell's count is plain text. */
  readonly onOpen?: (row: number, column: number, opener: HTMLButtonElement) => void;
}

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** The positions as a real table: topics as column headers, actors as row headers, a cell of marks each. */
export function PositionsTable({ dataset, table, span, filtered, onOpen }: Props) {
  return (
    <table className="positions-table">
      <caption>
        Stances of {plural(table.quoteCount, 'quote', 'quotes')} by {plural(table.rows.length, 'actor', 'actors')} on{' '}
        {plural(table.columns.length, 'topic', 'topics')}
        {filtered ? ' in the filtered view' : ''}, as Parley reads the quoted words
      </caption>
      <thead>
        <tr>
          <td className="positions-corner" />
          {table.columns.map((c) => (
            <th key={c.topic} scope="col">
              {TOPIC_LABEL[c.topic]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((r, row) => {
          const actor = dataset.actorById.get(r.actorId);
          return (
            <tr key={r.actorId}>
              <th scope="row">{actor === undefined ? r.actorId : <ActorChip actor={actor} />}</th>
              {r.cells.map((cell, column) => (
                <PositionsCell
                  key={cell.topic}
                  cell={cell}
                  topicLabel={TOPIC_LABEL[cell.topic]}
                  subject={cellSubject(dataset, r.actorId, table, column)}
                  span={span}
                  {...(onOpen === undefined ? {} : { onOpen: (button) => onOpen(row, column, button) })}
                />
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
