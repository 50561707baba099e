import { formatDayHeading } from '../domain/format.ts';
import type { EventId } from '../domain/schema.ts';
import { useEventById } from '../hooks/useEventAt.ts';
import { useActions, useParley } from '../hooks/useParley.ts';
import { selectNotFound } from '../store/selectors.ts';

/** A suggested event, named by its title once its details are loaded. */
function Suggestion({ id }: { id: EventId }) {
  const event = useEventById(id);
  const { selectEvent } = useActions();
  return (
    <button type="button" className="link-button" onClick={() => selectEvent(id)}>
      {event?.title ?? id}
    </button>
  );
}

/** Shown when a link names an event that is not in the dataset: what was asked for, and the closest events. */
export function EventNotFound() {
  const notFound = useParley(selectNotFound);
  const { selectEvent } = useActions();
  if (notFound === null) return null;
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
                <Suggestion id={id} />
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
