import { describe, expect, it } from 'vitest';
import type { TimePoint } from '../../src/domain/schema.ts';
import {
  formatOffset,
  isExistingLocalTime,
  isRealDate,
  isRealTimeZone,
  localTimeOffsets,
  localToUtc,
  skippingClockChange,
  timePointEnd,
  timePointStart,
  wallClock,
} from '../../src/domain/time.ts';

const iso = (ms: number) => new Date(ms).toISOString();
const day = (date: string, tz: string): TimePoint => ({
  date,
  tz,
  precision: 'day',
});
const minute = (date: string, time: string, tz: string): TimePoint => ({
  date,
  time,
  tz,
  precision: 'minute',
});

describe('localToUtc', () => {
  it.each<[string, string | undefined, string, string]>([
    ['2025-08-15', '11:00', 'America/Anchorage', '2025-08-15T19:00:00.000Z'], // AKDT, UTC−8: the Alaska summit
    ['2025-08-15', '11:26', 'America/Anchorage', '2025-08-15T19:26:00.000Z'],
    ['2025-08-18', '13:15', 'America/New_York', '2025-08-18T17:15:00.000Z'], // EDT, UTC−4: the Oval Office meeting
    ['2025-08-18', '15:00', 'America/New_York', '2025-08-18T19:00:00.000Z'],
    ['2025-08-17', '22:00', 'Europe/Moscow', '2025-08-17T19:00:00.000Z'],
    ['2025-08-18', '20:15', 'Europe/Kyiv', '2025-08-18T17:15:00.000Z'],
    ['2025-01-20', '12:00', 'America/New_York', '2025-01-20T17:00:00.000Z'], // EST, UTC−5
    ['2025-08-18', undefined, 'America/New_York', '2025-08-18T04:00:00.000Z'],
    ['2025-08-18', '00:00', 'UTC', '2025-08-18T00:00:00.000Z'],
    ['2025-03-09', '02:30', 'America/New_York', '2025-03-09T07:30:00.000Z'], // skipped: moved forward to 03:30 EDT
  ])('%s %s in %s is %s', (date, time, tz, utc) => {
    expect(iso(localToUtc(date, time, tz))).toBe(utc);
  });
});

describe('timePointStart and timePointEnd', () => {
  it.each<[string, TimePoint, string, string]>([
    [
      'the summit minute',
      minute('2025-08-15', '11:00', 'America/Anchorage'),
      '2025-08-15T19:00:00.000Z',
      '2025-08-15T19:00:00.000Z',
    ],
    [
      'the bilateral minute',
      minute('2025-08-18', '13:15', 'America/New_York'),
      '2025-08-18T17:15:00.000Z',
      '2025-08-18T17:15:00.000Z',
    ],
    [
      'a day in New York',
      day('2025-08-17', 'America/New_York'),
      '2025-08-17T04:00:00.000Z',
      '2025-08-18T03:59:59.999Z',
    ],
    [
      'a day in Anchorage',
      day('2025-08-15', 'America/Anchorage'),
      '2025-08-15T08:00:00.000Z',
      '2025-08-16T07:59:59.999Z',
    ],
    ['a day in Kyiv', day('2025-08-18', 'Europe/Kyiv'), '2025-08-17T21:00:00.000Z', '2025-08-18T20:59:59.999Z'],
    // Days on which the clocks change are 23 and 25 hours long.
    [
      'the 23-hour day in New York',
      day('2025-03-09', 'America/New_York'),
      '2025-03-09T05:00:00.000Z',
      '2025-03-10T03:59:59.999Z',
    ],
    [
      'the 25-hour day in New York',
      day('2025-11-02', 'America/New_York'),
      '2025-11-02T04:00:00.000Z',
      '2025-11-03T04:59:59.999Z',
    ],
    [
      'a minute late on the day the clocks fall back',
      minute('2025-11-02', '23:59', 'America/New_York'),
      '2025-11-03T04:59:00.000Z',
      '2025-11-03T04:59:00.000Z',
    ],
    ['the last day of a year', day('2025-12-31', 'UTC'), '2025-12-31T00:00:00.000Z', '2025-12-31T23:59:59.999Z'],
  ])('%s', (_, point, start, end) => {
    expect(iso(timePointStart(point))).toBe(start);
    expect(iso(timePointEnd(point))).toBe(end);
  });

  it('uses midnight for a day-precision point even when a time slipped in', () => {
    expect(
      iso(
        timePointStart({
          date: '2025-08-17',
          time: '09:00',
          tz: 'America/New_York',
          precision: 'day',
        }),
      ),
    ).toBe('2025-08-17T04:00:00.000Z');
  });
});

describe('isRealDate', () => {
  it.each<[string, boolean]>([
    ['2025-08-15', true],
    ['2024-02-29', true], // leap year
    ['2000-02-29', true], // divisible by 400
    ['2025-02-30', false],
    ['2025-02-29', false],
    ['1900-02-29', false], // divisible by 100, not by 400
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-08-00', false],
    ['0025-01-01', true], // years below 100 are not read as 19xx
    ['2025-8-15', false],
    ['15/08/2025', false],
    ['', false],
  ])('%s → %s', (date, real) => {
    expect(isRealDate(date)).toBe(real);
  });
});

describe('isRealTimeZone', () => {
  it.each<[string, boolean]>([
    ['America/Anchorage', true],
    ['America/New_York', true],
    ['Europe/Kyiv', true],
    ['Europe/Moscow', true],
    ['America/Argentina/Buenos_Aires', true],
    ['Etc/GMT+5', true],
    ['UTC', true],
    ['Mars/Olympus', false],
    ['america/new_york', false], // Intl accepts any case; the dataset must use the IANA spelling
    ['America/New York', false],
    ['EST', false],
    ['+02:00', false],
    ['', false],
  ])('%s → %s', (tz, real) => {
    expect(isRealTimeZone(tz)).toBe(real);
  });
});

describe('isExistingLocalTime', () => {
  it.each<[string, string, string, boolean]>([
    ['2025-03-09', '02:30', 'America/New_York', false], // spring forward: 02:00 → 03:00
    ['2025-03-09', '02:00', 'America/New_York', false],
    ['2025-03-09', '01:59', 'America/New_York', true],
    ['2025-03-09', '03:00', 'America/New_York', true],
    ['2025-11-02', '01:30', 'America/New_York', true], // fall back: happens twice, but exists
    ['2025-03-30', '03:30', 'Europe/Kyiv', false], // EU rule: 03:00 → 04:00 local in Kyiv
    ['2025-03-30', '02:30', 'Europe/Kyiv', true],
    ['2025-08-15', '11:00', 'America/Anchorage', true],
    ['2025-03-09', '02:30', 'UTC', true],
  ])('%s %s in %s → %s', (date, time, tz, exists) => {
    expect(isExistingLocalTime(date, time, tz)).toBe(exists);
  });
});

describe('wallClock', () => {
  it.each<[string, string, string]>([
    ['2025-08-15T19:00:00.000Z', 'America/Anchorage', '2025-08-15'],
    ['2025-08-15T19:00:00.000Z', 'Europe/Moscow', '2025-08-15'],
    ['2025-08-16T03:00:00.000Z', 'America/New_York', '2025-08-15'], // 23:00 EDT the day before
    ['2025-08-16T03:00:00.000Z', 'UTC', '2025-08-16'],
    ['2025-08-18T21:30:00.000Z', 'Europe/Kyiv', '2025-08-19'], // 00:30 the next day in Kyiv
    ['2025-08-15T07:59:59.999Z', 'America/Anchorage', '2025-08-14'],
    ['2025-08-15T08:00:00.000Z', 'America/Anchorage', '2025-08-15'],
  ])('%s in %s is on %s', (instant, tz, date) => {
    expect(wallClock(Date.parse(instant), tz).toISOString().slice(0, 10)).toBe(date);
  });
});

describe('localTimeOffsets', () => {
  const shown = (date: string, time: string, tz: string) => localTimeOffsets(date, time, tz).map(formatOffset);

  it.each<[string, string, string, string[]]>([
    ['2025-08-15', '11:00', 'America/Anchorage', ['-08:00']],
    ['2025-11-02', '01:30', 'America/New_York', ['-04:00', '-05:00']], // clocks turned back: twice
    ['2025-11-02', '00:59', 'America/New_York', ['-04:00']],
    ['2025-11-02', '02:00', 'America/New_York', ['-05:00']],
    ['2025-03-09', '02:30', 'America/New_York', []], // skipped
    ['2025-10-26', '02:30', 'Europe/Berlin', ['+02:00', '+01:00']],
    ['2025-04-06', '02:30', 'Australia/Sydney', ['+11:00', '+10:00']], // southern hemisphere
    ['2025-04-06', '01:45', 'Australia/Lord_Howe', ['+11:00', '+10:30']], // a half-hour change
    ['2025-11-02', '01:30', 'UTC', ['+00:00']],
  ])('%s %s in %s has offsets %j', (date, time, tz, offsets) => {
    expect(shown(date, time, tz)).toEqual(offsets);
  });
});

describe('skippingClockChange', () => {
  it('finds the change that skips a time, to the minute', () => {
    const change = skippingClockChange('2025-03-09', '02:30', 'America/New_York');
    expect(change && { ...change, instant: iso(change.instant) }).toEqual({
      instant: '2025-03-09T07:00:00.000Z',
      before: -5 * 3_600_000,
      after: -4 * 3_600_000,
    });
  });

  it('is undefined for a time that exists', () => {
    expect(skippingClockChange('2025-11-02', '01:30', 'America/New_York')).toBeUndefined();
    expect(skippingClockChange('2025-08-15', '11:00', 'America/Anchorage')).toBeUndefined();
  });
});

describe('formatOffset', () => {
  it.each<[number, string]>([
    [-4 * 3_600_000, '-04:00'],
    [0, '+00:00'],
    [(5 * 60 + 45) * 60_000, '+05:45'],
    [-(9 * 60 + 30) * 60_000, '-09:30'],
  ])('%i ms is %s', (ms, text) => {
    expect(formatOffset(ms)).toBe(text);
  });
});

describe('timePointStart with an explicit offset', () => {
  const withOffset = (date: string, time: string, tz: string, offset: string): TimePoint => ({
    ...minute(date, time, tz),
    offset,
  });

  it('reads each instant of a repeated hour', () => {
    expect(iso(timePointStart(minute('2025-11-02', '01:30', 'America/New_York')))).toBe('2025-11-02T05:30:00.000Z');
    expect(iso(timePointStart(withOffset('2025-11-02', '01:30', 'America/New_York', '-04:00')))).toBe(
      '2025-11-02T05:30:00.000Z',
    );
    expect(iso(timePointStart(withOffset('2025-11-02', '01:30', 'America/New_York', '-05:00')))).toBe(
      '2025-11-02T06:30:00.000Z',
    );
  });

  it('gives an unambiguous time the instant it has without one', () => {
    const p = minute('2025-08-15', '11:00', 'America/Anchorage');
    expect(timePointStart({ ...p, offset: '-08:00' })).toBe(timePointStart(p));
    expect(timePointEnd({ ...p, offset: '-08:00' })).toBe(timePointEnd(p));
  });

  it('ignores an offset on a day', () => {
    const p = day('2025-08-17', 'America/New_York');
    expect(timePointStart({ ...p, offset: '-04:00' })).toBe(timePointStart(p));
  });
});
