import type { Dataset } from '../domain/dataset.ts';
import { eventAt } from '../domain/details.ts';
import { formatShortDate } from '../domain/format.ts';
import { useActions, useParley } from '../hooks/useParley.ts';
import { selectDetails } from '../store/selectors.ts';

interface Props {
  readonly dataset: Dataset;
  /** The heading level the list sits under. */
  readonly headingLevel?: 2 | 3;
}

/**
 * Every event as a plain link to its own page, in time order. Rendered into the prerendered pages and
 * the not-found page so that readers without JavaScript (and crawlers) can reach every event.
 */
export function EventIndex({ dataset, headingLevel = 2 }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const details = useParley(selectDetails);
  const { linkTo } = useActions();
  // Rendered only where every event is here (the prerender); any not yet loaded is left out.
  const events = details === null ? [] : Array.from({ length: dataset.count }, (_, i) => eventAt(details, i));
  return (
    <nav className="event-index" aria-labelledby="event-index-heading">
      <Heading id="event-index-heading">All events</Heading>
      <ul>
        {events.map(
          (e) =>
            e !== undefined && (
              <li key={e.id}>
                <a href={linkTo({ eventId: e.id })}>{e.title}</a>{' '}
                <time dateTime={e.start.date}>{formatShortDate(e.start.date)}</time>
              </li>
            ),
        )}
      </ul>
    </nav>
  );
}
