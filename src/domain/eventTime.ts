/** What an event's time reads as: venue-local, with machine-readable values for `<time datetime>`. */
import type { TimelineEvent } from './dataset.ts';
import type { TimePoint } from './schema.ts';
import {
  formatDayHeading,
  formatMonth,
  formatShortDate,
  formatWeekdayDay,
  formatZonedDateTime,
  formatZonedTime,
} from './format.ts';
import { PART_OF_DAY_LABEL } from './labels.ts';
import { isoOffset, timePointStart } from './time.ts';

export interface EventTimeText {
  /**
   * For `<time datetime>`: "2025-08-15T11:00-08:00" with a time of day, "2025-08-15" for a day,
   * "2025-10" for a month, "2019" for a year.
   */
  readonly datetime: string;
  /** "Fri 15 Aug 2025, 11:00 AKDT", "Mon 18 Aug 2025, afternoon", "Sun 17 Aug 2025", "October 2025" or "2019". */
  readonly label: string;
  /** "until 17 Aug 2025" / "until 15:00 EDT", when the event has an end. */
  readonly until?: string;
  /** True when a clock time (a minute or an hour) is known. */
  readonly hasTime: boolean;
}

/** The parts of an event's time that a card sets apart: its date, its time of day, a compact row's date. */
export interface EventTimeParts {
  /** The date alone, as the day heading above the card writes it: "Fri 15 Aug 2025", "late October 2025", "2019". */
  readonly date: string;
  /** The time of day alone, when one is known: "11:00 AKDT", "about 22:00 MSK", "afternoon". */
  readonly time?: string;
  /** The date under a month heading, for a compact row: "Fri 15 Aug", "Late Oct", "2019". */
  readonly shortDate: string;
  /** True when only the month (or part of it) or the year is known: no day heading can stand for the date. */
  readonly monthOnly: boolean;
}

const hasClockTime = (p: TimePoint) => (p.precision === 'minute' || p.precision === 'hour') && p.time !== undefined;

/** "2019", "602": a year-precision point's year as it is said (no leading zeros). */
const yearText = (p: TimePoint) => String(Number(p.date.slice(0, 4)));

/**
 * The `datetime` attribute value for a time point (starting at `instant`, when known): an offset
 * date-time, a plain date, a year and month, or a year (HTML's valid year has at least four digits).
 */
export function machineTime(p: TimePoint, instant = timePointStart(p)): string {
  if (p.precision === 'year') return p.date.slice(0, 4);
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

/** "Late Oct", "Oct": a month point in a compact row, whose month heading gives the year. */
function shortMonthText(p: TimePoint): string {
  const month = formatMonth(p.date).slice(0, 3);
  if (p.partOfMonth === undefined) return month;
  const part = PART_OF_MONTH_TEXT[p.partOfMonth];
  return `${part.charAt(0).toUpperCase()}${part.slice(1)}${month}`;
}

/** The time of day a point gives, if any: "11:00 AKDT", "about 11:00 AKDT", "afternoon". */
function timeOfDay(p: TimePoint, instant: number): string | undefined {
  if (hasClockTime(p)) return `${p.precision === 'hour' ? 'about ' : ''}${formatZonedTime(instant, p.tz)}`;
  if (p.precision === 'part-of-day' && p.partOfDay !== undefined) return PART_OF_DAY_LABEL[p.partOfDay];
  return undefined;
}

/** "Fri 15 Aug 2025, 11:00 AKDT", "Mon 18 Aug 2025, afternoon", "Sun 17 Aug 2025", "late October 2025", "2019". */
export function timePointText(p: TimePoint, instant: number): string {
  if (p.precision === 'year') return yearText(p);
  if (p.precision === 'month') return monthText(p);
  const day = formatZonedDateTime(instant, p.tz, false);
  const time = timeOfDay(p, instant);
  return time === undefined ? day : `${day}, ${time}`;
}

function untilText(e: TimelineEvent): string | undefined {
  const end = e.end;
  if (end === undefined) return undefined;
  const endStart = timePointStart(end);
  if (end.precision === 'year')
    return e.start.precision === 'year' && end.date.slice(0, 4) === e.start.date.slice(0, 4)
      ? undefined
      : `until ${yearText(end)}`;
  if (end.precision === 'month')
    return e.start.precision === 'month' && end.date.slice(0, 7) === e.start.date.slice(0, 7)
      ? undefined
      : `until ${monthText(end)}`;
  const time = timeOfDay(end, endStart);
  if (end.date !== e.start.date) return `until ${formatShortDate(end.date)}${time === undefined ? '' : `, ${time}`}`;
  return time === undefined ? undefined : `until ${time}`;
}

/**
 * Where an event's own time point starts: an event placed by `after` may start later than its own
 * day or part of it says, and its label reads from its own time point.
 */
const startInstant = (e: TimelineEvent) => (hasClockTime(e.start) ? e.startMs : timePointStart(e.start));

/**
 * An event's `<time datetime>` value alone, for a compact row, which shows its parts and not its
 * label: the label would name the zone (an Intl call per new day) only to be dropped.
 */
export const eventDatetime = (e: TimelineEvent): string => machineTime(e.start, startInstant(e));

/** The reader-facing time of an event, in the venue's zone. */
export function eventTimeText(e: TimelineEvent): EventTimeText {
  const hasTime = hasClockTime(e.start);
  const until = untilText(e);
  const instant = startInstant(e);
  return {
    datetime: machineTime(e.start, instant),
    label: timePointText(e.start, instant),
    hasTime,
    ...(until === undefined ? {} : { until }),
  };
}

/** The date and the time of day of an event's start, apart, as a card under a day heading needs them. */
export function eventTimeParts(e: TimelineEvent): EventTimeParts {
  const instant = startInstant(e);
  const year = e.start.precision === 'year';
  const monthOnly = year || e.start.precision === 'month';
  const time = monthOnly ? undefined : timeOfDay(e.start, instant);
  return {
    // From the start date itself, so that card and day heading (rows.ts) always name the same day.
    date: year ? yearText(e.start) : monthOnly ? monthText(e.start) : formatDayHeading(e.start.date),
    ...(time === undefined ? {} : { time }),
    shortDate: year ? yearText(e.start) : monthOnly ? shortMonthText(e.start) : formatWeekdayDay(e.start.date),
    monthOnly,
  };
}
