import { useEffect, useMemo } from 'react';
import { formatCount } from '../domain/format.ts';
import { buildChronology, type PrintEvent } from '../domain/print.ts';
import { usePrinting } from '../hooks/usePrinting.ts';
import { usePrintLink, useViewText } from '../hooks/useViewText.ts';
import { useActions, useParley } from '../hooks/useParley.ts';
import { useVisibleEvents } from '../hooks/useVisibleEvents.ts';
import { selectDataset, selectDetails, selectTimeline } from '../store/selectors.ts';
import { LazyPrintPositions } from './LazyPositions.tsx';

/** Endnote numbers after a passage: "[1, 4]". */
function Notes({ notes }: { notes: readonly number[] }) {
  if (notes.length === 0) return null;
  return <sup className="print-notes">[{notes.join(', ')}]</sup>;
}

function PrintedEvent({ event }: { event: PrintEvent }) {
  return (
    <article className="print-event" aria-labelledby={`print-${event.id}`}>
      <h3 id={`print-${event.id}`}>{event.title}</h3>
      {(event.when !== '' || event.where !== undefined) && (
        <p className="print-when">
          {event.when !== '' && <time dateTime={event.datetime}>{event.when}</time>}
          {event.when !== '' && event.where !== undefined && ' · '}
          {event.where}
        </p>
      )}
      {event.participants.length > 0 && <p className="print-who">With {event.participants.join(', ')}</p>}
      <p>
        {event.summary}
        <Notes notes={event.notes} />
      </p>
      {event.quotes.map((q) => (
        <figure key={q.id} className="print-quote">
          <blockquote>
            <p>“{q.text}”</p>
          </blockquote>
          <figcaption>
            — {q.speaker}
            <Notes notes={q.notes} />
          </figcaption>
        </figure>
      ))}
    </article>
  );
}

/**
 * Every event of the view as a printed chronology (DESIGN.md, "Print"): the virtual timeline holds
 * only the rows on screen, so print gets its own rendering of the whole view, with the sources as
 * numbered endnotes. Hidden on screen; mounted only while printing (`PrintView`).
 */
export function PrintChronology() {
  const dataset = useParley(selectDataset);
  const details = useParley(selectDetails);
  const timeline = useParley(selectTimeline);
  const { requestEvents } = useActions();
  const { indices, visibleCount, totalCount } = useVisibleEvents();
  const url = usePrintLink();
  const viewText = useViewText(visibleCount, totalCount);
  const chronology = useMemo(
    () => (dataset === null || details === null ? null : buildChronology(dataset, details, indices)),
    [dataset, details, indices],
  );
  const missing = chronology?.missing ?? 0;
  useEffect(() => {
    if (missing > 0 && dataset !== null)
      void requestEvents(indices ?? Array.from({ length: dataset.count }, (_, i) => i));
  }, [missing, dataset, indices, requestEvents]);
  if (chronology === null || timeline === null) return null;
  return (
    <div className="print-chronology" data-complete={missing === 0 ? 'true' : 'false'}>
      <header className="print-head">
        <h1>{timeline.title}</h1>
        <p>{timeline.subtitle}</p>
        <p className="print-view">
          {viewText}, in the order they happened; times are in each venue’s time zone. This view:{' '}
          <span className="print-url">{url}</span>
        </p>
        {missing > 0 && (
          <p className="print-missing">
            {formatCount(missing)} {missing === 1 ? 'event was' : 'events were'} still loading and are not printed; use
            the page’s Print button to print them all.
          </p>
        )}
      </header>
      {chronology.days.map((day) => (
        <section key={day.key} className="print-day" aria-labelledby={`print-day-${day.key}`}>
          <h2 id={`print-day-${day.key}`}>{day.heading}</h2>
          {day.events.map((e) => (
            <PrintedEvent key={e.id} event={e} />
          ))}
        </section>
      ))}
      {chronology.notes.length > 0 && (
        <section className="print-sources" aria-labelledby="print-sources">
          <h2 id="print-sources">Sources</h2>
          <ol>
            {chronology.notes.map((n) => (
              <li key={n.n} value={n.n}>
                {n.text}
                {n.source.url !== undefined && <span className="print-url"> {n.source.url}</span>}
              </li>
            ))}
          </ol>
        </section>
      )}
      <p className="print-foot">Licence: {timeline.licence.name}.</p>
    </div>
  );
}

/** While the page is printed, the chronology (or the positions table, when that is on view), else nothing. */
export function PrintView() {
  const positions = useParley((s) => s.view.display === 'positions');
  if (!usePrinting()) return null;
  return positions ? <LazyPrintPositions /> : <PrintChronology />;
}
