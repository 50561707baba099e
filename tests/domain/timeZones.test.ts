/**
 * `localToUtc` reads time-zone offsets from a per-day cache instead of building a TZDate per event.
 * These tests hold it to @date-fns/tz's answers, except where a wall-clock time happens twice: there
 * TZDate's choice depends on the machine's own zone, and ours is always the earlier instant; and in
 * the one skipped quarter hour below, where TZDate moves the time back, ours moves it forward.
 */
import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatZonedDateTime, zoneAbbreviation } from '../../src/domain/format.ts';
import { isExistingLocalTime, localToUtc, wallClock } from '../../src/domain/time.ts';

const ZONES = [
  'America/Anchorage',
  'America/New_York',
  'Europe/Kyiv',
  'Europe/Berlin',
  'Europe/Moscow',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Pacific/Apia',
  'UTC',
];
const pad = (n: number) => String(n).padStart(2, '0');

/** The wall clock of `instant` in `tz`, "YYYY-MM-DD HH:MM", by TZDate. */
function wallOf(instant: number, tz: string): string {
  const d = new TZDate(instant, tz);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function reference(date: string, time: string, tz: string): number {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  return new TZDate(y, mo - 1, d, h, mi, tz).getTime();
}

describe('localToUtc against @date-fns/tz', () => {
  it.each<[string, string, string, string]>([
    ['2025-03-09', '02:30', 'America/New_York', '2025-03-09T07:30:00.000Z'], // skipped: forward to 03:30 EDT
    ['2025-11-02', '01:30', 'America/New_York', '2025-11-02T05:30:00.000Z'], // twice: the first, EDT
    ['2025-10-26', '02:30', 'Europe/Berlin', '2025-10-26T00:30:00.000Z'], // twice: the first, CEST
    ['2025-03-30', '02:30', 'Europe/Berlin', '2025-03-30T01:30:00.000Z'], // skipped: forward to 03:30 CEST
    ['2025-10-05', '02:15', 'Australia/Lord_Howe', '2025-10-04T15:45:00.000Z'], // a 30-minute skip
    ['2025-04-06', '01:45', 'Australia/Lord_Howe', '2025-04-05T14:45:00.000Z'], // a 30-minute repeat: the first
    ['2011-12-30', '12:00', 'Pacific/Apia', '2011-12-30T22:00:00.000Z'], // the day Samoa skipped: forward
    // +05:30 → +05:45: forward to 00:25 (TZDate gives 23:55 the day before, moving it back)
    ['1986-01-01', '00:10', 'Asia/Kathmandu', '1985-12-31T18:40:00.000Z'],
  ])('%s %s in %s is %s', (date, time, tz, utc) => {
    expect(new Date(localToUtc(date, time, tz)).toISOString()).toBe(utc);
  });

  it('agrees with TZDate, or picks the earlier reading of a repeated time', () => {
    const day = fc.integer({ min: Date.UTC(1971, 0, 1) / 86_400_000, max: Date.UTC(2099, 11, 31) / 86_400_000 });
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), day, fc.integer({ min: 0, max: 1439 }), (tz, d, minute) => {
        const date = new Date(d * 86_400_000).toISOString().slice(0, 10);
        const time = `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
        const ours = localToUtc(date, time, tz);
        const theirs = reference(date, time, tz);
        if (ours === theirs) return;
        // Only a repeated time may differ: both readings show the asked-for time, and ours is earlier.
        expect([wallOf(ours, tz), wallOf(theirs, tz), ours < theirs]).toEqual([
          `${date} ${time}`,
          `${date} ${time}`,
          true,
        ]);
      }),
      { numRuns: 3000, seed: 42 },
    );
  });

  it('agrees with TZDate on the calendar date of any instant', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(1971, 0, 1), max: Date.UTC(2099, 11, 31) }),
        (tz, instant) => {
          expect(wallClock(instant, tz).toISOString().slice(0, 10)).toBe(wallOf(instant, tz).slice(0, 10));
        },
      ),
      { numRuns: 3000, seed: 42 },
    );
  });

  it('gives NaN, not an exception, for an unknown zone or date', () => {
    expect(localToUtc('2025-08-15', '11:00', 'Mars/Olympus')).toBeNaN();
    expect(localToUtc('15/08/2025', '11:00', 'UTC')).toBeNaN();
    expect(isExistingLocalTime('2025-08-15', '11:00', 'Mars/Olympus')).toBe(false);
  });
});

describe('formatZonedDateTime against @date-fns/tz', () => {
  it('reads the same wall clock as TZDate for any instant in any of the zones', () => {
    const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
    const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1980, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.constantFrom(...ZONES),
        (instant, tz) => {
          const d = new TZDate(instant, tz);
          const expected = `${DAYS[d.getDay()]} ${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}, ${pad(d.getHours())}:${pad(d.getMinutes())}`;
          expect(formatZonedDateTime(instant, tz, true).replace(/ [^ ]+$/, '')).toBe(expected);
        },
      ),
      { numRuns: 5_000 },
    );
  });
});

describe('zoneAbbreviation', () => {
  it.each<[string, string, string]>([
    ['2025-08-15T19:00:00Z', 'America/Anchorage', 'AKDT'],
    ['2025-01-15T19:00:00Z', 'America/Anchorage', 'AKST'],
    ['2025-08-18T17:15:00Z', 'America/New_York', 'EDT'],
    ['2025-12-18T17:15:00Z', 'America/New_York', 'EST'],
    ['2025-07-01T12:00:00Z', 'Europe/Berlin', 'CEST'],
    ['2025-01-01T12:00:00Z', 'Europe/Berlin', 'CET'],
    ['2012-06-01T12:00:00Z', 'Europe/Moscow', 'GMT+4'],
    ['2025-06-01T12:00:00Z', 'Europe/Moscow', 'GMT+3'],
  ])('names %s in %s %s, whatever was asked before', (iso, tz, name) => {
    expect(zoneAbbreviation(Date.parse(iso), tz)).toBe(name);
  });

  it('keeps apart the names a zone has had at the same offset', () => {
    // UTC-9 in Anchorage: daylight time with no English abbreviation in 1982, standard time (AKST) since 1983.
    expect(zoneAbbreviation(Date.parse('1982-07-01T12:00:00Z'), 'America/Anchorage')).toBe('GMT-9');
    expect(zoneAbbreviation(Date.parse('2026-01-15T19:00:00Z'), 'America/Anchorage')).toBe('AKST');
  });
});
