/** The Parley spreadsheet: an export imports back to the same events; authored sheets import; bad ones say where. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { PARLEY_COLUMNS, readParleyCsv, toParleyCsv } from '../../../src/domain/interchange/parleyCsv.ts';
import type { ImportOptions, ImportResult } from '../../../src/domain/interchange/types.ts';
import type { DiplomaticEvent, RawDataset, Source, SourceId } from '../../../src/domain/schema.ts';
import { bundledInput, madeUpInput } from './exportFixture.ts';
import { validationLines } from './importCheck.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'parley-csv');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const options = (fileName: string, extra: Partial<ImportOptions> = {}): ImportOptions => ({
  fileName,
  today: '2026-12-02',
  ...extra,
});

/** The imported data, failing the test with the problems when there is none. */
function dataOf(result: ImportResult): RawDataset {
  if (result.data === null)
    throw new Error(result.problems.map((p) => `${p.where} ${p.field}: ${p.message}`).join('\n'));
  return result.data;
}

/** What a round trip must keep of an event. */
const essentials = (e: DiplomaticEvent) => ({
  id: e.id,
  title: e.title,
  summary: e.summary,
  kind: e.kind,
  status: e.status,
  verification: e.verification,
  start: { date: e.start.date, time: e.start.time, offset: e.start.offset, tz: e.start.tz },
  precision: e.start.precision,
  part: e.start.partOfDay ?? e.start.partOfMonth,
  end: e.end && { date: e.end.date, time: e.end.time, precision: e.end.precision, tz: e.end.tz },
  placeId: e.placeId,
  venue: e.venueDetail,
  participants: e.participants.map((p) => [p.actorId, p.role]),
  topics: e.topics,
  partOf: e.partOf,
  follows: e.follows,
});

describe('toParleyCsv', () => {
  const csv = toParleyCsv(bundledInput());

  it('writes UTF-8 with a byte-order mark, CRLF, the template header and one row per event', () => {
    expect(csv.startsWith('\ufeffid,date,time,precision,part,end date,')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([...PARLEY_COLUMNS]);
    expect(rows.length - 1).toBe(bundledInput().events.length);
    expect(csv.split('\r\n')[0]).toBe(`\ufeff${PARLEY_COLUMNS.join(',')}`);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')[1]?.startsWith('2025-02-12-trump-putin-call,2025-02-12,,part-of-day,morning,')).toBe(true);
  });

  it('gives the Alaska summit its time, zone, place, participants with roles, topics and aligned sources', () => {
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
    const alaska = rows.find((r) => r.id === '2025-08-15-alaska-summit');
    expect(alaska).toMatchObject({
      date: '2025-08-15',
      time: '11:00',
      precision: 'minute',
      zone: 'America/Anchorage',
      place: 'Joint Base Elmendorf-Richardson',
      locality: 'Anchorage',
      country: 'US',
      kind: 'summit',
      status: 'occurred',
    });
    expect(alaska?.participants).toMatch(
      /^Donald Trump \(host\); Vladimir Putin \(guest\); Marco Rubio \(delegation-member\)/,
    );
    expect(alaska?.['participant ids']).toMatch(/^donald-trump; vladimir-putin; marco-rubio/);
    const urls = (alaska?.['source urls'] ?? '').split('; ');
    const outlets = (alaska?.['source outlets'] ?? '').split('; ');
    expect(urls.length).toBe(outlets.length);
    expect(outlets[1]).toBe('Mehr News Agency');
    expect(urls[1]).toBe('https://en.mehrnews.com/news/235425/Trump-and-Putin-greet-one-another-on-the-tarmac');
  });

  it('neutralises cells a spreadsheet would run as formulas, as OWASP recommends', () => {
    const made = toParleyCsv(madeUpInput());
    const rows = Papa.parse<Record<string, string>>(made.slice(1), { header: true, skipEmptyLines: true }).data;
    const row = rows.find((r) => r.id === '2025-10-26-repeated-hour');
    expect(row?.title).toBe('\'=HYPERLINK("https://evil.example") at the repeated hour');
    expect(row?.summary).toBe("'+1 for the second 02:30 of the night the clocks go back");
    expect(rows.find((r) => r.id === '2026-07-01-about-noon')?.title).toBe("'@mention at about noon");
    // A ";" inside a URL would split the list: it is percent-encoded, and decoded again on import.
    expect(rows.find((r) => r.id === '2025-03-10-madrid-talks')?.['source urls']).toBe(
      'https://elpais.example/a?x=1%3By=2; ',
    );
  });
});

describe('readParleyCsv: round trips', () => {
  it('imports the bundled data exported as CSV back to the same events, and the result validates', () => {
    const input = bundledInput();
    const result = readParleyCsv(toParleyCsv(input), options('talks.csv'));
    const data = dataOf(result);
    expect(result.problems.filter((p) => p.severity !== 'changed')).toEqual([]);
    expect(data.events.map(essentials)).toEqual(input.events.map(essentials));
    const names = new Map(data.actors.map((a) => [a.id, a.name]));
    for (const e of input.events)
      for (const p of e.participants) expect(names.get(p.actorId)).toBe(input.actorById.get(p.actorId)?.name);
    expect(validationLines(data)).toEqual([]);
  });

  it('keeps every source link and outlet of an event, in order', () => {
    const input = bundledInput();
    const data = dataOf(readParleyCsv(toParleyCsv(input), options('talks.csv')));
    const sources = new Map(data.sources.map((s) => [s.id, s]));
    const alaska = data.events.find((e) => e.id === '2025-08-15-alaska-summit');
    const original = input.events.find((e) => e.id === '2025-08-15-alaska-summit');
    const pairs = (ids: readonly SourceId[], lookup: (id: SourceId) => Source | undefined) =>
      ids.map(lookup).map((s) => [s?.url, s?.outlet]);
    expect(pairs(alaska?.sourceIds ?? [], (id) => sources.get(id))).toEqual(
      pairs(original?.sourceIds ?? [], (id) => input.sourceById.get(id)),
    );
    expect(data.sources.find((s) => s.url === undefined && s.outlet === 'The Moscow Times')?.kind).toBe('news-report');
  });

  it('round-trips every precision, a repeated hour, formula-like text and a ";" in a URL', () => {
    const input = madeUpInput();
    const data = dataOf(readParleyCsv(toParleyCsv(input), options('made-up.csv')));
    expect(data.events.map(essentials)).toEqual(input.events.map(essentials));
    expect(data.sources.find((s) => s.outlet === 'El País')?.url).toBe('https://elpais.example/a?x=1;y=2');
    expect(validationLines(data)).toEqual([]);
  });

  it('removes exactly the one quote an export adds, so text that starts with a quote survives', () => {
    const csv =
      "date,title,zone\r\n2024-01-02,'=already quoted,UTC\r\n2024-01-03,''=two quotes,UTC\r\n2024-01-04,'plain,UTC\r\n";
    const data = dataOf(readParleyCsv(csv, options('q.csv')));
    expect(data.events.map((e) => e.title)).toEqual(['=already quoted', "'=two quotes", "'plain"]);
  });
});

describe('readParleyCsv: an authored sheet', () => {
  const result = readParleyCsv(fixture('authored.csv'), options('authored.csv'));
  const data = dataOf(result);

  it('makes ids from the date and title, actors from names, places from names and sources from links', () => {
    expect(data.events.map((e) => e.id)).toEqual([
      '2024-05-06-ministers-meet-in-paris-first-round',
      '2024-06-01-a-month-long-review',
    ]);
    const [meeting, review] = data.events;
    expect(meeting?.start).toEqual({ date: '2024-05-06', time: '10:00', tz: 'Europe/Paris', precision: 'minute' });
    expect(meeting?.summary).toBe('The ministers met for three hours.\r\nA second paragraph, with "quotes".');
    expect(review?.start).toEqual({ date: '2024-06-01', tz: 'Europe/Paris', precision: 'month' });
    expect(data.actors.map((a) => [a.id, a.name, a.shortName, a.kind, a.affiliation])).toEqual([
      ['marie-curie', 'Marie Curie', 'Curie', 'person', 'Unknown'],
      ['niels-bohr', 'Niels Bohr', 'Bohr', 'person', 'Unknown'],
    ]);
    expect(data.places).toEqual([{ id: 'quai-d-orsay', name: "Quai d'Orsay", countryCode: 'FR', tz: 'Europe/Paris' }]);
    expect(data.sources.map((s) => [s.kind, s.outlet, s.url])).toEqual([
      ['news-report', 'Le Monde', 'https://example.org/report-1'],
      ['news-report', 'Reuters', undefined],
      ['imported-timeline', undefined, undefined],
    ]);
    expect(review?.kind).toBe('document');
    expect(validationLines(data)).toEqual([]);
  });

  it('says what it filled in, naming the row and the column', () => {
    expect(result.problems).toContainEqual({
      severity: 'changed',
      file: 'authored.csv',
      where: 'row 3',
      field: 'source urls',
      message: 'no source given; the event cites the spreadsheet itself ("imported-authored-csv")',
    });
    expect(result.problems).toContainEqual(
      expect.objectContaining({ severity: 'changed', where: 'row 3', field: 'summary' }),
    );
  });

  it('places rows without a zone in --zone, and says so', () => {
    const csv = 'date,title\r\n2024-01-02,A day\r\n';
    const imported = readParleyCsv(csv, options('z.csv', { zone: 'Asia/Tokyo' }));
    expect(dataOf(imported).events[0]?.start.tz).toBe('Asia/Tokyo');
    expect(imported.problems).toContainEqual(
      expect.objectContaining({ severity: 'changed', where: 'row 2', field: 'zone' }),
    );
  });
});

describe('readParleyCsv: bad input', () => {
  it('rejects a wrong header, naming the missing and the unknown columns', () => {
    const result = readParleyCsv(fixture('wrong-header.csv'), options('wrong-header.csv'));
    expect(result.data).toBeNull();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      severity: 'error',
      file: 'wrong-header.csv',
      where: 'row 1',
      field: 'header',
    });
    expect(result.problems[0]?.message).toMatch(
      /^not a Parley spreadsheet header: unknown columns "summery", "colour"/,
    );
  });

  it('names both when a required column is missing', () => {
    const result = readParleyCsv('date,name\r\n2024-01-01,x\r\n', options('x.csv'));
    expect(result.problems[0]?.message).toMatch(/missing column "title"; unknown column "name"/);
  });

  it('rejects unbalanced quotes, naming the row where the quote opens', () => {
    const result = readParleyCsv(fixture('unbalanced-quotes.csv'), options('unbalanced-quotes.csv'));
    expect(result.data).toBeNull();
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'error', file: 'unbalanced-quotes.csv', where: 'row 3' }),
    ]);
    expect(result.problems[0]?.message).toMatch(/never closed/);
  });

  it('rejects a quote inside a quoted cell that is not doubled, and reads one in an unquoted cell as itself', () => {
    const stray = readParleyCsv('date,title\r\n2024-01-02,"a"b"\r\n', options('q.csv', { zone: 'UTC' }));
    expect(stray.data).toBeNull();
    expect(stray.problems).toEqual([expect.objectContaining({ severity: 'error', where: 'row 2' })]);
    expect(stray.problems[0]?.message).toMatch(/^a quoted cell holds a " that neither closes it nor is doubled/);
    const plain = readParleyCsv('date,title\r\n2024-01-02,a"b\r\n', options('p.csv', { zone: 'UTC' }));
    expect(dataOf(plain).events[0]?.title).toBe('a"b');
  });

  it('names the file, row and column of each bad cell', () => {
    const result = readParleyCsv(fixture('bad-cells.csv'), options('bad-cells.csv'));
    expect(result.data).toBeNull();
    expect(result.problems.map((p) => `${p.file} ${p.where} ${p.field}: ${p.message}`)).toEqual([
      'bad-cells.csv row 2 date: "2024-02-30" is not a real date written YYYY-MM-DD',
      'bad-cells.csv row 3 time: "25:00" is not a 24-hour time written HH:MM (or HH:MM+HH:MM with its UTC offset)',
      'bad-cells.csv row 4 source urls: the link "javascript:alert(1)" is not kept: only http: and https: links are kept, not javascript:',
      'bad-cells.csv row 5 source urls: the link "//evil.example/x" is not kept: it is protocol-relative ("//…"): its scheme is not known; write https://',
      expect.stringMatching(/^bad-cells\.csv row 6 topics: unknown topic "weather"; use ids from "ceasefire", /),
      expect.stringMatching(/^bad-cells\.csv row 7 zone: no time zone: /),
      'bad-cells.csv row 8 zone: "Mars/Olympus" is not an IANA time zone such as "Europe/Kyiv"',
    ]);
  });

  it('rejects an id that does not start with the date, a repeated id and a relation to no row', () => {
    const csv =
      'id,date,title,zone,part of\r\n2024-01-01-a,2024-01-02,A,UTC,\r\n2024-01-03-b,2024-01-03,B,UTC,2024-01-09-none\r\n2024-01-03-b,2024-01-03,C,UTC,\r\n';
    const result = readParleyCsv(csv, options('ids.csv'));
    expect(
      result.problems.filter((p) => p.severity === 'error').map((p) => `${p.where} ${p.field}: ${p.message}`),
    ).toEqual([
      'row 2 id: the id "2024-01-01-a" must start with the event\'s date (2024-01-02)',
      'row 4 id: the id "2024-01-03-b" is already used by an earlier row',
      'row 3 part of: no row has the event id "2024-01-09-none"',
    ]);
  });

  it('rejects a column without a name that holds a cell, and reads an empty one as no column', () => {
    const result = readParleyCsv('date,title,\r\n2024-01-02,A,\r\n2024-01-03,B,lost\r\n', options('n.csv'));
    expect(result.data).toBeNull();
    expect(result.problems.map((p) => `${p.where} ${p.field}: ${p.message}`)).toEqual([
      'row 1 header: column 3 has no name, but row 3 has a cell in it; name the column or delete it',
    ]);
    const empty = readParleyCsv('date,title,\r\n2024-01-02,A,\r\n', options('e.csv', { zone: 'UTC' }));
    expect(dataOf(empty).events.map((e) => e.title)).toEqual(['A']);
  });

  it('cuts a text longer than the schema allows, and says so', () => {
    const title = `A ${'very '.repeat(40)}long title`;
    const csv = `date,title,venue\r\n2024-01-02,${title},${'v'.repeat(130)}\r\n`;
    const result = readParleyCsv(csv, options('long.csv', { zone: 'UTC' }));
    const [event] = dataOf(result).events;
    expect(event?.title).toBe(title.slice(0, 140).trimEnd());
    expect(event?.summary).toBe(title);
    expect(event?.venueDetail).toHaveLength(120);
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        severity: 'changed',
        where: 'row 2',
        field: 'title',
        message: `${JSON.stringify(`${title.slice(0, 40)}…`)} has ${title.length} characters; cut to 140`,
      }),
    );
    expect(result.problems).toContainEqual(
      expect.objectContaining({ severity: 'changed', where: 'row 2', field: 'venue' }),
    );
    expect(validationLines(dataOf(result))).toEqual([]);
  });

  it('rejects an empty file and a sheet with only a header', () => {
    expect(readParleyCsv('', options('e.csv')).problems[0]?.message).toMatch(/the file is empty/);
    expect(readParleyCsv('\ufeffdate,title\r\n', options('h.csv')).problems[0]?.message).toMatch(/no events/);
  });
});
