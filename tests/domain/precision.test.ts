/** Time points as precise as the sources: placing, ordering and wording each precision. */
import { describe, expect, it } from 'vitest';
import { orderEvents, type TimelineEvent } from '../../src/domain/dataset.ts';
import { eventTimeParts, eventTimeText, machineTime, timePointText } from '../../src/domain/eventTime.ts';
import { formatDayHeading, formatMonth } from '../../src/domain/format.ts';
import { eventSchema, type DiplomaticEvent, type TimePoint } from '../../src/domain/schema.ts';
import { timePointEnd, timePointStart } from '../../src/domain/time.ts';

const NY = 'America/New_York';
const utc = (iso: string) => Date.parse(iso);

const point = (p: Partial<TimePoint> & Pick<TimePoint, 'date' | 'precision'>): TimePoint => ({ tz: NY, ...p });

const event = (id: string, start: TimePoint, extra: Partial<DiplomaticEvent> = {}): DiplomaticEvent =>
  eventSchema.parse({
    id,
    title: id,
    summary: 'Made up for a test.',
    kind: 'bilateral-meeting',
    status: 'occurred',
    start,
    participants: [],
    topics: ['diplomacy'],
    verification: 'confirmed',
    sourceIds: ['src'],
    ...extra,
  });

const ids = (events: readonly TimelineEvent[]) => events.map((e) => e.id);

describe('where each precision starts and ends', () => {
  it.each<[string, TimePoint, string, string]>([
    [
      'a minute is a point',
      point({ date: '2025-08-18', time: '13:15', precision: 'minute' }),
      '2025-08-18T17:15Z',
      '2025-08-18T17:15Z',
    ],
    [
      'an hour is a point at the hour',
      point({ date: '2025-08-18', time: '15:00', precision: 'hour' }),
      '2025-08-18T19:00Z',
      '2025-08-18T19:00Z',
    ],
    [
      'a morning runs 05:00 to noon',
      point({ date: '2025-08-18', precision: 'part-of-day', partOfDay: 'morning' }),
      '2025-08-18T09:00Z',
      '2025-08-18T15:59:59.999Z',
    ],
    [
      'an afternoon runs noon to 17:00',
      point({ date: '2025-08-18', precision: 'part-of-day', partOfDay: 'afternoon' }),
      '2025-08-18T16:00Z',
      '2025-08-18T20:59:59.999Z',
    ],
    [
      'a night runs past midnight to 05:00',
      point({ date: '2025-08-18', precision: 'part-of-day', partOfDay: 'night' }),
      '2025-08-19T01:00Z',
      '2025-08-19T08:59:59.999Z',
    ],
    [
      'a day is the whole day',
      point({ date: '2025-08-18', precision: 'day' }),
      '2025-08-18T04:00Z',
      '2025-08-19T03:59:59.999Z',
    ],
    [
      'a month is the whole month',
      point({ date: '2025-10-01', precision: 'month' }),
      '2025-10-01T04:00Z',
      '2025-11-01T03:59:59.999Z',
    ],
    [
      'early in a month is its first ten days',
      point({ date: '2025-10-01', precision: 'month', partOfMonth: 'early' }),
      '2025-10-01T04:00Z',
      '2025-10-11T03:59:59.999Z',
    ],
    [
      'mid-month is the 11th to the 20th',
      point({ date: '2025-10-11', precision: 'month', partOfMonth: 'mid' }),
      '2025-10-11T04:00Z',
      '2025-10-21T03:59:59.999Z',
    ],
    // The clocks go back on 2 November 2025 in New York: the period ends in standard time.
    [
      'late in a month runs to its last day',
      point({ date: '2025-10-21', precision: 'month', partOfMonth: 'late' }),
      '2025-10-21T04:00Z',
      '2025-11-01T03:59:59.999Z',
    ],
    [
      'late December ends with the year',
      point({ date: '2025-12-21', precision: 'month', partOfMonth: 'late' }),
      '2025-12-21T05:00Z',
      '2026-01-01T04:59:59.999Z',
    ],
    [
      "a year is the whole year in the venue's zone",
      point({ date: '2019-01-01', precision: 'year' }),
      '2019-01-01T05:00Z',
      '2020-01-01T04:59:59.999Z',
    ],
    [
      'a year of the first century is that year, not one of the 1900s',
      point({ date: '0060-01-01', precision: 'year', tz: 'UTC' }),
      '0060-01-01T00:00Z',
      '0060-12-31T23:59:59.999Z',
    ],
    [
      'the year 9999 ends on its last day',
      point({ date: '9999-01-01', precision: 'year', tz: 'UTC' }),
      '9999-01-01T00:00Z',
      '9999-12-31T23:59:59.999Z',
    ],
  ])('%s', (_, p, start, end) => {
    expect(new Date(timePointStart(p)).toISOString()).toBe(new Date(utc(start)).toISOString());
    expect(new Date(timePointEnd(p)).toISOString()).toBe(new Date(utc(end)).toISOString());
  });
});

describe('how each precision reads', () => {
  it.each<[TimePoint, string, string]>([
    [
      point({ date: '2025-08-18', time: '13:15', precision: 'minute' }),
      'Mon 18 Aug 2025, 13:15 EDT',
      '2025-08-18T13:15-04:00',
    ],
    [
      point({ date: '2025-08-18', time: '15:00', precision: 'hour' }),
      'Mon 18 Aug 2025, about 15:00 EDT',
      '2025-08-18T15:00-04:00',
    ],
    [
      point({ date: '2025-08-18', precision: 'part-of-day', partOfDay: 'afternoon' }),
      'Mon 18 Aug 2025, afternoon',
      '2025-08-18',
    ],
    [point({ date: '2025-08-18', precision: 'day' }), 'Mon 18 Aug 2025', '2025-08-18'],
    [point({ date: '2025-10-01', precision: 'month' }), 'October 2025', '2025-10'],
    [point({ date: '2025-10-21', precision: 'month', partOfMonth: 'late' }), 'late October 2025', '2025-10'],
    [point({ date: '2025-10-11', precision: 'month', partOfMonth: 'mid' }), 'mid-October 2025', '2025-10'],
    [point({ date: '2019-01-01', precision: 'year' }), '2019', '2019'],
    [point({ date: '0627-01-01', precision: 'year', tz: 'UTC' }), '627', '0627'],
    [point({ date: '0627-12-12', precision: 'day', tz: 'UTC' }), 'Wed 12 Dec 627', '0627-12-12'],
  ])('%j reads "%s"', (p, label, datetime) => {
    expect(timePointText(p, timePointStart(p))).toBe(label);
    expect(machineTime(p)).toBe(datetime);
  });

  it('never shows an invented time for an event placed by "after"', () => {
    const [, call] = orderEvents([
      event('2025-08-18-meeting', point({ date: '2025-08-18', time: '13:15', precision: 'minute' })),
      event('2025-08-18-call', point({ date: '2025-08-18', precision: 'day', after: '2025-08-18-meeting' as never })),
    ]);
    expect(call?.id).toBe('2025-08-18-call');
    const text = eventTimeText(call as TimelineEvent);
    expect(text.label).toBe('Mon 18 Aug 2025');
    expect(text.datetime).toBe('2025-08-18');
    expect(text.hasTime).toBe(false);
  });

  it('says until when an end is a later year, and nothing when it is the same year', () => {
    const [e, same] = orderEvents([
      event('1950-01-01-decade', point({ date: '1950-01-01', precision: 'year' }), {
        end: point({ date: '1955-01-01', precision: 'year' }),
      }),
      event('1960-01-01-year', point({ date: '1960-01-01', precision: 'year' }), {
        end: point({ date: '1960-01-01', precision: 'year' }),
      }),
    ]);
    expect(eventTimeText(e as TimelineEvent)).toMatchObject({ label: '1950', until: 'until 1955', hasTime: false });
    expect(eventTimeText(same as TimelineEvent).until).toBeUndefined();
  });

  it('says until when an end is a later month', () => {
    const [e] = orderEvents([
      event('2025-10-21-drafting', point({ date: '2025-10-21', precision: 'month', partOfMonth: 'late' }), {
        end: point({ date: '2025-11-01', precision: 'month', partOfMonth: 'early' }),
      }),
    ]);
    expect(eventTimeText(e as TimelineEvent).until).toBe('until early November 2025');
  });
});

describe('how a card sets the date and the time apart', () => {
  const parts = (start: TimePoint) => {
    const [e] = orderEvents([event(`${start.date}-x`, start)]);
    return eventTimeParts(e as TimelineEvent);
  };

  it.each<[TimePoint, { date: string; time?: string; shortDate: string; monthOnly: boolean }]>([
    [
      point({ date: '2025-08-18', time: '13:15', precision: 'minute' }),
      { date: 'Mon 18 Aug 2025', time: '13:15 EDT', shortDate: 'Mon 18 Aug', monthOnly: false },
    ],
    [
      point({ date: '2025-08-18', time: '15:00', precision: 'hour' }),
      { date: 'Mon 18 Aug 2025', time: 'about 15:00 EDT', shortDate: 'Mon 18 Aug', monthOnly: false },
    ],
    [
      point({ date: '2025-08-18', precision: 'part-of-day', partOfDay: 'afternoon' }),
      { date: 'Mon 18 Aug 2025', time: 'afternoon', shortDate: 'Mon 18 Aug', monthOnly: false },
    ],
    [
      point({ date: '2025-08-18', precision: 'day' }),
      { date: 'Mon 18 Aug 2025', shortDate: 'Mon 18 Aug', monthOnly: false },
    ],
    [
      point({ date: '2025-10-21', precision: 'month', partOfMonth: 'late' }),
      { date: 'late October 2025', shortDate: 'Late Oct', monthOnly: true },
    ],
    [point({ date: '2025-10-01', precision: 'month' }), { date: 'October 2025', shortDate: 'Oct', monthOnly: true }],
    [point({ date: '2019-01-01', precision: 'year' }), { date: '2019', shortDate: '2019', monthOnly: true }],
  ])('%j: %j', (p, expected) => {
    expect(parts(p)).toEqual(expected);
  });

  it('writes a date as the day heading above it does, whatever the zone', () => {
    const tokyo = point({ date: '2025-08-19', time: '00:30', precision: 'minute', tz: 'Asia/Tokyo' });
    expect(parts(tokyo).date).toBe(formatDayHeading('2025-08-19'));
    expect(formatDayHeading('2025-08-19')).toBe('Tue 19 Aug 2025');
    expect(formatMonth('2025-08-19')).toBe('August 2025');
  });
});

describe('the order events happened in', () => {
  const day = (id: string, extra: Partial<TimePoint> = {}) =>
    event(`2025-08-18-${id}`, point({ date: '2025-08-18', precision: 'day', ...extra }));
  const at = (id: string, time: string) =>
    event(`2025-08-18-${id}`, point({ date: '2025-08-18', time, precision: 'minute' }));

  it('puts an event placed "after" another right after it, whatever the ids say', () => {
    const events = [
      day('a-call', { after: '2025-08-18-oval-office' as never }),
      at('oval-office', '13:15'),
      at('multilateral', '15:00'),
    ];
    expect(ids(orderEvents(events))).toEqual([
      '2025-08-18-oval-office',
      '2025-08-18-a-call',
      '2025-08-18-multilateral',
    ]);
  });

  it('follows a chain of "after" links', () => {
    const events = [
      day('c', { after: '2025-08-18-b' as never }),
      day('b', { after: '2025-08-18-a' as never }),
      at('a', '09:00'),
    ];
    expect(ids(orderEvents(events))).toEqual(['2025-08-18-a', '2025-08-18-b', '2025-08-18-c']);
  });

  it('keeps the file order for events the sources do not order, not the ids', () => {
    expect(ids(orderEvents([day('zulu'), day('alpha'), day('mike')]))).toEqual([
      '2025-08-18-zulu',
      '2025-08-18-alpha',
      '2025-08-18-mike',
    ]);
  });

  it('places a part of the day among the timed events', () => {
    const events = [
      day('all-day'),
      event('2025-08-18-afternoon', point({ date: '2025-08-18', precision: 'part-of-day', partOfDay: 'afternoon' })),
      at('evening-call', '19:30'),
      at('morning-talks', '10:00'),
    ];
    expect(ids(orderEvents(events))).toEqual([
      '2025-08-18-all-day',
      '2025-08-18-morning-talks',
      '2025-08-18-afternoon',
      '2025-08-18-evening-call',
    ]);
  });

  it('keeps the starts in order, so every view that searches by time still can', () => {
    const events = orderEvents([
      day('call', { after: '2025-08-18-talks' as never }),
      at('talks', '15:00'),
      at('later', '18:00'),
    ]);
    const starts = events.map((e) => e.startMs);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    // The call cannot have started before the talks it followed, so that is where it is placed.
    expect(events[1]?.startMs).toBe(events[0]?.startMs);
  });
});
