import type { MouseEvent } from 'react';
import type { TimelineEvent } from '../domain/dataset.ts';
import { formatShortDate } from '../domain/format.ts';
import type { EventId } from '../domain/schema.ts';
import { useEventById } from '../hooks/useEventAt.ts';
import { useActions, useParley } from '../hooks/useParley.ts';
import { selectEmbed } from '../store/selectors.ts';

const RELATIONS = [
  ['partOf', 'Part of'],
  ['follows', 'Follows'],
] as const;

/** A plain left click stays in the app; a modified click opens the event's page as the browser would. */
const isPlainClick = (e: MouseEvent) => e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;

/**
 * A link to a related event, named by its title once its details are here (by its date until
 * then). Embedded, it opens the event in the full app in a new tab, as every link out of an embed does.
 */
function RelatedEvent({ id }: { id: EventId }) {
  const { linkTo, goToEvent } = useActions();
  const embed = useParley(selectEmbed);
  const event = useEventById(id);
  const name = event?.title ?? `The event of ${formatShortDate(id.slice(0, 10))}`;
  if (embed)
    return (
      <a href={linkTo({ eventId: id, embed: false })} target="_blank" rel="noopener noreferrer">
        {name}
        <span className="visually-hidden"> (opens in a new tab)</span>
      </a>
    );
  return (
    <a
      href={linkTo({ eventId: id })}
      onClick={(e) => {
        if (!isPlainClick(e)) return;
        e.preventDefault();
        goToEvent(id);
      }}
    >
      {name}
    </a>
  );
}

/** "Part of: the White House meeting", "Follows: the second round": the events this one belongs with. */
export function EventRelations({ event }: { event: TimelineEvent }) {
  const present = RELATIONS.filter(([field]) => event[field] !== undefined);
  if (present.length === 0) return null;
  return (
    <dl className="event-relations">
      {present.map(([field, label]) => (
        <div key={field}>
          <dt>{label}:</dt>
          <dd>
            <RelatedEvent id={event[field] as EventId} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
