import type { ReactNode } from 'react';
import type { Dataset, TimelineEvent } from '../domain/dataset.ts';
import { eventDatetime, eventTimeParts } from '../domain/eventTime.ts';
import { STATUS_NOTE } from '../domain/labels.ts';
import { ActorChip } from './ActorChip.tsx';

interface Props {
  event: TimelineEvent;
  dataset: Dataset | null;
  /** The card's heading, which opens the event. */
  title: ReactNode;
}

/**
 * A compact row: the day and time on the left, the headline and who beside them, two lines in all.
 * A headline or a list of names too long for its line is cut at a word (the lines that do not fit
 * are hidden, never a name halfway); all of it stays in the page for screen readers and on hover.
 */
export function CompactEventRow({ event, dataset, title }: Props) {
  const t = eventTimeParts(event);
  const status = STATUS_NOTE[event.status];
  const names = event.participants.flatMap((p) => dataset?.actorById.get(p.actorId) ?? []);
  return (
    <>
      <p className="compact-when">
        <time dateTime={eventDatetime(event)}>
          {t.shortDate}
          <span className="visually-hidden"> {event.start.date.slice(0, 4)}</span>
          {t.time !== undefined && (
            <>
              <span className="visually-hidden">, </span>
              <span className="compact-time">{t.time}</span>
            </>
          )}
        </time>
      </p>
      {title}
      <div className="compact-who" title={names.map((a) => a.name).join(', ')}>
        {status !== undefined && <strong className="event-status">{status}</strong>}
        {names.length > 0 && (
          <ul className="chips" aria-label="Participants">
            {names.map((a) => (
              <li key={a.id}>
                <ActorChip actor={a} inline />
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
