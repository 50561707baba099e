import type { Dataset } from '../domain/dataset';
import { formatDayHeading } from '../domain/format';
import type { TimelineRow } from '../domain/rows';
import type { EventId } from '../domain/schema';
import { EventCard } from './EventCard';

interface Props {
  row: TimelineRow;
  dataset: Dataset;
  selectedId: EventId | null;
  tabStop: EventId | null;
  onOpen: (id: EventId) => void;
  compact: boolean;
}

/** One row of the timeline: a venue-local day heading, a marked break, or an event. */
export function TimelineRowView({ row, dataset, selectedId, tabStop, onOpen, compact }: Props) {
  if (row.kind === 'day') return <h2 className="day-heading">{formatDayHeading(row.dateKey)}</h2>;
  if (row.kind === 'break') {
    return (
      <p className="timeline-break">
        <span>{row.label}</span>
      </p>
    );
  }
  const event = dataset.events[row.index];
  if (event === undefined) return null;
  return (
    <div className="event-slot" style={{ paddingTop: row.spaceBefore }}>
      <EventCard event={event} selected={event.id === selectedId} active={event.id === tabStop} onOpen={onOpen} compact={compact} />
    </div>
  );
}
