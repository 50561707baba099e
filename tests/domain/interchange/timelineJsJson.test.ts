/** TimelineJS JSON → a Parley data folder: the published examples, the mapping rules and hostile input. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTimelineJsJson } from '../../../src/domain/interchange/timelineJsJson.ts';
import { MAX_IMPORT_BYTES } from '../../../src/domain/interchange/timelineJsMapping.ts';
import type { ImportOptions } from '../../../src/domain/interchange/types.ts';
import { line, ofSeverity, validationLines } from './importCheck.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'timelinejs');
const example = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const options = (fileName: string, more: Partial<ImportOptions> = {}): ImportOptions => ({
  fileName,
  zone: 'America/Chicago',
  today: '2026-12-02',
  ...more,
});
const read = (name: string, more: Partial<ImportOptions> = {}) =>
  readTimelineJsJson(example(name), options(name, more));

/** A TimelineJS file of the given events (and more top-level keys). */
const timeline = (events: unknown[], more: Record<string, unknown> = {}) => JSON.stringify({ events, ...more });
const slide = (start: Record<string, unknown>, headline = 'An event', more: Record<string, unknown> = {}) => ({
  start_date: start,
  text: { headline, text: 'What happened.' },
  ...more,
});
const readText = (text: string, more: Partial<ImportOptions> = {}) =>
  readTimelineJsJson(text, options('mine.json', more));

describe('the published TimelineJS examples', () => {
  it.each<[string, number, number]>([
    ['welcome.json', 26, 26],
    ['eras.json', 20, 20],
    ['years.json', 5, 0],
    ['milliseconds.json', 5, 5],
    ['group_sample.json', 7, 7],
  ])('%s imports (%i events in, %i out) into a folder that validates', (name, eventsIn, eventsOut) => {
    const r = read(name);
    expect(ofSeverity(r, 'error')).toEqual([]);
    expect(JSON.parse(example(name)).events).toHaveLength(eventsIn);
    expect(r.data?.events).toHaveLength(eventsOut);
    expect(validationLines(r.data ?? (null as never))).toEqual([]);
    // Every event cites the imported file.
    for (const e of r.data?.events ?? []) expect(e.sourceIds[0]).toBe('imported-timeline');
    expect(r.problems.every((p) => p.file === name)).toBe(true);
  });

  it('keeps each date at its own precision (welcome.json)', () => {
    const events = read('welcome.json').data?.events ?? [];
    const byTitle = (t: string) => events.find((e) => e.title === t);
    expect(byTitle('Welcome to TimelineJS')?.start).toEqual({
      date: '1850-01-01',
      tz: 'America/Chicago',
      precision: 'year',
    });
    expect(byTitle('Blockquote')).toMatchObject({
      id: '1950-02-07-blockquote',
      start: { date: '1950-02-07', precision: 'day' },
      end: { date: '1955-01-01', precision: 'year' },
    });
    expect(byTitle('Flickr')?.start).toEqual({
      date: '1985-01-05',
      tz: 'America/Chicago',
      time: '06:45',
      precision: 'minute',
    });
    expect(
      events.every((e) => e.kind === 'other' && e.status === 'occurred' && e.verification === 'not-verified'),
    ).toBe(true);
    expect(events.every((e) => e.placeId === undefined && e.topics.length === 0)).toBe(true);
  });

  it('lists what welcome.json cannot carry over, each with its index and field', () => {
    const dropped = ofSeverity(read('welcome.json'), 'dropped');
    expect(dropped).toEqual(
      expect.arrayContaining([
        'dropped file scale: the scale "javascript" is not carried over: Parley places events on the calendar',
        'dropped events[9] start_date.second: seconds ("56") are not carried over: times go to the minute',
        'dropped events[7] media.url: the media is HTML (an embed or a quotation), not a link: not carried over',
        'dropped events[7] media.credit: the media credit "Dr. Seuss" is not carried over with the media',
        'dropped events[1] text.text: the link "#make" is not kept: it is not an absolute URL',
        'dropped events[17] media.url: the media "spotify:track:1OT1G66Lt9EpKFWkwK8i9z" is not kept: only http: and https: links are kept, not spotify:',
        'dropped events[25] background: the background is not carried over: Parley shows no images or slide colours',
      ]),
    );
    expect(dropped).toHaveLength(15);
  });

  it('turns media and links into web-page sources with the credit and caption, never an image', () => {
    const data = read('welcome.json').data;
    const youtube = data?.sources.find((s) => s.url === 'http://youtu.be/lIvftGgps24');
    expect(youtube).toMatchObject({
      kind: 'web-page',
      outlet: 'youtu.be',
      title: 'Le portrait mystérieux',
      notes: expect.stringContaining('Credit: Georges Méliès.') as unknown,
    });
    const wiki = data?.sources.filter((s) => s.url === 'http://en.wikipedia.org/wiki/A_Trip_to_the_Moon');
    // Linked from the text and as media by two events: one source.
    expect(wiki).toHaveLength(1);
    const event = data?.events.find((e) => e.title === 'Wikipedia');
    expect(event?.sourceIds).toEqual(['imported-timeline', wiki?.[0]?.id]);
    expect(event?.summary).toBe(
      'Add a link to a Wikipedia entry in the media field to show an excerpt alongside your text.',
    );
    expect(data?.sources[0]).toMatchObject({
      id: 'imported-timeline',
      kind: 'imported-timeline',
      title: 'welcome.json',
    });
  });

  it('makes eras and the title slide part of timeline.json (eras.json)', () => {
    const { timeline: t } = read('eras.json').data ?? { timeline: undefined };
    expect(t?.title).toBe('Eras Test');
    expect(t?.description).toBe(
      'Events in the 7th century from https://en.wikipedia.org/wiki/Timeline_of_the_Middle_Ages',
    );
    expect(t?.eras).toEqual([
      { title: 'Era Test 600-700', from: '0600-01-01', to: '0650-12-31' },
      { title: 'Era Test 700-800', from: '0650-01-01', to: '0700-12-31' },
      { title: 'Era Test 800-900', from: '0700-01-01', to: '0720-12-31' },
      { title: 'Tang Dynasty in China', from: '0618-06-18', to: '0907-06-01' },
    ]);
    expect(t?.coverage).toEqual({ from: '0600-01-01', to: '0907-06-01' });
    expect(t?.updated).toBe('2026-12-02');
  });

  it('lists the events of years.json, whose years a date cannot hold, and imports none', () => {
    const r = read('years.json');
    expect(ofSeverity(r, 'dropped')).toContain(
      'dropped events[0] start_date.year: this event is not carried over: the year -5410 is outside 1–9999, which a date cannot be written in',
    );
    expect(r.problems.filter((p) => p.message.includes('outside 1–9999'))).toHaveLength(5);
  });

  it('lists the seconds and milliseconds of milliseconds.json and gives the five events distinct ids', () => {
    const r = read('milliseconds.json');
    expect(ofSeverity(r, 'dropped')).toContain(
      'dropped events[4] start_date.millisecond: milliseconds ("60") are not carried over: times go to the minute',
    );
    expect(r.data?.events.map((e) => e.id)).toEqual([
      '2015-01-01-test',
      '2015-01-01-test-2',
      '2015-01-01-test-3',
      '2015-01-01-test-4',
      '2015-01-01-test-5',
    ]);
  });

  it('makes each group an actor taking part, not verified (group_sample.json)', () => {
    const data = read('group_sample.json').data;
    expect(data?.actors.map((a) => a.name)).toEqual([
      'Group 1 - 1ST_INTERVIEW - 1st Interview - Technical assessment',
      'Group 2 - 2ND_INTERVIEW - 2nd Interview',
      'Group 3 - 3RD_INTERVIEW - 3rd Interview',
      'Group 4 - 4th_INTERVIEW - 4th Interview',
    ]);
    expect(data?.events[0]?.participants).toEqual([
      {
        actorId: data?.actors[0]?.id,
        role: 'attendee',
        verification: 'not-verified',
        sourceIds: ['imported-timeline'],
      },
    ]);
    expect(data?.timeline.title).toBe('Demo of groups');
    expect(data?.events[0]?.start).toMatchObject({ time: '09:30', precision: 'minute' });
  });
});

describe('the mapping', () => {
  it('needs a zone: without one, each event is an error naming it, and nothing is written', () => {
    const r = read('eras.json', { zone: undefined });
    expect(r.data).toBeNull();
    const errors = ofSeverity(r, 'error');
    expect(errors).toHaveLength(20);
    expect(errors[0]).toBe(
      'error events[0] start_date: "Last great Roman-Persian War." has no time zone (TimelineJS dates carry none); give one with --zone, e.g. --zone Europe/London',
    );
  });

  it('refuses a zone that is not an IANA zone', () => {
    expect(ofSeverity(read('eras.json', { zone: 'Mars/Olympus' }), 'error')[0]).toBe(
      'error options zone: "Mars/Olympus" is not an IANA time zone (e.g. "Europe/London")',
    );
  });

  it('reads an hour alone as precision "hour", and a date without a day as its month', () => {
    const r = readText(
      timeline([slide({ year: 2019, month: 3, day: 9, hour: 14 }), slide({ year: '2019', month: '3' })]),
    );
    expect(r.data?.events.map((e) => e.start)).toEqual([
      { date: '2019-03-09', tz: 'America/Chicago', time: '14:00', precision: 'hour' },
      { date: '2019-03-01', tz: 'America/Chicago', precision: 'month' },
    ]);
  });

  it('uses unique_id for the id, and keeps ids unique and within 100 characters', () => {
    const long = 'A very long headline '.repeat(10);
    const r = readText(
      timeline([
        slide({ year: 2020 }, 'Talks', { unique_id: 'Round One' }),
        slide({ year: 2020 }, long),
        slide({ year: 2020 }, long),
      ]),
    );
    const ids = r.data?.events.map((e) => e.id) ?? [];
    expect(ids[0]).toBe('2020-01-01-round-one');
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(100);
    expect(ids[2]?.endsWith('-2')).toBe(true);
    expect(validationLines(r.data ?? (null as never))).toEqual([]);
  });

  it('with groupAs "topic", makes a group that names a topic that topic (case and accents folded), and lists the rest', () => {
    const r = readText(
      timeline([
        slide({ year: 2020 }, 'One', { group: 'SANCTIONS' }),
        slide({ year: 2020 }, 'Two', { group: 'Peace Deal' }),
        slide({ year: 2020 }, 'Three', { group: 'Humanitárian' }),
        slide({ year: 2020 }, 'Four', { group: 'Weather' }),
      ]),
      { groupAs: 'topic' },
    );
    expect(r.data?.events.map((e) => e.topics)).toEqual([['sanctions'], ['peace-deal'], ['humanitarian'], []]);
    expect(r.data?.actors).toEqual([]);
    expect(ofSeverity(r, 'dropped')).toEqual([
      expect.stringMatching(
        /^dropped events\[3\] group: the group "Weather" names no topic of the vocabulary/,
      ) as unknown,
    ]);
  });

  it("clips a title slide headline to the schema's 100 characters and says so", () => {
    const r = readText(
      timeline([slide({ year: 2020 })], { title: { text: { headline: 'Long '.repeat(30), text: 'Sub' } } }),
    );
    expect(r.data?.timeline.title.length).toBeLessThanOrEqual(100);
    expect(r.problems.map(line)).toContain('changed title text.headline: clipped to 100 characters (it had 149)');
  });
});

describe('bad input', () => {
  it('reports broken JSON with its line and column', () => {
    const r = readText('{\n  "events": [\n    { "start_date": { "year": 2020 }, }\n  ]\n}');
    expect(r.data).toBeNull();
    expect(r.problems.map(line)).toEqual([
      expect.stringMatching(/^error file : invalid JSON at line 3, column \d+: /) as unknown,
    ]);
  });

  it('names the index and field of an impossible date', () => {
    const r = readText(timeline([slide({ year: 2020 }), slide({ year: 2021, month: 2, day: 31 })]));
    expect(r.data).toBeNull();
    expect(ofSeverity(r, 'error')).toEqual([
      'error events[1] start_date.day: 2021-02-31 is not a real calendar date (the month has no day 31)',
    ]);
  });

  it.each<[string, string]>([
    ['javascript:alert(document.cookie)', 'only http: and https: links are kept, not javascript:'],
    ['JAVASCRIPT:alert(1)', 'only http: and https: links are kept, not javascript:'],
    ['data:text/html,<script>alert(1)</script>', 'only http: and https: links are kept, not data:'],
    ['//evil.example/x.png', 'it is protocol-relative ("//…"): its scheme is not known; write https://'],
  ])('never keeps the media link %s', (url, why) => {
    const r = readText(timeline([slide({ year: 2020 }, 'Event', { media: { url, credit: 'Someone' } })]));
    expect(r.data?.sources.map((s) => s.kind)).toEqual(['imported-timeline']);
    expect(ofSeverity(r, 'dropped')[0]).toBe(
      `dropped events[0] media.url: the media ${JSON.stringify(url)} is not kept: ${why}`,
    );
    expect(validationLines(r.data ?? (null as never))).toEqual([]);
  });

  it('strips a script and its content from HTML, and keeps only http(s) links from the text', () => {
    const r = readText(
      timeline([
        {
          start_date: { year: 2020 },
          text: {
            headline: '<b>Bold</b> move<script>alert("x")</script>',
            text: 'See <a href="javascript:alert(1)">this</a>, <a href="https://example.org/report">the report</a> and <a href="//cdn.example/x">that</a>.<img src=x onerror=alert(1)><style>p{}</style>',
          },
        },
      ]),
    );
    const event = r.data?.events[0];
    expect(event?.title).toBe('Bold move');
    expect(event?.summary).toBe('See this, the report and that.');
    expect(r.data?.sources.map((s) => s.url)).toEqual([undefined, 'https://example.org/report']);
    expect(r.problems.map(line)).toEqual(
      expect.arrayContaining([
        'dropped events[0] text.headline: a <script> element was removed with its content; it is never carried over',
        'dropped events[0] text.text: a <style> element was removed with its content; it is never carried over',
        'dropped events[0] text.text: the link "javascript:alert(1)" is not kept: only http: and https: links are kept, not javascript:',
        'dropped events[0] text.text: the link "//cdn.example/x" is not kept: it is protocol-relative ("//…"): its scheme is not known; write https://',
      ]),
    );
    expect(JSON.stringify(r.data)).not.toMatch(/alert|<script|onerror/);
    expect(validationLines(r.data ?? (null as never))).toEqual([]);
  });

  it('takes out of the text what reads as markup once decoded, and characters no data string may hold', () => {
    const r = readText(
      timeline([
        slide({ year: 2020 }, 'Fine', {
          text: { headline: 'Fine', text: 'A &lt;b&gt;tag&lt;/b&gt; and \u202eoverride\u0007 bell' },
        }),
      ]),
    );
    expect(r.data?.events[0]?.summary).toBe('A tag and override bell');
    expect(validationLines(r.data ?? (null as never))).toEqual([]);
  });

  it('rejects a file over 50 MB before parsing it', () => {
    const r = readText(`{"events": [${' '.repeat(MAX_IMPORT_BYTES)}]}`);
    expect(r.data).toBeNull();
    expect(r.problems.map(line)).toEqual(['error file : the file is larger than 50 MB; nothing was read']);
  });

  it('reports an object that is not a TimelineJS timeline', () => {
    expect(readText('[1, 2]').problems.map(line)).toEqual([
      'error file : expected a TimelineJS object with an "events" list',
    ]);
    expect(readText('{"slides": []}').problems.map(line)).toEqual([
      'error file events: expected a list of events, found none',
    ]);
  });

  it('reports an event that ends before it starts', () => {
    const r = readText(timeline([slide({ year: 2020, month: 5 }, 'Backwards', { end_date: { year: 2019 } })]));
    expect(ofSeverity(r, 'error')).toEqual([
      'error events[0] end_date: the event ends (2019-01-01) before it starts (2020-05-01)',
    ]);
  });
});
