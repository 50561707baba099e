/**
 * Calendar and time-zone helpers. Every instant is derived here from a venue-local date, an optional
 * wall-clock time and an IANA zone; nothing in the dataset stores UTC by hand.
 */
import type { PartOfDay, PartOfMonth, TimePoint } from './schema.ts';

const DATE_PARTS = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PARTS = /^(\d{2}):(\d{2})$/;
const DAY_MS = 86_400_000;

/** True when `date` (YYYY-MM-DD) names a real calendar day. */
export function isRealDate(date: string): boolean {
  const m = DATE_PARTS.exec(date);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(0);
  probe.setUTCFullYear(y, mo - 1, d); // Date.UTC would read years 0-99 as 1900-1999
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

const zoneCache = new Map<string, boolean>();

/** True when `tz` is an IANA zone name this runtime knows ("Area/Location" or "UTC"). */
export function isRealTimeZone(tz: string): boolean {
  const cached = zoneCache.get(tz);
  if (cached !== undefined) return cached;
  let ok = tz === 'UTC' || /^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+$/.test(tz);
  if (ok) {
    try {
      const resolved = new Intl.DateTimeFormat('en-US', { timeZone: tz }).resolvedOptions().timeZone;
      // Intl accepts any letter case ("america/new_york"); the dataset must use the IANA spelling.
      // (Node may resolve a name to an older alias, e.g. "Europe/Kyiv" to "Europe/Kiev", so only
      // a name that differs from its resolution in case alone is rejected.)
      ok = resolved === tz || resolved.toLowerCase() !== tz.toLowerCase();
    } catch {
      ok = false;
    }
  }
  zoneCache.set(tz, ok);
  return ok;
}

// A dataset repeats the same few thousand dates and few hundred times: each is parsed once.
const dateParts = new Map<string, readonly [number, number, number]>();
const timeParts = new Map<string, readonly [number, number]>();
const MAX_CACHED = 100_000;

function remember<K, V>(cache: Map<K, V>, key: K, value: V): V {
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, value);
  return value;
}

function parseDate(date: string): readonly [number, number, number] {
  const cached = dateParts.get(date);
  if (cached !== undefined) return cached;
  const d = DATE_PARTS.exec(date);
  return remember(dateParts, date, [Number(d?.[1]), Number(d?.[2]) - 1, Number(d?.[3])]);
}

function parseTime(time: string | undefined): readonly [number, number] {
  if (time === undefined) return [0, 0];
  const cached = timeParts.get(time);
  if (cached !== undefined) return cached;
  const t = TIME_PARTS.exec(time);
  return remember(timeParts, time, [Number(t?.[1] ?? 0), Number(t?.[2] ?? 0)]);
}

/**
 * Date.UTC for any year from 1 to 9999: Date.UTC reads years 0-99 as 1900-1999, and a year-precision
 * date from an imported timeline may be in the first century.
 */
function utcWall(y: number, mo: number, d: number, h: number, mi: number): number {
  if (y >= 100) return Date.UTC(y, mo, d, h, mi);
  const probe = new Date(0);
  probe.setUTCFullYear(y, mo, d);
  probe.setUTCHours(h, mi, 0, 0);
  return probe.getTime();
}

function parts(date: string, time?: string): [number, number, number, number, number] {
  const [y, mo, d] = parseDate(date);
  const [h, mi] = parseTime(time);
  return [y, mo, d, h, mi];
}

const zoneNameFormats = new Map<string, Intl.DateTimeFormat | null>();
const OFFSET = /([+-])(\d{2}):?(\d{2})?(?::?(\d{2}))?/;

/** "+05:45" → 20,700,000 ms. */
function parseOffset(text: string): number {
  const m = OFFSET.exec(text);
  if (m === null) return NaN;
  const ms = (Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0)) * 1000;
  return m[1] === '-' ? -ms : ms;
}

/**
 * A formatter that names `tz` ("AKDT" with 'short', "GMT-08:00" with 'longOffset'), made once per
 * locale, zone and style: making one costs far more than using one, and every card asks. Null for
 * a zone Intl rejects.
 */
export function zoneNameFormat(locale: string, tz: string, style: 'short' | 'longOffset'): Intl.DateTimeFormat | null {
  const key = `${locale}|${tz}|${style}`;
  let format = zoneNameFormats.get(key);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat(locale, { timeZone: tz, timeZoneName: style });
    } catch {
      format = null;
    }
    zoneNameFormats.set(key, format);
  }
  return format;
}

/** The UTC offset (ms) of `tz` at `instant`, asked of Intl; NaN for a zone it does not know. */
function intlOffset(tz: string, instant: number): number {
  const format = zoneNameFormat('en-US', tz, 'longOffset');
  // Like @date-fns/tz, read a zone Intl rejects as a fixed offset ("+05:00") when it is one.
  if (format === null) return parseOffset(tz);
  const name = format.format(instant).split('GMT')[1] ?? '';
  return name === '' ? 0 : parseOffset(name);
}

/** Per zone, the offset at each UTC midnight asked so far (key: ms / DAY_MS). */
const midnightOffsets = new Map<string, Map<number, number>>();

function offsetAtMidnight(tz: string, day: number): number {
  let days = midnightOffsets.get(tz);
  if (days === undefined) midnightOffsets.set(tz, (days = new Map()));
  let offset = days.get(day);
  if (offset === undefined) days.set(day, (offset = intlOffset(tz, day * DAY_MS)));
  return offset;
}

/**
 * The UTC offset (ms) of `tz` at `instant`. Intl is slow (microseconds a call, and every event
 * needs several), so it is asked once per UTC midnight: when a day starts and ends with the same
 * offset, that offset holds all day (NOTE: assumes no zone changes its offset and back within one
 * day). Only instants on the few days with a change are asked of Intl one by one.
 */
export function offsetAt(tz: string, instant: number): number {
  if (!Number.isFinite(instant)) return NaN;
  const day = Math.floor(instant / DAY_MS);
  const start = offsetAtMidnight(tz, day);
  return start === offsetAtMidnight(tz, day + 1) ? start : intlOffset(tz, instant);
}

/** "+03:00", "-08:00", or "Z" for UTC: the offset of `tz` at `instant` as ISO 8601 writes it. */
export function isoOffset(tz: string, instant: number): string {
  const ms = offsetAt(tz, instant);
  if (ms === 0 || !Number.isFinite(ms)) return 'Z';
  const minutes = Math.abs(ms) / 60_000;
  const pad = (n: number) => String(Math.floor(n)).padStart(2, '0');
  return `${ms < 0 ? '-' : '+'}${pad(minutes / 60)}:${pad(minutes % 60)}`;
}

/**
 * The UTC instant (ms) of a wall-clock time in `tz`; midnight when `time` is absent.
 * NOTE: a wall-clock time that does not exist (skipped by a DST change) is moved forward, as
 * clocks do; `isExistingLocalTime` tells whether that happened. A time that happens twice (clocks
 * turned back) is the earlier of the two, whatever the zone of the machine running this.
 */
export function localToUtc(date: string, time: string | undefined, tz: string): number {
  const [y, mo, d, h, mi] = parts(date, time);
  const wall = utcWall(y, mo, d, h, mi);
  // An unknown zone or a malformed date gives NaN offsets, and so a NaN instant.
  if (!Number.isFinite(wall)) return NaN;
  // The offsets a day either side: equal unless the clocks change near this time.
  const before = offsetAt(tz, wall - DAY_MS);
  const after = offsetAt(tz, wall + DAY_MS);
  const early = wall - before;
  if (before === after || offsetAt(tz, early) === before) return early;
  const late = wall - after;
  // Neither reading holds in a skipped hour: read it with the offset from before the change.
  return offsetAt(tz, late) === after ? late : early;
}

/**
 * The wall clock in `tz` at `instant`, as a UTC Date whose UTC fields are the local ones. The offset
 * comes from the cached per-day offsets: a timeline redraws many cards at once, and a zoned date
 * object asks Intl afresh for each. A zone Intl rejects reads as UTC.
 */
export function wallClock(instant: number, tz: string): Date {
  const offset = offsetAt(tz, instant);
  return new Date(instant + (Number.isFinite(offset) ? offset : 0));
}

/** False for wall-clock times that a DST change skips in `tz`. */
export function isExistingLocalTime(date: string, time: string, tz: string): boolean {
  const back = wallClock(localToUtc(date, time, tz), tz);
  const [, , , h, mi] = parts(date, time);
  return back.getUTCHours() === h && back.getUTCMinutes() === mi;
}

/** "-04:00", "+05:45", "+00:00": an offset in ms as a time point's `offset` field writes it. */
export function formatOffset(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${ms < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** The wall-clock reading as if it were UTC (ms); NaN for a malformed date. */
function wallMs(date: string, time: string): number {
  const [y, mo, d, h, mi] = parts(date, time);
  return utcWall(y, mo, d, h, mi);
}

/**
 * The UTC offsets (ms) `tz` has when its clocks read `time` on `date`, the earlier instant first:
 * one for most times, two for a time the clocks repeat when they are turned back, none for a time
 * they skip. (NOTE: as `offsetAt`, assumes at most one change within a day either side.)
 */
export function localTimeOffsets(date: string, time: string, tz: string): number[] {
  const wall = wallMs(date, time);
  if (!Number.isFinite(wall)) return [];
  const candidates = [...new Set([offsetAt(tz, wall - DAY_MS), offsetAt(tz, wall + DAY_MS)])];
  // A larger offset reads the same wall clock at an earlier instant.
  return candidates.filter((o) => Number.isFinite(o) && offsetAt(tz, wall - o) === o).sort((a, b) => b - a);
}

/** A clock change: the instant it happens and the offsets before and after it. */
export interface ClockChange {
  instant: number;
  before: number;
  after: number;
}

/**
 * The clock change that skips `time` on `date` in `tz`, found to the minute; undefined when the
 * time is not skipped.
 */
export function skippingClockChange(date: string, time: string, tz: string): ClockChange | undefined {
  const wall = wallMs(date, time);
  if (!Number.isFinite(wall) || localTimeOffsets(date, time, tz).length > 0) return undefined;
  const before = offsetAt(tz, wall - DAY_MS);
  const after = offsetAt(tz, wall + DAY_MS);
  if (!(after > before)) return undefined;
  // Read with the old offset, the time falls after the change; with the new one, before it.
  let [lo, hi] = [wall - after, wall - before];
  while (hi - lo > 60_000) {
    const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
    if (offsetAt(tz, mid) === before) lo = mid;
    else hi = mid;
  }
  return { instant: hi, before, after };
}

/**
 * The wall-clock hours each part of the day covers in the venue's zone (the night runs past
 * midnight into the next date). Used to place and order an event, never shown as a time.
 */
export const PART_OF_DAY_HOURS: Record<PartOfDay, readonly [from: string, to: string]> = {
  morning: ['05:00', '12:00'],
  afternoon: ['12:00', '17:00'],
  evening: ['17:00', '21:00'],
  night: ['21:00', '05:00'],
};

/**
 * The instant a time point starts: its minute (or hour), the start of its part of the day, of its
 * day, of its month (or third of a month), or of its year in the venue's zone. A time with an explicit `offset`
 * (validated to be one the zone has then) is read with it, which picks one of the two instants of a
 * repeated hour.
 */
export function timePointStart(p: TimePoint): number {
  switch (p.precision) {
    case 'minute':
    case 'hour':
      if (p.time !== undefined && p.offset !== undefined) {
        const offset = parseOffset(p.offset);
        if (Number.isFinite(offset)) return wallMs(p.date, p.time) - offset;
      }
      return localToUtc(p.date, p.time, p.tz);
    case 'part-of-day':
      return localToUtc(p.date, p.partOfDay === undefined ? undefined : PART_OF_DAY_HOURS[p.partOfDay][0], p.tz);
    default:
      return localToUtc(p.date, undefined, p.tz);
  }
}

/** The date after `date` (YYYY-MM-DD). */
const nextDates = new Map<string, string>();

function nextDate(date: string): string {
  const cached = nextDates.get(date);
  if (cached !== undefined) return cached;
  const [y, mo, d] = parts(date);
  const next = new Date(0);
  next.setUTCFullYear(y, mo, d + 1);
  return remember(nextDates, date, next.toISOString().slice(0, 10));
}

/** The first date after a month-precision period: the 11th, the 21st or the next month's 1st. */
function dateAfterPeriod(date: string, part: PartOfMonth | undefined): string {
  if (part === 'early') return `${date.slice(0, 8)}11`;
  if (part === 'mid') return `${date.slice(0, 8)}21`;
  const [y, mo] = parts(date);
  const next = new Date(0);
  next.setUTCFullYear(y, mo + 1, 1);
  return next.toISOString().slice(0, 10);
}

/** The first date after a year-precision period: 1 January of the next year (none after 9999). */
function dateAfterYear(date: string): string | undefined {
  const next = Number(date.slice(0, 4)) + 1;
  return next > 9999 ? undefined : `${String(next).padStart(4, '0')}-01-01`;
}

/**
 * The instant a time point ends: its minute (an hour is a point too: "about 15:00"), or the last
 * millisecond of its part of the day, day, month or year in the venue's zone (a day is 23 or 25
 * hours long when the clocks change, so this is not start + 24 h).
 */
export function timePointEnd(p: TimePoint): number {
  switch (p.precision) {
    case 'minute':
    case 'hour':
      return timePointStart(p);
    case 'part-of-day': {
      if (p.partOfDay === undefined) break;
      const [from, to] = PART_OF_DAY_HOURS[p.partOfDay];
      return localToUtc(to < from ? nextDate(p.date) : p.date, to, p.tz) - 1;
    }
    case 'month':
      return localToUtc(dateAfterPeriod(p.date, p.partOfMonth), undefined, p.tz) - 1;
    case 'year': {
      const next = dateAfterYear(p.date);
      if (next !== undefined) return localToUtc(next, undefined, p.tz) - 1;
      // No date string is written after 9999-12-31: that day's start plus a day (no zone changes then).
      return localToUtc('9999-12-31', undefined, p.tz) + DAY_MS - 1;
    }
    default:
  }
  return localToUtc(nextDate(p.date), undefined, p.tz) - 1;
}

export { DAY_MS };
