/** The iCalendar export, read back with ical.js (a maintained parser) as a calendar app would. */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, toIcs } from '../../../src/domain/interchange/ics.ts';
import { bundledInput, madeUpInput } from './exportFixture.ts';

/** The calendar parsed, its zones registered so that TZID times resolve through its own VTIMEZONEs. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const events = new Map(
    calendar.getAllSubcomponents('vevent').map((v) => {
      const e = new ICAL.Event(v);
      return [e.uid, { component: v, event: e }] as const;
    }),
  );
  return { calendar, events };
}

function eventOf(parsed: ReturnType<typeof parse>, uid: string) {
  const found = parsed.events.get(uid);
  if (found === undefined) throw new Error(`no VEVENT with UID ${uid}`);
  return found;
}

const bundledIcs = toIcs(bundledInput());
const bundled = parse(bundledIcs);
const madeUpIcs = toIcs(madeUpInput());
const madeUp = parse(madeUpIcs);

describe('toIcs on the bundled data', () => {
  it('is a calendar named after the timeline, with one VEVENT per event', () => {
    expect(bundled.calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(bundled.calendar.getFirstPropertyValue('prodid')).toBe('-//Parley//Parley timeline export//EN');
    expect(bundled.calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(bundled.calendar.getFirstPropertyValue('name')).toBe('Talks on ending the war in Ukraine');
    expect(bundled.calendar.getFirstPropertyValue('x-wr-calname')).toBe('Talks on ending the war in Ukraine');
    expect(bundled.events.size).toBe(bundledInput().events.length);
  });

  it('puts the Alaska summit at 11:00 in Anchorage, 19:00 UTC, through its own VTIMEZONE', () => {
    const { component, event } = eventOf(bundled, '2025-08-15-alaska-summit@parley.example');
    expect(event.startDate.zone?.tzid).toBe('America/Anchorage');
    expect(event.startDate.toString()).toBe('2025-08-15T11:00:00');
    expect(event.startDate.toJSDate().toISOString()).toBe('2025-08-15T19:00:00.000Z');
    expect(component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(component.getFirstPropertyValue('url')).toBe(
      'https://parley.example/parley/events/2025-08-15-alaska-summit/',
    );
    expect(event.location).toBe('Joint Base Elmendorf-Richardson, Anchorage, United States');
  });

  it('puts the Oval Office meeting of 18 August 2025 at 13:15 in New York, 17:15 UTC', () => {
    const { event } = eventOf(bundled, '2025-08-18-trump-zelenskyy-oval-office@parley.example');
    expect(event.startDate.toJSDate().toISOString()).toBe('2025-08-18T17:15:00.000Z');
    expect(event.location).toContain('Oval Office, The White House, Washington, D.C., United States');
  });

  it('writes day-precision events as all-day dates ending the day after', () => {
    const { event } = eventOf(bundled, '2025-02-28-trump-zelenskyy-oval-office@parley.example');
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2025-02-28');
    expect(event.endDate.toString()).toBe('2025-03-01');
  });

  it('describes each event with its summary, participants with roles and numbered sources with links', () => {
    const { event } = eventOf(bundled, '2025-08-15-alaska-summit@parley.example');
    expect(event.summary).toBe('Trump–Putin summit at Joint Base Elmendorf-Richardson, Anchorage');
    expect(event.description).toContain('Participants: Donald Trump (host), Vladimir Putin (guest)');
    expect(event.description).toMatch(/\nSources:\n1\. The Moscow Times: /);
    expect(event.description).toContain(
      '2. Mehr News Agency: Trump and Putin greet one another on the tarmac (2025-08-15) https://en.mehrnews.com/',
    );
  });

  it('marks the postponed Budapest summit TENTATIVE, over the last third of October', () => {
    const { component, event } = eventOf(bundled, '2025-10-21-budapest-summit@parley.example');
    expect(component.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(event.startDate.toString()).toBe('2025-10-21');
    expect(event.endDate.toString()).toBe('2025-11-01');
  });

  it('ends every line with CRLF and folds none longer than 75 octets', () => {
    expect(bundledIcs.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(bundledIcs.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const lines = bundledIcs.split('\r\n');
    expect(Math.max(...lines.map((l) => new TextEncoder().encode(l).length))).toBeLessThanOrEqual(75);
  });
});

describe('toIcs on made-up events', () => {
  it('writes all-day dates for a part of the day, a month, a third of a month and a year', () => {
    const dates = (uid: string) => {
      const { event } = eventOf(madeUp, `${uid}@parley.example`);
      return [event.startDate.isDate, event.startDate.toString(), event.endDate.toString()];
    };
    expect(dates('2025-03-14-afternoon-call')).toEqual([true, '2025-03-14', '2025-03-15']);
    expect(dates('2025-10-21-late-october-summit')).toEqual([true, '2025-10-21', '2025-11-01']);
    expect(dates('2025-11-01-a-month')).toEqual([true, '2025-11-01', '2025-12-01']);
    expect(dates('2024-01-01-a-year')).toEqual([true, '2024-01-01', '2025-01-01']);
    expect(dates('2025-06-02-two-days')).toEqual([true, '2025-06-02', '2025-06-04']);
  });

  it('says when in the day a part-of-day event was', () => {
    expect(eventOf(madeUp, '2025-03-14-afternoon-call@parley.example').event.description).toContain(
      'When: afternoon (Asia/Tokyo)',
    );
  });

  it('marks a cancelled event CANCELLED and a scheduled one TENTATIVE', () => {
    const status = (uid: string) => eventOf(madeUp, `${uid}@parley.example`).component.getFirstPropertyValue('status');
    expect(status('2025-03-12-cancelled-visit')).toBe('CANCELLED');
    expect(status('2025-11-01-a-month')).toBe('TENTATIVE');
    expect(status('2025-03-10-madrid-talks')).toBe('CONFIRMED');
  });

  it('gives a timed event its end in the venue zone, and an about-the-hour event its hour', () => {
    const talks = eventOf(madeUp, '2025-03-10-madrid-talks@parley.example').event;
    expect(talks.startDate.toJSDate().toISOString()).toBe('2025-03-10T08:30:00.000Z');
    expect(talks.endDate.toJSDate().toISOString()).toBe('2025-03-10T16:00:00.000Z');
    const noon = eventOf(madeUp, '2026-07-01-about-noon@parley.example').event;
    expect(noon.startDate.toJSDate().toISOString()).toBe('2026-07-01T03:00:00.000Z');
  });

  it('writes the second of two repeated wall-clock times in UTC', () => {
    const { event } = eventOf(madeUp, '2025-10-26-repeated-hour@parley.example');
    // 02:30+01:00, after the clocks went back from 03:00 CEST: 01:30 UTC, not the first 02:30 (00:30 UTC).
    expect(event.startDate.toJSDate().toISOString()).toBe('2025-10-26T01:30:00.000Z');
  });

  it('writes a VTIMEZONE for each zone with timed events, with the change of offset in the years they span', () => {
    const zones = madeUp.calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'));
    expect(zones).toEqual(['Asia/Tokyo', 'Europe/Madrid']);
    const madrid = madeUp.calendar
      .getAllSubcomponents('vtimezone')
      .find((z) => z.getFirstPropertyValue('tzid') === 'Europe/Madrid');
    const daylight = madrid?.getAllSubcomponents('daylight') ?? [];
    expect(daylight.map((d) => String(d.getFirstPropertyValue('dtstart')))).toEqual(['2025-03-30T02:00:00']);
    expect(madeUpIcs).toContain('TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:GMT+2');
  });

  it('round-trips commas, semicolons, backslashes, line breaks and characters split by folding', () => {
    const { event } = eventOf(madeUp, '2025-03-10-madrid-talks@parley.example');
    expect(event.summary).toBe('Talks in Madrid, part 1; the long one \\ with a backslash');
    expect(event.description).toContain(
      'with accents (é, ñ, ü), a Japanese name (佐藤健二), an emoji (🕊️) and a line break.\nThe second line.',
    );
    expect(event.description).toContain('1. El País: Talks, in Madrid; and more https://elpais.example/a?x=1;y=2');
    expect(event.location).toBe('Consejo de Ministros room, Palacio de la Moncloa, Madrid, Spain');
    // ical.js does not know RFC 7986's NAME, so it gives the value as written, escaped as TEXT.
    expect(madeUp.calendar.getFirstPropertyValue('name')).toBe('Ça\\, c’est\\; un test');
  });

  it('uses "parley" for the UID and leaves out URL when the site has no origin', () => {
    const parsed = parse(toIcs(madeUpInput({ origin: '', base: '/' })));
    const { component } = eventOf(parsed, '2025-03-10-madrid-talks@parley');
    expect(component.getFirstPropertyValue('url')).toBeNull();
  });

  it('stamps every event with the export time in UTC', () => {
    expect(madeUpIcs).toContain('DTSTAMP:20261202T083000Z\r\n');
  });
});

describe('escapeText and foldLine', () => {
  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a character', () => {
    const line = `DESCRIPTION:${'é'.repeat(40)}${'🕊'.repeat(10)}`;
    const folded = foldLine(line).split('\r\n');
    const encoder = new TextEncoder();
    expect(folded.length).toBeGreaterThan(1);
    for (const [k, l] of folded.entries()) {
      expect(encoder.encode(l).length).toBeLessThanOrEqual(75);
      if (k > 0) expect(l.startsWith(' ')).toBe(true);
    }
    expect(folded.map((l, k) => (k === 0 ? l : l.slice(1))).join('')).toBe(line);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });
});
