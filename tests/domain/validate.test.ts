import { describe, expect, it } from 'vitest';
import {
  closestId,
  describe as describeValue,
  formatIssue,
  formatPath,
  unknownRef,
  type ValidationIssue,
} from '../../src/domain/issues.ts';
import { decodeUtf8, lineAndColumn, parseJsonText } from '../../src/domain/jsonText.ts';
import { checkTextAndLinks } from '../../src/domain/textChecks.ts';
import { labelItem, validateDataset } from '../../src/domain/validate.ts';
import type { DataFileName as FileName, RawDataset } from '../../src/domain/schema.ts';
import { timePointStart } from '../../src/domain/time.ts';
import { buildDataset } from '../../src/domain/dataset.ts';

const buildDatasetIds = (raw: RawDataset) => buildDataset(raw).events.map((e) => e.id);

type Json = Record<string, unknown>;
type Files = Partial<Record<FileName, unknown>>;

const WH = '2025-08-18-white-house-meeting';
const BILATERAL = '2025-08-18-trump-zelenskyy-bilateral';

const actor = (id: string, name: string, affiliation: string): Json => ({
  id,
  name,
  shortName: name.split(' ').at(-1),
  kind: 'person',
  affiliation,
  offices: [],
  color: '#336699',
});

const participant = (actorId: string, role: string): Json => ({
  actorId,
  role,
  verification: 'confirmed',
  sourceIds: ['ap-photo'],
});

/** A small literal dataset: the White House meeting of 2025-08-18 and its Oval Office bilateral. */
function base(): { [K in FileName]: Json } {
  return {
    'timeline.json': {
      title: 'Talks on ending the war in Ukraine',
      subtitle: 'The White House meeting',
      description: 'One day of talks, for a test.',
      language: 'en',
      coverage: { from: '2025-01-01', to: '2026-12-31' },
      updated: '2025-08-19',
      licence: { name: 'CC BY 4.0' },
    },
    'actors.json': {
      actors: [
        actor('donald-trump', 'Donald Trump', 'United States'),
        actor('volodymyr-zelenskyy', 'Volodymyr Zelenskyy', 'Ukraine'),
        actor('ursula-von-der-leyen', 'Ursula von der Leyen', 'European Union'),
        actor('giorgia-meloni', 'Giorgia Meloni', 'Italy'),
      ],
    },
    'places.json': {
      places: [
        {
          id: 'white-house',
          name: 'The White House',
          countryCode: 'US',
          tz: 'America/New_York',
        },
      ],
    },
    'sources.json': {
      sources: [
        {
          id: 'ap-photo',
          kind: 'wire',
          outlet: 'Associated Press',
          title: 'AP photo caption, Grand Foyer, Aug. 18, 2025',
        },
        {
          id: 'seed-article',
          kind: 'news-report',
          title: 'The seed article',
          role: 'origin-article',
        },
      ],
    },
    'events.json': {
      events: [
        {
          id: WH,
          title: 'Trump hosts Zelenskyy and European leaders at the White House',
          summary: 'A bilateral meeting in the Oval Office, then a multilateral meeting with European leaders.',
          kind: 'multilateral-meeting',
          status: 'occurred',
          start: {
            date: '2025-08-18',
            tz: 'America/New_York',
            precision: 'day',
          },
          placeId: 'white-house',
          participants: [
            participant('donald-trump', 'host'),
            participant('volodymyr-zelenskyy', 'guest'),
            participant('ursula-von-der-leyen', 'guest'),
            participant('giorgia-meloni', 'guest'),
          ],
          topics: ['security-guarantees'],
          verification: 'confirmed',
          sourceIds: ['ap-photo'],
        },
        {
          id: BILATERAL,
          title: 'Trump–Zelenskyy bilateral meeting',
          summary: 'Trump and Zelenskyy meet in the Oval Office.',
          kind: 'bilateral-meeting',
          status: 'occurred',
          start: {
            date: '2025-08-18',
            time: '13:15',
            tz: 'America/New_York',
            precision: 'minute',
            basis: 'scheduled',
          },
          placeId: 'white-house',
          venueDetail: 'Oval Office',
          participants: [participant('donald-trump', 'host'), participant('volodymyr-zelenskyy', 'guest')],
          topics: ['diplomacy'],
          partOf: WH,
          verification: 'reported',
          sourceIds: ['ap-photo'],
        },
      ],
    },
    'quotes.json': {
      quotes: [
        {
          id: 'q-zelenskyy-formalized',
          text: 'All this will be formalized on paper within 7–10 days,',
          speakerId: 'volodymyr-zelenskyy',
          eventId: WH,
          fidelity: 'as-reported',
          verification: 'reported',
          chain: [{ relation: 'quoted-by', by: 'Qazinform', sourceId: 'ap-photo' }],
          sourceIds: ['ap-photo'],
          topics: ['peace-deal'],
        },
      ],
    },
    'redirects.json': { redirects: [] },
  };
}

/** The list of one collection in a dataset built by `base()`. */
function list(files: { [K in FileName]: Json }, name: FileName): Json[] {
  const key = name.replace('.json', '');
  return files[name][key] as Json[];
}
const at = (files: { [K in FileName]: Json }, name: FileName, index: number): Json => {
  const item = list(files, name)[index];
  if (item === undefined) throw new Error(`no item ${index} in ${name}`);
  return item;
};

function issuesOf(files: Files, dir = 'data'): ValidationIssue[] {
  const result = validateDataset(files, dir);
  return result.ok ? [] : result.issues;
}
const lines = (files: Files) => issuesOf(files).map(formatIssue);

/** A minute-precision end at the White House, with an explicit offset when given. */
const endAt = (date: string, time: string, offset?: string): Json => ({
  date,
  time,
  tz: 'America/New_York',
  ...(offset === undefined ? {} : { offset }),
  precision: 'minute',
});

describe('validateDataset', () => {
  it('reports a loop of "follows" links on each event in it', () => {
    const files = base();
    at(files, 'events.json', 0).follows = BILATERAL;
    at(files, 'events.json', 1).follows = WH;
    expect(lines(files)).toEqual([
      `data/events.json: event "${WH}" follows: "follows" links form a loop through "${WH}"`,
      `data/events.json: event "${BILATERAL}" follows: "follows" links form a loop through "${BILATERAL}"`,
    ]);
  });

  it('orders an event placed "after" another right after it', () => {
    const files = base();
    const call = structuredClone(at(files, 'events.json', 0));
    Object.assign(call, { id: '2025-08-18-trump-putin-call', title: 'Call', kind: 'phone-call' });
    delete call.partOf;
    call.start = { date: '2025-08-18', tz: 'America/New_York', precision: 'day', after: BILATERAL };
    list(files, 'events.json').unshift(call);
    const result = validateDataset(files, 'data');
    expect(result.ok ? buildDatasetIds(result.dataset) : result.issues.map(formatIssue)).toEqual([
      WH,
      BILATERAL,
      '2025-08-18-trump-putin-call',
    ]);
  });

  it('accepts the literal dataset and returns its items', () => {
    const result = validateDataset(base(), 'data');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.events.map((e) => e.id)).toEqual([WH, BILATERAL]);
    expect(result.dataset.actors).toHaveLength(4);
  });

  it('prints the file, item, field and a suggestion on one line', () => {
    const files = base();
    (at(files, 'events.json', 0).participants as Json[])[3] = participant('meloni', 'guest');
    expect(lines(files)).toEqual([
      'data/events.json: event "2025-08-18-white-house-meeting" participants[3].actorId: unknown actor "meloni" (did you mean "giorgia-meloni"?)',
    ]);
  });

  it('reports every problem, not just the first', () => {
    const files = base();
    delete at(files, 'actors.json', 3).color;
    at(files, 'events.json', 1).kind = 'meeting';
    (at(files, 'events.json', 0).participants as Json[])[2] = participant('von-der-leyen', 'guest');
    at(files, 'quotes.json', 0).speakerId = 'zelensky';
    at(files, 'sources.json', 0).url = 'javascript:alert(1)';
    expect(lines(files)).toEqual([
      'data/actors.json: actor "giorgia-meloni" color: required field is missing (expected string)',
      'data/events.json: event "2025-08-18-trump-zelenskyy-bilateral" kind: found "meeting", expected one of: "announcement", "summit", "bilateral-meeting", "multilateral-meeting", "video-conference", "phone-call", "tv-interview", "press-statement", "social-post", "policy-action", "document", "other"',
      'data/sources.json: source "ap-photo" url: links must use https: or http:, found "javascript:"',
      'data/events.json: event "2025-08-18-white-house-meeting" participants[2].actorId: unknown actor "von-der-leyen" (did you mean "ursula-von-der-leyen"?)',
      'data/quotes.json: quote "q-zelenskyy-formalized" speakerId: unknown actor "zelensky" (did you mean "volodymyr-zelenskyy"?)',
    ]);
  });

  it.each<[string, (f: { [K in FileName]: Json }) => void, string]>([
    [
      'an event that follows itself',
      (f) => void (at(f, 'events.json', 0).follows = WH),
      `data/events.json: event "${WH}" follows: an event cannot follow itself`,
    ],
    [
      'an "after" that names a missing event',
      (f) => void ((at(f, 'events.json', 0).start as Json).after = '2025-08-18-trump-putin-cal'),
      `data/events.json: event "${WH}" start.after: unknown event "2025-08-18-trump-putin-cal"`,
    ],
    [
      'an "after" on a time given to the minute',
      (f) => void ((at(f, 'events.json', 1).start as Json).after = WH),
      `data/events.json: event "${BILATERAL}" start.after: precision is "minute", which has no after ("${WH}"); an order within the day ("after") needs precision "day" or "part-of-day"`,
    ],
    [
      'a month-precision date that is not where its part of the month starts',
      (f) =>
        void (at(f, 'events.json', 0).start = {
          date: '2025-08-18',
          tz: 'America/New_York',
          precision: 'month',
          partOfMonth: 'mid',
        }),
      `data/events.json: event "${WH}" start.date: precision is "month" ("mid"), so the date must be day 11 of the month ("2025-08-11")`,
    ],
    [
      'a year-precision date that is not 1 January',
      (f) => void (at(f, 'events.json', 0).start = { date: '2025-08-18', tz: 'America/New_York', precision: 'year' }),
      `data/events.json: event "${WH}" start.date: precision is "year", so the date must be 1 January of the year ("2025-01-01")`,
    ],
    [
      'a year-precision time point with a time',
      (f) =>
        void (at(f, 'events.json', 0).end = {
          date: '2025-01-01',
          time: '10:00',
          tz: 'America/New_York',
          precision: 'year',
        }),
      `data/events.json: event "${WH}" end.time: precision is "year", which has no time ("10:00"); a time needs precision "minute" or "hour"`,
    ],
    [
      'an era that ends before it starts',
      (f) => void (f['timeline.json'].eras = [{ title: 'Summer talks', from: '2025-09-01', to: '2025-08-01' }]),
      'data/timeline.json: eras[0].to: era "Summer talks" ends (2025-08-01) before it starts (2025-09-01)',
    ],
    [
      'an era outside the coverage',
      (f) => void (f['timeline.json'].eras = [{ title: 'Before', from: '2024-06-01', to: '2025-02-01' }]),
      'data/timeline.json: eras[0].from: era "Before" starts on 2024-06-01, before the coverage\'s first date (2025-01-01)',
    ],
    [
      'an era on an unreal date',
      (f) => void (f['timeline.json'].eras = [{ title: 'February', from: '2025-02-01', to: '2025-02-31' }]),
      'data/timeline.json: eras[0].to: "2025-02-31" is not a real calendar date',
    ],
    [
      'an era with markup in its title',
      (f) => void (f['timeline.json'].eras = [{ title: '<i>Summer</i>', from: '2025-06-01', to: '2025-08-31' }]),
      'data/timeline.json: eras[0].title: markup is not allowed in text fields (found "<tag" or "&entity;"); write plain text',
    ],
    [
      'a timeline.json whose coverage starts after an event',
      (f) => void ((f['timeline.json'].coverage as Json).from = '2025-08-19'),
      "data/timeline.json: coverage.from: an event starts on 2025-08-18, before the coverage's first date (2025-08-19)",
    ],
    [
      'a timeline.json with an unknown field',
      (f) => void (f['timeline.json'].titel = 'Talks'),
      'data/timeline.json: titel: unknown top-level field "titel" (did you mean "title"?); check the spelling against data/schema/',
    ],
    [
      'a timeline.json with markup in its description',
      (f) => void (f['timeline.json'].description = 'The <b>talks</b>.'),
      'data/timeline.json: description: markup is not allowed in text fields (found "<tag" or "&entity;"); write plain text',
    ],
    [
      'a typo in a field name, with the field it resembles',
      (f) => {
        const e = at(f, 'events.json', 1);
        e.venuDetail = e.venueDetail;
        delete e.venueDetail;
      },
      `data/events.json: event "${BILATERAL}" venuDetail: unknown field "venuDetail" (did you mean "venueDetail"?); check the spelling against data/schema/`,
    ],
    [
      'a typo in a nested field name',
      (f) => {
        const start = at(f, 'events.json', 1).start as Json;
        start.precison = 'minute';
      },
      `data/events.json: event "${BILATERAL}" start.precison: unknown field "precison" (did you mean "precision"?); check the spelling against data/schema/`,
    ],
    [
      'a wrong type',
      (f) => void (at(f, 'events.json', 0).topics = 'territory'),
      `data/events.json: event "${WH}" topics: expected array, found "territory"`,
    ],
    [
      'a participant listed twice',
      (f) => void (at(f, 'events.json', 1).participants as Json[]).push(participant('donald-trump', 'attendee')),
      `data/events.json: event "${BILATERAL}" participants[2].actorId: actor "donald-trump" is listed twice`,
    ],
    [
      'an end zone that differs from the place',
      (f) =>
        void (at(f, 'events.json', 1).end = {
          date: '2025-08-18',
          time: '22:00',
          tz: 'Europe/Kyiv',
          precision: 'minute',
        }),
      `data/events.json: event "${BILATERAL}" end.tz: "Europe/Kyiv" differs from the zone of place "white-house" ("America/New_York")`,
    ],
    [
      'a time zone spelt in the wrong case',
      (f) => void (at(f, 'places.json', 0).tz = 'america/new_york'),
      'data/places.json: place "white-house" tz: "america/new_york" is not an IANA time zone (e.g. "Europe/Brussels")',
    ],
    [
      'a second origin article, on the second one',
      (f) => void (at(f, 'sources.json', 0).role = 'origin-article'),
      'data/sources.json: source "seed-article" role: source "ap-photo" is already marked "origin-article"; only one source can be',
    ],
    [
      'an unknown top-level field',
      (f) => void (f['redirects.json'].redirect = []),
      'data/redirects.json: redirect: unknown top-level field "redirect" (did you mean "redirects"?); check the spelling against data/schema/',
    ],
    [
      'a $schema that is not a string',
      (f) => void (f['places.json'].$schema = 7),
      'data/places.json: $schema: expected a string, found number 7',
    ],
    [
      'a directional character in $schema',
      (f) => void (f['places.json'].$schema = './schema/\u202eplaces.schema.json'),
      'data/places.json: $schema: contains the directional formatting character U+202E (RIGHT-TO-LEFT OVERRIDE) at character 10, which can make text display differently from what it says; right-to-left names need no such characters: write the letters alone',
    ],
    [
      'a day-long event that ends the day before it starts',
      (f) =>
        void (at(f, 'events.json', 0).end = {
          date: '2025-08-17',
          tz: 'America/New_York',
          precision: 'day',
        }),
      `data/events.json: event "${WH}" end: ends (2025-08-17) before it starts (2025-08-18)`,
    ],
    [
      'a time the clocks show twice, with both instants and the offsets to choose from',
      (f) => void (at(f, 'events.json', 0).end = endAt('2025-11-02', '01:30')),
      `data/events.json: event "${WH}" end.time: 01:30 in America/New_York on 2025-11-02 happens twice: at 01:30-04:00 (05:30 UTC) and at 01:30-05:00 (06:30 UTC) (the clocks are turned back); add "offset": "-04:00" or "offset": "-05:00" to say which`,
    ],
    [
      'an offset the zone does not have at that time',
      (f) => void (at(f, 'events.json', 0).end = endAt('2025-11-02', '01:30', '-06:00')),
      `data/events.json: event "${WH}" end.offset: "-06:00" is not an offset America/New_York has at 01:30 on 2025-11-02 (it has -04:00 or -05:00)`,
    ],
    [
      'a wrong offset on an unambiguous time',
      (f) => void (at(f, 'events.json', 0).end = endAt('2025-08-18', '15:00', '-05:00')),
      `data/events.json: event "${WH}" end.offset: "-05:00" is not an offset America/New_York has at 15:00 on 2025-08-18 (it has -04:00)`,
    ],
    [
      'a time the clocks skip, with the gap and the time they showed',
      (f) => void (at(f, 'events.json', 0).end = endAt('2026-03-08', '02:15')),
      `data/events.json: event "${WH}" end.time: 02:15 does not exist on 2026-03-08 in America/New_York (skipped by a clock change: the clocks went from 02:00-05:00 straight to 03:00-04:00); write the time the clocks showed, with its offset: 02:15-05:00 is "time": "03:15", "offset": "-04:00"`,
    ],
    [
      'an offset without a time',
      (f) =>
        void (at(f, 'events.json', 0).end = {
          date: '2025-08-19',
          tz: 'America/New_York',
          offset: '-04:00',
          precision: 'day',
        }),
      `data/events.json: event "${WH}" end.offset: an offset is only for a time of day (precision "minute" or "hour"); remove it`,
    ],
    [
      'an offset not written ±HH:MM',
      (f) => void (at(f, 'events.json', 0).end = endAt('2025-08-18', '15:00', 'EDT')),
      `data/events.json: event "${WH}" end.offset: must be a UTC offset written +HH:MM or -HH:MM (found "EDT")`,
    ],
  ])('reports %s', (_, mutate, line) => {
    const files = base();
    mutate(files);
    expect(lines(files)).toEqual([line]);
  });

  it.each<[string, number]>([
    ['-04:00', Date.UTC(2025, 10, 2, 5, 30)],
    ['-05:00', Date.UTC(2025, 10, 2, 6, 30)],
  ])('accepts a repeated time with the offset %s and reads it as that instant', (offset, instant) => {
    const files = base();
    at(files, 'events.json', 0).end = endAt('2025-11-02', '01:30', offset);
    const result = validateDataset(files, 'data');
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
    if (!result.ok) return;
    const end = result.dataset.events[0]?.end;
    expect(end === undefined ? undefined : timePointStart(end)).toBe(instant);
  });

  it('accepts the right offset on an unambiguous time', () => {
    const files = base();
    at(files, 'events.json', 0).end = endAt('2025-08-18', '15:00', '-04:00');
    expect(lines(files)).toEqual([]);
  });

  it('labels an item without an id by its position', () => {
    const files = base();
    delete at(files, 'quotes.json', 0).id;
    expect(lines(files)).toEqual(['data/quotes.json: quote #0 id: required field is missing (expected string)']);
    expect(labelItem('event', { title: 'x' }, 3)).toBe('event #3');
    expect(labelItem('redirect', { from: '2025-08-15-anchorage-summit' }, 0)).toBe(
      'redirect "2025-08-15-anchorage-summit"',
    );
  });

  it('accepts an event and a quote without topics, a year-precision event, an "other" kind, eras and the import source kinds', () => {
    const f = base();
    const e = at(f, 'events.json', 0);
    e.topics = [];
    e.kind = 'other';
    const q = (f['quotes.json'].quotes as Json[])[0] as Json;
    q.topics = [];
    delete q.stances;
    (f['sources.json'].sources as Json[]).push(
      { id: 'imported-file', kind: 'imported-timeline', title: 'timeline.json' },
      { id: 'linked-page', kind: 'web-page', title: 'A linked page', url: 'https://example.org/page' },
    );
    f['timeline.json'].eras = [{ title: 'Summer talks', from: '2025-06-01', to: '2025-08-31' }];
    const result = validateDataset(f, 'data');
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(result.ok && result.dataset.timeline.eras).toEqual([
      { title: 'Summer talks', from: '2025-06-01', to: '2025-08-31' },
    ]);
  });

  it('treats a missing redirects.json as empty and any other missing file as a problem', () => {
    const files: Files = base();
    delete files['redirects.json'];
    expect(validateDataset(files, 'data').ok).toBe(true);
    delete files['places.json'];
    expect(lines(files)).toEqual(['data/places.json: file is missing']);
  });

  it.each<[string, unknown, string]>([
    ['null', null, 'data/quotes.json: expected an object with a "quotes" list, found null'],
    ['a list', [], 'data/quotes.json: expected an object with a "quotes" list, found a list'],
    ['a number', 3, 'data/quotes.json: expected an object with a "quotes" list, found number 3'],
    ['an object without the list', {}, 'data/quotes.json: quotes: expected a list of quotes, found nothing'],
  ])('reports a file whose content is %s once, without cascading', (_, content, line) => {
    const files: Files = base();
    files['quotes.json'] = content;
    expect(lines(files)).toEqual([line]);
  });

  it('does not report references into a missing file as unknown', () => {
    const files: Files = base();
    delete files['sources.json'];
    expect(lines(files)).toEqual(['data/sources.json: file is missing']);
  });
});

describe('formatIssue and formatPath', () => {
  it.each<[ValidationIssue, string]>([
    [{ file: 'data/actors.json', message: 'file is missing' }, 'data/actors.json: file is missing'],
    [{ file: 'data/actors.json', item: 'actor #2', message: 'oops' }, 'data/actors.json: actor #2: oops'],
    [{ file: 'data/events.json', path: 'events', message: 'oops' }, 'data/events.json: events: oops'],
    [
      {
        file: 'data/events.json',
        item: `event "${WH}"`,
        path: 'participants[3].actorId',
        message: 'unknown actor "meloni"',
      },
      `data/events.json: event "${WH}" participants[3].actorId: unknown actor "meloni"`,
    ],
  ])('formats %j', (issue, line) => {
    expect(formatIssue(issue)).toBe(line);
  });

  it.each<[PropertyKey[], string]>([
    [['participants', 3, 'actorId'], 'participants[3].actorId'],
    [['disagreements', 0, 'accounts', 1, 'sourceIds', 0], 'disagreements[0].accounts[1].sourceIds[0]'],
    [[2, 'id'], '[2].id'],
    [[], ''],
  ])('formatPath(%j) is %s', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});

describe('closestId and unknownRef', () => {
  const actors = ['donald-trump', 'vladimir-putin', 'volodymyr-zelenskyy', 'giorgia-meloni', 'ursula-von-der-leyen'];
  it.each<[string, string | undefined]>([
    ['meloni', 'giorgia-meloni'],
    ['donald-trumpp', 'donald-trump'],
    ['vladimir-puttin', 'vladimir-putin'],
    ['volodymyr-zelensky', 'volodymyr-zelenskyy'],
    ['von-der-leyen', 'ursula-von-der-leyen'],
    ['emmanuel-macron', undefined],
    ['xi', undefined],
    ['on', undefined],
  ])('closestId(%s) is %s', (wanted, hint) => {
    expect(closestId(wanted, actors)).toBe(hint);
  });

  it('prefers the nearest of several candidates', () => {
    expect(closestId('2025-08-15-alaska-sumit', ['2025-08-15-alaska-summit', '2025-08-15-alaska-summits-lunch'])).toBe(
      '2025-08-15-alaska-summit',
    );
  });

  it('adds a suggestion to the message only when one is close', () => {
    expect(unknownRef('actor', 'meloni', actors)).toBe('unknown actor "meloni" (did you mean "giorgia-meloni"?)');
    expect(unknownRef('actor', 'keir-starmer', actors)).toBe('unknown actor "keir-starmer"');
  });

  it.each<[unknown, string]>([
    [undefined, 'nothing'],
    [null, 'null'],
    ['x', '"x"'],
    ['a'.repeat(70), `"${'a'.repeat(57)}..."`],
    [[1], 'a list'],
    [{}, 'an object'],
    [false, 'boolean false'],
  ])('describe(%j) is %s', (value, text) => {
    expect(describeValue(value)).toBe(text);
  });
});

describe('parseJsonText', () => {
  it('returns the parsed value', () => {
    expect(parseJsonText('{"actors": []}', 'data/actors.json')).toEqual({
      ok: true,
      value: { actors: [] },
    });
  });

  it('accepts a byte-order mark', () => {
    expect(parseJsonText('\uFEFF{"a": 1}', 'x.json')).toEqual({
      ok: true,
      value: { a: 1 },
    });
  });

  it.each<[string, string]>([
    ['{\n  "a": 1,\n  "b": }', 'line 3, column 8: expected a value, found "}"'],
    ['{\n  "a": 1\n  "b": 2\n}', 'line 3, column 3: expected "," or "}" after a field value, found "\\""'],
    ['{\n  "a": [1, 2,]\n}', 'line 2, column 13: trailing comma before "]"'],
    ['{\n  "a": 1,\n}', 'line 2, column 9: trailing comma before "}"'],
    ['{"a": tru}', 'line 1, column 7: expected a value, found "tru"'],
    ["{'a': 1}", 'line 1, column 2: expected a double-quoted field name, found "\'"'],
    ['{"a" 1}', 'line 1, column 6: expected ":" after the field name, found "1"'],
    ['{"a": "x\ny"}', 'line 1, column 9: line break or control character inside a string (write it as \\n)'],
    ['{"a": "\\q"}', 'line 1, column 8: invalid escape "\\\\q" in a string'],
    ['{"a": 01}', 'line 1, column 8: expected "," or "}" after a field value, found "1"'],
    ['{"a": 1}\n{"b": 2}', 'line 2, column 1: unexpected text after the end of the JSON value'],
    ['{\n  "a": [1, 2', 'line 2, column 13: expected "," or "]" after a list item, found the end of the file'],
    ['', 'line 1, column 1: unexpected end of file'],
    ['\r\n{\r\n  "a": ?\r\n}', 'line 3, column 8: expected a value, found "?"'],
  ])('locates the error in %j', (text, where) => {
    const result = parseJsonText(text, 'data/events.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      {
        file: 'data/events.json',
        message: `invalid JSON at ${where}`,
      },
    ]);
    expect(result.issues[0]?.message).not.toContain('\n');
  });

  it('reports every key written twice in one object, with both positions', () => {
    const text = '{\n  "events": [\n    { "id": "a", "title": "x",\n      "title": "y" }\n  ],\n  "events": []\n}';
    expect(parseJsonText(text, 'data/events.json')).toEqual({
      ok: false,
      issues: [
        {
          file: 'data/events.json',
          message:
            'duplicate key "title" at line 4, column 7 (first at line 3, column 18): its first value would be ' +
            'silently dropped; keep one',
        },
        {
          file: 'data/events.json',
          message:
            'duplicate key "events" at line 6, column 3 (first at line 2, column 3): its first value would be ' +
            'silently dropped; keep one',
        },
      ],
    });
  });

  it('sees a key spelt with an escape as the same key', () => {
    const result = parseJsonText('{"title": 1, "\\u0074itle": 2}', 'x.json');
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      'duplicate key "title" at line 1, column 14 (first at line 1, column 2): its first value would be silently dropped; keep one',
    ]);
  });

  it('accepts the same key in different objects', () => {
    expect(parseJsonText('[{"id": 1}, {"id": 2, "x": {"id": 3}}]', 'x.json').ok).toBe(true);
  });

  it('rejects absurdly deep nesting with a position instead of overflowing the stack', () => {
    const result = parseJsonText(`${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'x.json');
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      'invalid JSON at line 1, column 257: lists and objects nested more than 256 deep',
    ]);
  });

  it.each<[string, number, { line: number; column: number }]>([
    ['abc', 0, { line: 1, column: 1 }],
    ['abc', 2, { line: 1, column: 3 }],
    ['a\nbc', 3, { line: 2, column: 2 }],
    ['a\nbc', 99, { line: 2, column: 3 }],
    ['a\n', 2, { line: 2, column: 1 }],
  ])('lineAndColumn(%j, %i)', (text, offset, pos) => {
    expect(lineAndColumn(text, offset)).toEqual(pos);
  });
});

describe('checkTextAndLinks', () => {
  const run = (value: unknown) => {
    const found: string[] = [];
    checkTextAndLinks(value, (path, message) => found.push(`${formatPath(path)}: ${message}`));
    return found;
  };

  it.each<[string, unknown, string[]]>([
    [
      'plain text',
      {
        title: 'Trump–Putin summit in Alaska',
        summary: 'Talks last 3 < 4 hours & end.',
      },
      [],
    ],
    ['an https link', { url: 'https://chachara.club/post/236653/563295' }, []],
    ['an http link', { url: 'http://example.org/a' }, []],
    [
      'a tag',
      { title: 'Summit <b>live</b>' },
      ['title: markup is not allowed in text fields (found "<tag" or "&entity;"); write plain text'],
    ],
    [
      'a script tag',
      { a: [{ b: '<script>alert(1)</script>' }] },
      ['a[0].b: markup is not allowed in text fields (found "<tag" or "&entity;"); write plain text'],
    ],
    [
      'a comment',
      { notes: 'x <!-- y -->' },
      ['notes: markup is not allowed in text fields (found "<tag" or "&entity;"); write plain text'],
    ],
    [
      'a named entity',
      { summary: 'U.S. &amp; Russia' },
      ['summary: markup is not allowed in text fields (found "<tag" or "&entity;"); write plain text'],
    ],
    [
      'a numeric entity',
      { summary: 'it&#39;s' },
      ['summary: markup is not allowed in text fields (found "<tag" or "&entity;"); write plain text'],
    ],
    [
      'a control character',
      { text: 'bell\u0007' },
      ['text: control characters are not allowed in text fields (found U+0007 at character 5)'],
    ],
    [
      'a C1 control character',
      { title: 'next\u0085line' },
      ['title: control characters are not allowed in text fields (found U+0085 at character 5)'],
    ],
    ['tab, line feed and carriage return', { notes: 'a\tb\nc\r\nd' }, []],
    ['an Arabic name', { name: 'عبد الله بن زايد آل نهيان' }, []],
    ['a Hebrew name beside Latin text', { summary: 'Talks with נתניהו (Netanyahu) on 18 August' }, []],
    ['an emoji (a surrogate pair)', { notes: 'flag 🇺🇸 ok' }, []],
    ...(
      [
        ['\u202a', 'U+202A (LEFT-TO-RIGHT EMBEDDING)'],
        ['\u202b', 'U+202B (RIGHT-TO-LEFT EMBEDDING)'],
        ['\u202c', 'U+202C (POP DIRECTIONAL FORMATTING)'],
        ['\u202d', 'U+202D (LEFT-TO-RIGHT OVERRIDE)'],
        ['\u202e', 'U+202E (RIGHT-TO-LEFT OVERRIDE)'],
        ['\u2066', 'U+2066 (LEFT-TO-RIGHT ISOLATE)'],
        ['\u2067', 'U+2067 (RIGHT-TO-LEFT ISOLATE)'],
        ['\u2068', 'U+2068 (FIRST STRONG ISOLATE)'],
        ['\u2069', 'U+2069 (POP DIRECTIONAL ISOLATE)'],
        ['\u200e', 'U+200E (LEFT-TO-RIGHT MARK)'],
        ['\u200f', 'U+200F (RIGHT-TO-LEFT MARK)'],
        ['\u061c', 'U+061C (ARABIC LETTER MARK)'],
      ] as const
    ).map(([ch, name]): [string, unknown, string[]] => [
      `the directional character ${name}`,
      { title: `ab${ch}cd` },
      [
        `title: contains the directional formatting character ${name} at character 3, which can make text display ` +
          'differently from what it says; right-to-left names need no such characters: write the letters alone',
      ],
    ]),
    [
      'a lone high surrogate',
      { text: 'a\ud800b' },
      [
        'text: contains a lone surrogate (U+D800 at character 2), half of a pair that encodes no character; ' +
          'write the character itself, or both halves of its \\u escape',
      ],
    ],
    [
      'a lone low surrogate at the end',
      { text: 'ab\udc00' },
      [
        'text: contains a lone surrogate (U+DC00 at character 3), half of a pair that encodes no character; ' +
          'write the character itself, or both halves of its \\u escape',
      ],
    ],
    [
      'a directional character in a link',
      { url: 'https://example.org/\u202egpj.exe' },
      [
        'url: contains the directional formatting character U+202E (RIGHT-TO-LEFT OVERRIDE) at character 21, which ' +
          'can make text display differently from what it says; right-to-left names need no such characters: write ' +
          'the letters alone',
      ],
    ],
    [
      'a javascript: link',
      { url: 'javascript:alert(1)' },
      ['url: links must use https: or http:, found "javascript:"'],
    ],
    [
      'a JavaScript: link in capitals',
      { url: 'JavaScript:alert(1)' },
      ['url: links must use https: or http:, found "javascript:"'],
    ],
    [
      'a data: link',
      { url: 'data:text/html,<script>alert(1)</script>' },
      ['url: links must use https: or http:, found "data:"'],
    ],
    ['a relative link', { url: '/post/236653' }, ['url: "/post/236653" is not an absolute URL']],
    ['a bare host', { url: 'chachara.club/post/1' }, ['url: "chachara.club/post/1" is not an absolute URL']],
    [
      'several faults at once',
      { title: '<i>x</i>', sources: [{ url: 'ftp://x.org/a' }] },
      [
        'title: markup is not allowed in text fields (found "<tag" or "&entity;"); write plain text',
        'sources[0].url: links must use https: or http:, found "ftp:"',
      ],
    ],
  ])('%s', (_, value, expected) => {
    expect(run(value)).toEqual(expected);
  });
});

describe('decodeUtf8', () => {
  const bytes = (...parts: (string | number[])[]) =>
    new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

  it('decodes UTF-8, including four-byte characters and a byte-order mark', () => {
    expect(decodeUtf8(bytes('{"a": "café 🇺🇸 שלום"}'), 'x.json')).toEqual({ ok: true, text: '{"a": "café 🇺🇸 שלום"}' });
    expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], '{}'), 'x.json')).toEqual({ ok: true, text: '\uFEFF{}' });
  });

  it.each<[string, Uint8Array, string]>([
    [
      'a Latin-1 é',
      bytes('{\n  "a": "caf', [0xe9], '"\n}'),
      'line 2, column 12: byte 0xE9 is followed by 0x22, which cannot continue a character (the file may be saved as Latin-1 or Windows-1252; save it as UTF-8)',
    ],
    [
      'a Windows-1252 quotation mark',
      bytes('{"a": ', [0x93], 'x"}'),
      'line 1, column 7: byte 0x93 cannot start a character (the file may be saved as Latin-1 or Windows-1252; save it as UTF-8)',
    ],
    [
      'a sequence cut short by the end of the file',
      bytes('{"a": "', [0xe2, 0x80]),
      'line 1, column 8: the file ends inside a 3-byte character that starts with 0xE2',
    ],
    [
      'an overlong encoding of "/"',
      bytes('{"a": "é', [0xc0, 0xaf], '"}'),
      'line 1, column 9: byte 0xC0 cannot start a character (the file may be saved as Latin-1 or Windows-1252; save it as UTF-8)',
    ],
    [
      'an encoded surrogate',
      bytes('{"a": "', [0xed, 0xa0, 0x80], '"}'),
      'line 1, column 8: byte 0xED is followed by 0xA0, which cannot continue a character (the file may be saved as Latin-1 or Windows-1252; save it as UTF-8)',
    ],
    [
      'a UTF-16 file',
      new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]),
      'line 1, column 1: the file starts with a UTF-16 byte-order mark; save it as UTF-8',
    ],
  ])('rejects %s with its line and column', (_, input, where) => {
    expect(decodeUtf8(input, 'data/events.json')).toEqual({
      ok: false,
      issue: { file: 'data/events.json', message: `not valid UTF-8 at ${where}` },
    });
  });
});
