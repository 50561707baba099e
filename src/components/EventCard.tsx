import { Fragment, memo, type ReactNode } from 'react';
import type { Dataset, TimelineEvent } from '../domain/dataset.ts';
import { KIND_LABEL, ROLE_LABEL, STATUS_NOTE, VERIFICATION_NOTE } from '../domain/labels.ts';
import { selectDataset } from '../store/selectors.ts';
import { useParley } from '../hooks/useParley.ts';
import { ActorChip } from './ActorChip.tsx';
import { CompactEventRow } from './CompactEventRow.tsx';
import { DisagreementNote } from './DisagreementNote.tsx';
import { EventPlace, placeText } from './EventPlace.tsx';
import { EventRelations } from './EventRelations.tsx';
import { EventTime, hasVisibleTime } from './EventTime.tsx';
import { Highlighted } from './Highlighted.tsx';
import { OtherZones } from './OtherZones.tsx';
import { ShareLinks } from './ShareLinks.tsx';
import { SourceNote } from './SourceNote.tsx';
import { TopicChips } from './TopicChips.tsx';

/* eslint-disable jsx-a11y/no-noninteractive-tabindex -- cards take part in roving focus (j/k, arrows), as articles in a feed do */

export interface EventCardProps {
  event: TimelineEvent;
  selected: boolean;
  /** The one card in the tab order (roving focus). */
  active: boolean;
  onOpen: (id: TimelineEvent['id']) => void;
  /** Time, title and who only, on one or two lines, until the event is selected. */
  compact?: boolean;
}

/** The participants as chips, with their roles. */
function Participants({ event, dataset }: { event: TimelineEvent; dataset: Dataset }) {
  if (event.participants.length === 0) return null;
  return (
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
}

interface DatelineProps {
  event: TimelineEvent;
  dataset: Dataset | null;
  showDate: boolean;
  selected: boolean;
}

/** "11:00 AKDT · Summit · Anchorage, Alaska · Postponed": the card's dateline, each part only where it says something. */
function Dateline({ event, dataset, showDate, selected }: DatelineProps) {
  const time = <EventTime event={event} showDate={showDate} />;
  const place = placeText(event, dataset);
  const timeShown = hasVisibleTime(event, showDate);
  const status = STATUS_NOTE[event.status];
  const verification = VERIFICATION_NOTE[event.verification];
  const parts: [string, ReactNode][] = [
    ...(timeShown ? [['time', time] as [string, ReactNode]] : []),
    ['kind', <span className="event-kind">{KIND_LABEL[event.kind]}</span>],
    ...(place === null ? [] : [['place', <EventPlace text={place} />] as [string, ReactNode]]),
    ...(status === undefined
      ? []
      : [['status', <strong className="event-status">{status}</strong>] as [string, ReactNode]]),
    ...(verification === undefined
      ? []
      : [['verification', <span className="event-verification">{verification}</span>] as [string, ReactNode]]),
  ];
  return (
    <p className="event-dateline">
      {!timeShown && time}
      {parts.map(([key, node], i) => (
        <Fragment key={key}>
          {i > 0 && (
            <span className="dateline-sep" aria-hidden="true">
              {' · '}
            </span>
          )}
          {node}
        </Fragment>
      ))}
      {selected && <span className="selected-mark">Selected</span>}
    </p>
  );
}

/** One event: when, what, the story, who, then its relations, quotes, sharing and sources. */
export const EventCard = memo(function EventCard({ event, selected, active, onOpen, compact = false }: EventCardProps) {
  const dataset = useParley(selectDataset);
  const titleId = `event-title-${event.id}`;
  const brief = compact && !selected;
  const title = (
    <h3 id={titleId} className="event-title">
      {/* A compact row may cut the headline at a word; the whole of it shows on hover. */}
      <button
        type="button"
        className="title-button"
        onClick={() => onOpen(event.id)}
        title={brief ? event.title : undefined}
      >
        <Highlighted text={event.title} />
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
        <CompactEventRow event={event} dataset={dataset} title={title} />
      </article>
    );
  }
  const quoteCount = dataset?.quotesByEvent.get(event.id)?.length ?? 0;
  return (
    <article
      id={`event-${event.id}`}
      className={`event-card${selected ? ' is-selected' : ''}`}
      aria-labelledby={titleId}
      aria-current={selected ? 'true' : undefined}
      tabIndex={active ? 0 : -1}
      data-event-id={event.id}
    >
      {/* In the compact list no day heading stands above the card: it says its date itself. */}
      <Dateline event={event} dataset={dataset} showDate={compact} selected={selected} />
      {title}
      <p className="summary">
        <Highlighted text={event.summary} />
      </p>
      {dataset !== null && <Participants event={event} dataset={dataset} />}
      <EventRelations event={event} />
      {event.disagreements?.map((d, i) => (
        <DisagreementNote key={i} disagreement={d} />
      ))}
      <div className="event-footer">
        <SourceNote sourceIds={event.sourceIds} />
        {quoteCount > 0 && (
          <button type="button" className="button" onClick={() => onOpen(event.id)}>
            Show {quoteCount} {quoteCount === 1 ? 'quote' : 'quotes'}
            <span className="visually-hidden"> from {event.title}</span>
          </button>
        )}
        <ShareLinks eventId={event.id} what={event.title} />
        {(event.start.precision === 'minute' || event.start.precision === 'hour') && <OtherZones event={event} />}
        <TopicChips topics={event.topics} />
      </div>
    </article>
  );
});
