import { eventTimeParts } from '../domain/eventTime.ts';
import { formatDayHeading, formatGap, formatMonth } from '../domain/format.ts';
import type { TimelineRow } from '../domain/rows.ts';
import { useEventAt } from '../hooks/useEventAt.ts';
import type { EventId } from '../domain/schema.ts';
import { EventCard } from './EventCard.tsx';

type EventRow = Extract<TimelineRow, { kind: 'event' }>;

interface Props {
  row: TimelineRow;
  selectedId: EventId | null;
  tabStop: EventId | null;
  onOpen: (id: EventId) => void;
  compact: boolean;
}

/** One row of the timeline: a venue-local day (or, compact, month) heading, a marked break, or an event. */
export function TimelineRowView({ row, selectedId, tabStop, onOpen, compact }: Props) {
  if (row.kind === 'day') return <DayHeading row={row} />;
  if (row.kind === 'month') return <MonthHeading row={row} />;
  if (row.kind === 'break') {
    return (
      <p className="timeline-break">
        <span>{formatGap(row.gapMs)}</span>
      </p>
    );
  }
  return <EventSlot row={row} selectedId={selectedId} tabStop={tabStop} onOpen={onOpen} compact={compact} />;
}

/**
 * "Tue 21 Oct 2025"; but over an event known only to its month, whose date is only where it sorts,
 * the month as its card says it ("Late October 2025"), so that heading and card never disagree.
 */
function DayHeading({ row }: { row: Extract<TimelineRow, { kind: 'day' }> }) {
  const first = useEventAt(row.before);
  const parts = first === undefined ? undefined : eventTimeParts(first);
  const text = parts?.monthOnly === true ? capitalise(parts.date) : formatDayHeading(row.dateKey);
  return <h2 className="day-heading">{text}</h2>;
}

/**
 * "October 2025"; but over an event known only to its year, whose 1 January is only where it sorts,
 * the year ("1850"), as its row and the full view's day heading say it.
 */
function MonthHeading({ row }: { row: Extract<TimelineRow, { kind: 'month' }> }) {
  const first = useEventAt(row.before);
  const text = first?.start.precision === 'year' ? eventTimeParts(first).date : formatMonth(row.dateKey);
  return <h2 className="month-heading">{text}</h2>;
}

const capitalise = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

/**
 * An event's card, or a placeholder of the same place while its details are fetched. Compact rows
 * have no space before them: their heights are fixed, and each names its own day.
 */
function EventSlot({ row, selectedId, tabStop, onOpen, compact }: Props & { row: EventRow }) {
  const event = useEventAt(row.index);
  const className = compact ? 'event-slot is-compact' : 'event-slot';
  const style = compact || row.spaceBefore === 0 ? undefined : { paddingTop: row.spaceBefore };
  if (event === undefined) {
    return (
      <div className={className} style={style}>
        <p className={compact ? 'event-pending is-compact' : 'event-pending'}>Loading event…</p>
      </div>
    );
  }
  return (
    <div className={className} style={style}>
      <EventCard
        event={event}
        selected={event.id === selectedId}
        active={event.id === tabStop}
        onOpen={onOpen}
        compact={compact}
      />
    </div>
  );
}
