import { memo } from 'react';
import type { TimelineEvent } from '../domain/dataset.ts';
import {
  KIND_LABEL,
  ROLE_LABEL,
  STATUS_LABEL,
  TOPIC_LABEL,
  VERIFICATION_LABEL,
  VERIFICATION_SHORT,
} from '../domain/labels.ts';
import { selectDataset } from '../store/selectors.ts';
import { useParley } from '../hooks/useParley.ts';
import { ActorChip } from './ActorChip.tsx';
import { DisagreementNote } from './DisagreementNote.tsx';
import { EventPlace } from './EventPlace.tsx';
import { EventRelations } from './EventRelations.tsx';
import { EventTime } from './EventTime.tsx';
import { ShareLinks } from './ShareLinks.tsx';
import { SourceLinks } from './SourceLinks.tsx';

/* eslint-disable jsx-a11y/no-noninteractive-tabindex -- cards take part in roving focus (j/k, arrows), as articles in a feed do */

export interface EventCardProps {
  event: TimelineEvent;
  selected: boolean;
  /** The one card in the tab order (roving focus). */
  active: boolean;
  onOpen: (id: TimelineEvent['id']) => void;
  /** Title, time and who only, until the event is selected. */
  compact?: boolean;
}

/** One event: what, when (venue time), where, who, how sure, and its sources and quotes. */
export const EventCard = memo(function EventCard({ event, selected, active, onOpen, compact = false }: EventCardProps) {
  const dataset = useParley(selectDataset);
  const quoteCount = dataset?.quotesByEvent.get(event.id)?.length ?? 0;
  const titleId = `event-title-${event.id}`;
  const brief = compact && !selected;
  const participants = event.participants.length > 0 && dataset !== null && (
    <ul className="chips" aria-label="Participants">
      {event.participants.map((p) => {
        const actor = dataset.actorById.get(p.actorId);
        return actor === undefined ? null : (
          <li key={p.actorId}>
            <ActorChip actor={actor} role={ROLE_LABEL[p.role]} />
          </li>
        );
      })}
    </ul>
  );
  const title = (
    <h3 id={titleId} className="event-title">
      <button type="button" className="title-button" onClick={() => onOpen(event.id)}>
        {event.title}
      </button>
    </h3>
  );
  if (brief) {
    return (
      <article
        id={`event-${event.id}`}
        className="event-card is-compact"
        aria-labelledby={titleId}
        tabIndex={active ? 0 : -1}
        data-event-id={event.id}
      >
        {title}
        <EventTime event={event} brief />
        {participants}
      </article>
    );
  }
  return (
    <article
      id={`event-${event.id}`}
      className={`event-card${selected ? ' is-selected' : ''}`}
      aria-labelledby={titleId}
      aria-current={selected ? 'true' : undefined}
      tabIndex={active ? 0 : -1}
      data-event-id={event.id}
    >
      <p className="event-meta">
        <span>{KIND_LABEL[event.kind]}</span>
        <span className={`status status-${event.status}`}>{STATUS_LABEL[event.status]}</span>
        <span className={`badge verification-${event.verification}`} title={VERIFICATION_LABEL[event.verification]}>
          {VERIFICATION_SHORT[event.verification]}
        </span>
        {selected && <span className="badge badge-selected">Selected</span>}
      </p>
      {title}
      <EventTime event={event} />
      <EventPlace event={event} />
      <EventRelations event={event} />
      <p className="summary">{event.summary}</p>
      {participants}
      {event.topics.length > 0 && (
        <p className="topics">
          <span className="visually-hidden">Topics: </span>
          {event.topics.map((t) => (
            <span key={t} className="topic">
              {TOPIC_LABEL[t]}
            </span>
          ))}
        </p>
      )}
      {event.disagreements?.map((d, i) => (
        <DisagreementNote key={i} disagreement={d} />
      ))}
      <div className="event-footer">
        {quoteCount > 0 ? (
          <button type="button" className="button" onClick={() => onOpen(event.id)}>
            Show {quoteCount} {quoteCount === 1 ? 'quote' : 'quotes'}
            <span className="visually-hidden"> from {event.title}</span>
          </button>
        ) : (
          <span className="muted">No quotes recorded</span>
        )}
        <ShareLinks eventId={event.id} what={event.title} />
      </div>
      <SourceLinks sourceIds={event.sourceIds} />
    </article>
  );
});
