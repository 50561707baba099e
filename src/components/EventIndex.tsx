import type { Dataset } from '../domain/dataset.ts';
import { formatShortDate } from '../domain/format.ts';
import { DEFAULT_URL_STATE, formatUrlState } from '../domain/urlState.ts';

const BASE = import.meta.env.BASE_URL;

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
  return (
    <nav className="event-index" aria-labelledby="event-index-heading">
      <Heading id="event-index-heading">All events</Heading>
      <ul>
        {dataset.events.map(
          (e) =>
            e !== undefined && (
              <li key={e.id}>
                <a href={formatUrlState({ ...DEFAULT_URL_STATE, eventId: e.id }, BASE)}>{e.title}</a>{' '}
                <time dateTime={e.start.date}>{formatShortDate(e.start.date)}</time>
              </li>
            ),
        )}
      </ul>
    </nav>
  );
}
