/** What an event's time reads as: venue-local, with machine-readable values for `<time datetime>`. */
import type { TimelineEvent } from './dataset.ts';
import type { TimePoint } from './schema.ts';
import { formatMonth, formatShortDate, formatZonedDateTime, formatZonedTime } from './format.ts';
import { PART_OF_DAY_LABEL } from './labels.ts';
import { isoOffset, timePointStart } from './time.ts';

export interface EventTimeText {
  /** For `<time datetime>`: "2025-08-15T11:00-08:00" with a time of day, "2025-08-15" for a day, "2025-10" for a month. */
  readonly datetime: string;
  /** "Fri 15 Aug 2025, 11:00 AKDT", "Mon 18 Aug 2025, afternoon", "Sun 17 Aug 2025" or "October 2025". */
  readonly label: string;
  /** "until 17 Aug 2025" / "until 15:00 EDT", when the event has an end. */
  readonly until?: string;
  /** True when a clock time (a minute or an hour) is known. */
  readonly hasTime: boolean;
}

const hasClockTime = (p: TimePoint) => (p.precision === 'minute' || p.precision === 'hour') && p.time !== undefined;

/**
 * The `datetime` attribute value for a time point (starting at `instant`, when known): an offset
 * date-time, a plain date, or a year and month.
 */
export function machineTime(p: TimePoint, instant = timePointStart(p)): string {
  if (p.precision === 'month') return p.date.slice(0, 7);
  if (!hasClockTime(p)) return p.date;
  return `${p.date}T${p.time ?? ''}${isoOffset(p.tz, instant)}`;
}

/** "October 2025", "late October 2025". */
function monthText(p: TimePoint): string {
  const month = formatMonth(p.date);
  return p.partOfMonth === undefined ? month : `${PART_OF_MONTH_TEXT[p.partOfMonth]}${month}`;
}

const PART_OF_MONTH_TEXT = { early: 'early ', mid: 'mid-', late: 'late ' } as const;

/** The time of day a point gives, if any: "11:00 AKDT", "about 11:00 AKDT", "afternoon". */
function timeOfDay(p: TimePoint, instant: number): string | undefined {
  if (hasClockTime(p)) return `${p.precision === 'hour' ? 'about ' : ''}${formatZonedTime(instant, p.tz)}`;
  if (p.precision === 'part-of-day' && p.partOfDay !== undefined) return PART_OF_DAY_LABEL[p.partOfDay];
  return undefined;
}

/** "Fri 15 Aug 2025, 11:00 AKDT", "Mon 18 Aug 2025, afternoon", "Sun 17 Aug 2025", "late October 2025". */
export function timePointText(p: TimePoint, instant: number): string {
  if (p.precision === 'month') return monthText(p);
  const day = formatZonedDateTime(instant, p.tz, false);
  const time = timeOfDay(p, instant);
  return time === undefined ? day : `${day}, ${time}`;
}

function untilText(e: TimelineEvent): string | undefined {
  const end = e.end;
  if (end === undefined) return undefined;
  const endStart = timePointStart(end);
  if (end.precision === 'month')
    return e.start.precision === 'month' && end.date.slice(0, 7) === e.start.date.slice(0, 7)
      ? undefined
      : `until ${monthText(end)}`;
  const time = timeOfDay(end, endStart);
  if (end.date !== e.start.date) return `until ${formatShortDate(end.date)}${time === undefined ? '' : `, ${time}`}`;
  return time === undefined ? undefined : `until ${time}`;
}

/** The reader-facing time of an event, in the venue's zone. */
export function eventTimeText(e: TimelineEvent): EventTimeText {
  const hasTime = hasClockTime(e.start);
  const until = untilText(e);
  // An event placed by `after` may start later than its own day or part of it says; its label
  // reads from its own time point.
  const instant = hasTime ? e.startMs : timePointStart(e.start);
  return {
    datetime: machineTime(e.start, instant),
    label: timePointText(e.start, instant),
    hasTime,
    ...(until === undefined ? {} : { until }),
  };
}
