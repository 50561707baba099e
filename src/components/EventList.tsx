import { useTimelineStore } from '../store/timelineStore';

/** A plain list of every event in time order. */
export function EventList() {
  const dataset = useTimelineStore((s) => s.dataset);
  if (dataset === null) return null;
  return (
    <ol className="event-list" aria-label="Events">
      {dataset.events.map((e) => (
        <li key={e.id}>
          <article aria-labelledby={`title-${e.id}`}>
            <h2 id={`title-${e.id}`}>{e.title}</h2>
            <p>
              <time dateTime={new Date(e.startMs).toISOString()}>{e.start.date}{e.start.time ? ` ${e.start.time}` : ''}</time> ({e.start.tz})
            </p>
            <p>{e.summary}</p>
          </article>
        </li>
      ))}
    </ol>
  );
}
