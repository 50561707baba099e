import type { Dataset } from '../domain/dataset.ts';
import { formatDayHeading } from '../domain/format.ts';
import type { EventId } from '../domain/schema.ts';
import { useEventAt } from '../hooks/useEventAt.ts';
import { selectEvent, useTimelineStore } from '../store/timelineStore.ts';

/** A suggested event, named by its title once its details are loaded. */
function Suggestion({ dataset, id }: { dataset: Dataset; id: EventId }) {
  const event = useEventAt(dataset, dataset.eventIndex.get(id));
  return (
    <button type="button" className="link-button" onClick={() => selectEvent(id)}>
      {event?.title ?? id}
    </button>
  );
}

/** Shown when a link names an event that is not in the dataset: what was asked for, and the closest events. */
export function EventNotFound() {
  const notFound = useTimelineStore((s) => s.notFound);
  const dataset = useTimelineStore((s) => s.dataset);
  if (notFound === null || dataset === null) return null;
  return (
    <section className="not-found" aria-labelledby="not-found-heading">
      <h2 id="not-found-heading">Event not found</h2>
      <p>
        {notFound.date === null
          ? 'The link asks for an event that is not in this timeline.'
          : `The link asks for an event on ${formatDayHeading(notFound.date)} that is not in this timeline.`}
      </p>
      {notFound.suggestions.length > 0 && (
        <>
          <p>Closest matching events:</p>
          <ul>
            {notFound.suggestions.map((id) => (
              <li key={id}>
                <Suggestion dataset={dataset} id={id} />
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <button type="button" className="button" onClick={() => selectEvent(null)}>
          Show the whole timeline
        </button>
      </p>
    </section>
  );
}
