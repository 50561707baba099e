/**
 * Calendar and time-zone helpers. Every instant is derived here from a venue-local date, an optional
 * wall-clock time and an IANA zone; nothing in the dataset stores UTC by hand.
 */
import { TZDate } from '@date-fns/tz';
import type { TimePoint } from './schema';

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

function parts(date: string, time?: string): [number, number, number, number, number] {
  const d = DATE_PARTS.exec(date);
  const t = time === undefined ? null : TIME_PARTS.exec(time);
  return [Number(d?.[1]), Number(d?.[2]) - 1, Number(d?.[3]), Number(t?.[1] ?? 0), Number(t?.[2] ?? 0)];
}

/**
 * The UTC instant (ms) of a wall-clock time in `tz`; midnight when `time` is absent.
 * NOTE: a wall-clock time that does not exist (skipped by a DST change) is moved forward, as
 * clocks do; `isExistingLocalTime` tells whether that happened.
 */
export function localToUtc(date: string, time: string | undefined, tz: string): number {
  const [y, mo, d, h, mi] = parts(date, time);
  return new TZDate(y, mo, d, h, mi, tz).getTime();
}

/** False for wall-clock times that a DST change skips in `tz`. */
export function isExistingLocalTime(date: string, time: string, tz: string): boolean {
  const back = new TZDate(localToUtc(date, time, tz), tz);
  const [, , , h, mi] = parts(date, time);
  return back.getHours() === h && back.getMinutes() === mi;
}

/** The instant a time point starts: its minute, or the start of its day in the venue's zone. */
export function timePointStart(p: TimePoint): number {
  return localToUtc(p.date, p.precision === 'minute' ? p.time : undefined, p.tz);
}

/** The date after `date` (YYYY-MM-DD). */
function nextDate(date: string): string {
  const [y, mo, d] = parts(date);
  const next = new Date(0);
  next.setUTCFullYear(y, mo, d + 1);
  return next.toISOString().slice(0, 10);
}

/**
 * The instant a time point ends: its minute, or the last millisecond of its day in the venue's
 * zone (a day is 23 or 25 hours long when the clocks change, so this is not start + 24 h).
 */
export function timePointEnd(p: TimePoint): number {
  if (p.precision === 'minute') return timePointStart(p);
  return localToUtc(nextDate(p.date), undefined, p.tz) - 1;
}

/** The calendar date (YYYY-MM-DD) of an instant in `tz`. */
export function localDateKey(instant: number, tz: string): string {
  const d = new TZDate(instant, tz);
  const mm = String(d.getMonth() + 1).padStart(2, '0');
  const dd = String(d.getDate()).padStart(2, '0');
  return `${d.getFullYear()}-${mm}-${dd}`;
}

export { DAY_MS };
