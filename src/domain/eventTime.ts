/** What an event's time reads as: venue-local, with machine-readable values for `<time datetime>`. */
import type { TimelineEvent } from './dataset.ts';
import type { TimePoint } from './schema.ts';
import { formatShortDate, formatZonedDateTime, formatZonedTime } from './format.ts';
import { isoOffset, timePointStart } from './time.ts';

export interface EventTimeText {
  /** For `<time datetime>`: "2025-08-15T11:00-08:00" with minute precision, "2025-08-15" for a day. */
  readonly datetime: string;
  /** "Fri 15 Aug 2025, 11:00 AKDT" or "Sun 17 Aug 2025". */
  readonly label: string;
  /** "until 17 Aug 2025" / "until 15:00 EDT", when the event has an end. */
  readonly until?: string;
  /** True when a time of day is known. */
  readonly hasTime: boolean;
}

/** The `datetime` attribute value for a time point (starting at `instant`, when known): an offset date-time, or a plain date. */
export function machineTime(p: TimePoint, instant = timePointStart(p)): string {
  if (p.precision === 'day' || p.time === undefined) return p.date;
  return `${p.date}T${p.time}${isoOffset(p.tz, instant)}`;
}

function untilText(e: TimelineEvent): string | undefined {
  const end = e.end;
  if (end === undefined) return undefined;
  if (end.date !== e.start.date)
    return `until ${formatShortDate(end.date)}${end.precision === 'minute' ? `, ${formatZonedTime(timePointStart(end), end.tz)}` : ''}`;
  return end.precision === 'minute' ? `until ${formatZonedTime(timePointStart(end), end.tz)}` : undefined;
}

/** The reader-facing time of an event, in the venue's zone. */
export function eventTimeText(e: TimelineEvent): EventTimeText {
  const hasTime = e.start.precision === 'minute';
  const until = untilText(e);
  return {
    datetime: machineTime(e.start, e.startMs),
    label: formatZonedDateTime(e.startMs, e.start.tz, hasTime),
    hasTime,
    ...(until === undefined ? {} : { until }),
  };
}
