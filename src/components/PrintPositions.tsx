import { usePositions } from '../hooks/usePositions.ts';
import { useParley } from '../hooks/useParley.ts';
import { usePrintLink, useViewText } from '../hooks/useViewText.ts';
import { useVisibleEvents } from '../hooks/useVisibleEvents.ts';
import { selectTimeline } from '../store/selectors.ts';
import { MAIN_TOPIC_COUNT, sliceColumns } from '../domain/positionsView.ts';
import { PositionsIntro } from './PositionsIntro.tsx';
import { PositionsTable } from './PositionsTable.tsx';
import { StanceKey } from './StanceKey.tsx';
import '../styles/positions.css';

/**
 * The positions view on paper: the title, what the view holds and its address, then the key and
 * the table, each cell's stances in words beside its marks. Mounted only while printing.
 */
export function PrintPositions() {
  const { dataset, table, span, filtered } = usePositions();
  const timeline = useParley(selectTimeline);
  const { visibleCount, totalCount } = useVisibleEvents();
  const viewText = useViewText(visibleCount, totalCount);
  const url = usePrintLink();
  if (dataset === null || table === null || timeline === null) return null;
  return (
    <div className="print-chronology print-positions" data-complete="true">
      <header className="print-head">
        <h1>{timeline.title}</h1>
        <p>{timeline.subtitle}</p>
        <p className="print-view">
          Positions in the quotes of {viewText.charAt(0).toLowerCase() + viewText.slice(1)}. This view:{' '}
          <span className="print-url">{url}</span>
        </p>
      </header>
      <PositionsIntro dataset={dataset} />
      <StanceKey />
      {table.markCount === 0 ? (
        <p>No quote in this view carries a stance.</p>
      ) : (
        // A page holds six topics legibly: the rest follow in tables of their own, the same actors in each.
        Array.from({ length: Math.ceil(table.columns.length / MAIN_TOPIC_COUNT) }, (_, k) => (
          <PositionsTable
            key={k}
            dataset={dataset}
            table={sliceColumns(table, k * MAIN_TOPIC_COUNT, (k + 1) * MAIN_TOPIC_COUNT)}
            span={span}
            filtered={filtered}
          />
        ))
      )}
      <p className="print-foot">Licence: {timeline.licence.name}.</p>
    </div>
  );
}
