/**
 * Date and time labels. Event times are shown in the venue's zone, with its abbreviation; the
 * reader's own zone and UTC are offered beside them. Day-precision events never get an invented time.
 */
import { format } from 'date-fns';
import { DAY_MS, offsetAt, wallClock, zoneNameFormat } from './time.ts';

const HOUR_MS = 3_600_000;
const zoneNameCache = new Map<string, string>();

function zoneName(instant: number, tz: string, locale: string): string {
  const parts = zoneNameFormat(locale, tz, 'short')?.formatToParts(instant) ?? [];
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? tz;
}

/**
 * The short name of `tz` at `instant`: "AKDT", "EDT", "CEST"; "GMT+3" where English has none.
 * Asked of Intl once per zone, UTC day and offset, since a timeline names the zones of many cards
 * at once. Not per offset alone: a zone can be renamed at an unchanged offset (Anchorage's -9 reads
 * "GMT-9" until 30 November 1983, "AKST" since), so one era's name would otherwise stand for another's.
 */
export function zoneAbbreviation(instant: number, tz: string): string {
  const key = `${tz}@${Math.floor(instant / DAY_MS)}@${offsetAt(tz, instant)}`;
  let name = zoneNameCache.get(key);
  if (name === undefined) {
    name = zoneName(instant, tz, 'en-US');
    if (name.startsWith('GMT')) name = zoneName(instant, tz, 'en-GB');
    zoneNameCache.set(key, name);
  }
  return name;
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/**
 * A local date with the same calendar day, at noon, where no zone's clock change can move it to another
 * day. Any year from 1 (`new Date(y, …)` would read 0-99 as 1900-1999).
 */
const calendarDay = (y: number, m: number, d: number) => {
  const day = new Date(2000, 0, 1, 12);
  day.setFullYear(y, m, d);
  return day;
};

/** "11:00 AKDT": the wall-clock time in `tz` with the zone's short name. */
export function formatZonedTime(instant: number, tz: string): string {
  const wall = wallClock(instant, tz);
  return `${twoDigits(wall.getUTCHours())}:${twoDigits(wall.getUTCMinutes())} ${zoneAbbreviation(instant, tz)}`;
}

/** "Fri 15 Aug 2025, 11:00 AKDT" (or without the time for day precision). */
export function formatZonedDateTime(instant: number, tz: string, withTime: boolean): string {
  const wall = wallClock(instant, tz);
  const day = format(calendarDay(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate()), 'EEE d MMM y');
  return withTime ? `${day}, ${formatZonedTime(instant, tz)}` : day;
}

/** The calendar day of a YYYY-MM-DD key. */
function dayOfKey(dateKey: string): Date {
  const [y, m, d] = dateKey.split('-').map(Number);
  return calendarDay(y ?? 0, (m ?? 1) - 1, d ?? 1);
}

/** "Fri 15 Aug 2025" for a YYYY-MM-DD key: the style of every date with its weekday (DESIGN.md). */
export function formatDayHeading(dateKey: string): string {
  return format(dayOfKey(dateKey), 'EEE d MMM y');
}

/** "Fri 15 Aug" for a YYYY-MM-DD key, under a heading that names the month and year. */
export function formatWeekdayDay(dateKey: string): string {
  return format(dayOfKey(dateKey), 'EEE d MMM');
}

/** "October 2025" for a YYYY-MM-DD key. */
export function formatMonth(dateKey: string): string {
  return format(dayOfKey(dateKey), 'MMMM y');
}

/** "15 Aug 2025" for a YYYY-MM-DD key. */
export function formatShortDate(dateKey: string): string {
  return format(dayOfKey(dateKey), 'd MMM y');
}

/** "8 Aug 2025 – 18 Aug 2025": the dates a timeline covers. */
export function formatCoverage({ from, to }: { from: string; to: string }): string {
  return `${formatShortDate(from)} – ${formatShortDate(to)}`;
}

/** The reader-facing length of a quiet stretch: "3 days later", "5 hours later", "2 months later". */
export function formatGap(ms: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'} later`;
  if (ms < DAY_MS) return plural(Math.max(1, Math.round(ms / HOUR_MS)), 'hour');
  const days = Math.round(ms / DAY_MS);
  if (days < 60) return plural(days, 'day');
  if (days < 730) return plural(Math.round(days / 30.44), 'month');
  return plural(Math.round(days / 365.25), 'year');
}

let readerZone: string | undefined;

/** The reader's own zone, as the browser reports it (asked once: every card shows it). */
export function readerTimeZone(): string {
  return (readerZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone);
}

const countFormat = new Intl.NumberFormat('en');

/** "12,586": counts are read at a glance, so thousands are grouped. */
export function formatCount(n: number): string {
  return countFormat.format(n);
}
