/** TimelineJS's spreadsheet template, as a Google Sheets CSV export, → a Parley data folder. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TIMELINEJS_COLUMNS, readTimelineJsCsv } from '../../../src/domain/interchange/timelineJsCsv.ts';
import { readTimelineJsJson } from '../../../src/domain/interchange/timelineJsJson.ts';
import type { ImportOptions } from '../../../src/domain/interchange/types.ts';
import { line, ofSeverity, validationLines } from './importCheck.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'timelinejs');
const options = (more: Partial<ImportOptions> = {}): ImportOptions => ({
  fileName: 'sheet.csv',
  zone: 'America/New_York',
  today: '2026-12-02',
  ...more,
});
const apollo = () =>
  readTimelineJsCsv(readFileSync(join(FIXTURES, 'apollo.csv'), 'utf8'), options({ fileName: 'apollo.csv' }));

const HEADER = TIMELINEJS_COLUMNS.join(',');
/** A sheet of the template's columns; each row gives some cells by column name. */
const sheet = (...rows: Partial<Record<(typeof TIMELINEJS_COLUMNS)[number], string>>[]) =>
  [HEADER, ...rows.map((r) => TIMELINEJS_COLUMNS.map((c) => r[c] ?? '').join(','))].join('\r\n');

describe('a Google Sheets export of the template (apollo.csv)', () => {
  it('imports into a folder that validates', () => {
    const r = apollo();
    expect(ofSeverity(r, 'error')).toEqual([]);
    expect(r.data?.events.map((e) => e.id)).toEqual([
      '1968-12-21-apollo-8',
      '1969-07-20-apollo-11-lands',
      '1970-04-01-apollo-13',
      '1971-02-05-apollo-14',
      '1972-01-01-the-last-landing',
    ]);
    expect(validationLines(r.data ?? (null as never))).toEqual([]);
  });

  it('reads quoted cells with commas, doubled quotes and line breaks', () => {
    const events = apollo().data?.events ?? [];
    expect(events[1]?.summary).toBe(
      '"The Eagle has landed." Armstrong and Aldrin land in the Sea of Tranquility;\nCollins stays in orbit.',
    );
    expect(events[2]?.summary).toBe('An oxygen tank fails on the way out; the crew return, without landing.');
  });

  it('keeps each date at its precision: minutes, a 12-hour time, a month, a year', () => {
    const events = apollo().data?.events ?? [];
    expect(events.map((e) => [e.start.precision, e.start.time])).toEqual([
      ['minute', '12:51'],
      ['minute', '20:17'],
      ['month', undefined],
      ['minute', '09:18'],
      ['year', undefined],
    ]);
    expect(events[0]?.end).toEqual({ date: '1968-12-27', tz: 'America/New_York', time: '15:51', precision: 'minute' });
  });

  it('makes the title row the timeline, the era rows its eras, and the groups actors', () => {
    const data = apollo().data;
    expect(data?.timeline).toMatchObject({
      title: 'The Apollo programme',
      subtitle: 'From the first crewed flight to the last landing, 1968–1972.',
      eras: [
        { title: 'Getting there', from: '1968-01-01', to: '1969-12-31' },
        { title: 'Landings', from: '1969-07-01', to: '1972-12-31' },
      ],
    });
    expect(data?.actors.map((a) => a.name)).toEqual(['Flights', 'Landings']);
  });

  it('keeps the link and the media of Apollo 8 as one source with the credit and caption', () => {
    const source = apollo().data?.sources.find((s) => s.url === 'https://www.nasa.gov/mission/apollo-8/');
    expect(source?.notes).toContain('Credit: NASA. Caption: Earthrise, taken by Bill Anders.');
  });

  it('lists by row and column what it cannot carry over, and never keeps a hostile link or a script', () => {
    const r = apollo();
    expect(ofSeverity(r, 'dropped')).toEqual([
      "dropped row 2 Media: the title slide's media is not carried over (no event cites it)",
      "dropped row 2 Media Credit: the title slide's media credit is not carried over",
      'dropped row 2 Background: the background is not carried over: Parley shows no images or slide colours',
      'dropped row 6 Display Date: the display date "July 20, 1969" is not carried over: Parley writes dates from their precision',
      'dropped row 6 Media Thumbnail: the thumbnail is not carried over: Parley shows no images',
      'dropped row 7 Media: the media "javascript:alert(1)" is not kept: only http: and https: links are kept, not javascript:',
      'dropped row 8 Text: a <script> element was removed with its content; it is never carried over',
      'dropped row 8 Media: the media "//www.nasa.gov/mission/apollo-14/" is not kept: it is protocol-relative ("//…"): its scheme is not known; write https://',
    ]);
    expect(JSON.stringify(r.data)).not.toMatch(/javascript:|<script|alert/);
  });

  it('maps a row as the same event in JSON would be mapped', () => {
    const csv = readTimelineJsCsv(
      sheet({ Year: '1969', Month: '7', Day: '20', Time: '20:17', Headline: 'Landing', Text: 'Eagle' }),
      options(),
    );
    const json = readTimelineJsJson(
      JSON.stringify({
        events: [
          {
            start_date: { year: 1969, month: 7, day: 20, hour: 20, minute: 17 },
            text: { headline: 'Landing', text: 'Eagle' },
          },
        ],
      }),
      options(),
    );
    expect(csv.data?.events).toEqual(json.data?.events);
  });
});

describe('bad sheets', () => {
  it('names the missing and unknown columns of a wrong header', () => {
    const text = `${HEADER.replace('Year,', 'Yaer,').replace(',Headline', ',Title')}\r\n2020,,,,,,,,,,Hi,,,,,,,`;
    const r = readTimelineJsCsv(text, options());
    expect(r.data).toBeNull();
    expect(r.problems.map(line)).toEqual([
      'error row 1 Year, Headline: the header lacks the columns "Year", "Headline" of TimelineJS\'s template and has "Yaer" (did you mean "Year"?), "Title", which it does not',
    ]);
  });

  it('lists an extra column whose values it cannot carry over', () => {
    const r = readTimelineJsCsv(`${HEADER},Notes\r\n2020,,,,,,,,,Hi,There,,,,,,,,kept elsewhere`, options());
    expect(ofSeverity(r, 'dropped')).toEqual([
      'dropped row 1 Notes: "Notes" is not a column of TimelineJS\'s template: its values are not carried over',
      'dropped row 2 Notes: not a column of the template: "kept elsewhere" is not carried over',
    ]);
    expect(r.data?.events).toHaveLength(1);
  });

  it('reports unbalanced quotes with the row', () => {
    const r = readTimelineJsCsv(`${HEADER}\r\n2020,,,,,,,,,"Unclosed,Text,,,,,,,,`, options());
    expect(r.data).toBeNull();
    expect(r.problems.map(line)[0]).toMatch(/^error row 2 : a quoted cell is never closed \(unbalanced quotes\)/);
  });

  it('names the row and column of an impossible date and of a time that is not one', () => {
    const r = readTimelineJsCsv(
      sheet(
        { Year: '2021', Month: '2', Day: '31', Headline: 'No such day' },
        { Year: '2021', Time: '25:00', Headline: 'No such hour' },
      ),
      options(),
    );
    expect(r.data).toBeNull();
    expect(ofSeverity(r, 'error').sort()).toEqual([
      'error row 2 Day: 2021-02-31 is not a real calendar date (the month has no day 31)',
      'error row 3 Time: "25:00" is not a time of day (write it as 14:30 or 2:30 PM)',
    ]);
  });

  it('reports a time the clocks skip in the zone given', () => {
    const r = readTimelineJsCsv(
      sheet({ Year: '2025', Month: '3', Day: '9', Time: '2:30', Headline: 'In the gap' }),
      options(),
    );
    expect(ofSeverity(r, 'error')).toEqual([
      'error row 2 Time: 2025-03-09 02:30 does not exist in America/New_York (the clocks skip it)',
    ]);
  });

  it('reads a byte-order mark and skips empty rows', () => {
    const r = readTimelineJsCsv(
      `\uFEFF${sheet({ Year: '2020', Headline: 'One' }, {}, { Year: '2021', Headline: 'Two' })}`,
      options(),
    );
    expect(r.data?.events.map((e) => e.title)).toEqual(['One', 'Two']);
  });
});
