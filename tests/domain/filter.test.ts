import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/domain/dataset.ts';
import {
  NO_FILTERS,
  eventCountByActor,
  eventCountByTopic,
  eventPassesFilters,
  isFiltering,
  eventCountByGroup,
  filterEventIndices,
  intersectSorted,
  unionSorted,
  type Filters,
} from '../../src/domain/filter.ts';
import { actorIdSchema, eventSchema, quoteSchema, type Topic } from '../../src/domain/schema.ts';
import { TEST_TIMELINE } from './sample.ts';

/** A day-precision event in UTC involving `actors`; parsed so the ids carry their brands. */
const event = (id: string, actors: string[], topics: string[] = ['diplomacy']) =>
  eventSchema.parse({
    id,
    title: id,
    summary: 'A test event.',
    kind: 'bilateral-meeting',
    status: 'occurred',
    start: { date: id.slice(0, 10), tz: 'UTC', precision: 'day' },
    participants: actors.map((actorId) => ({
      actorId,
      role: 'attendee',
      verification: 'confirmed',
      sourceIds: ['src'],
    })),
    topics,
    verification: 'confirmed',
    sourceIds: ['src'],
  });

// Positions after sorting by date: 0 = 08-01, 1 = 08-02, 2 = 08-03, 3 = 08-04.
const dataset = buildDataset({
  timeline: TEST_TIMELINE,
  actors: [],
  places: [],
  sources: [],
  events: [
    event('2025-08-03-c', ['putin', 'trump'], ['territory', 'ceasefire']),
    event('2025-08-01-a', ['trump']),
    event('2025-08-04-d', ['zelenskyy', 'trump'], ['territory']),
    event('2025-08-02-b', ['putin'], ['sanctions']),
  ],
  // A speaker counts as involved even when not listed as a participant.
  quotes: [
    quoteSchema.parse({
      topics: ['diplomacy'],
      id: 'q',
      text: 'Words.',
      speakerId: 'zelenskyy',
      eventId: '2025-08-01-a',
      fidelity: 'as-reported',
      verification: 'reported',
      chain: [{ relation: 'quoted-by', by: 'Reuters' }],
      sourceIds: ['src'],
    }),
  ],
  redirects: [],
});

const id = (s: string) => actorIdSchema.parse(s);
const filters = (actors: string[], match: Filters['match']): Filters => ({
  ...NO_FILTERS,
  actors: actors.map(id),
  match,
});

describe('unionSorted', () => {
  it.each([
    { lists: [], expected: [] },
    { lists: [[]], expected: [] },
    { lists: [[2, 5]], expected: [2, 5] },
    {
      lists: [
        [0, 3],
        [1, 3, 4],
      ],
      expected: [0, 1, 3, 4],
    },
    { lists: [[], [7]], expected: [7] },
    { lists: [[1], [1], [1]], expected: [1] },
  ])('unions $lists into $expected', ({ lists, expected }) => {
    expect(unionSorted(lists)).toEqual(expected);
  });

  it('returns a copy, not the list it was given', () => {
    const list = [1, 2];
    expect(unionSorted([list])).not.toBe(list);
  });
});

describe('intersectSorted', () => {
  it.each([
    { lists: [], expected: [] },
    { lists: [[2, 5]], expected: [2, 5] },
    {
      lists: [
        [0, 1, 3],
        [1, 3, 4],
      ],
      expected: [1, 3],
    },
    { lists: [[0, 1, 2, 3], [3], [1, 3]], expected: [3] },
    { lists: [[0, 1], []], expected: [] },
    { lists: [[0], [1]], expected: [] },
  ])('intersects $lists into $expected', ({ lists, expected }) => {
    expect(intersectSorted(lists)).toEqual(expected);
  });
});

describe('filterEventIndices', () => {
  it.each([
    { name: 'no actors: no filter', f: filters([], 'any'), expected: null },
    { name: 'no actors in "all" mode: still no filter', f: filters([], 'all'), expected: null },
    { name: 'one actor', f: filters(['putin'], 'any'), expected: [1, 2] },
    { name: 'any of two', f: filters(['putin', 'zelenskyy'], 'any'), expected: [0, 1, 2, 3] },
    { name: 'all of two', f: filters(['putin', 'trump'], 'all'), expected: [2] },
    { name: 'all of two, counting a speaker', f: filters(['zelenskyy', 'trump'], 'all'), expected: [0, 3] },
    { name: 'all of three: none', f: filters(['putin', 'trump', 'zelenskyy'], 'all'), expected: [] },
    { name: 'unknown actor alone', f: filters(['nobody'], 'any'), expected: [] },
    { name: 'unknown actor with a known one, any', f: filters(['nobody', 'putin'], 'any'), expected: [1, 2] },
    { name: 'unknown actor with a known one, all', f: filters(['nobody', 'putin'], 'all'), expected: [] },
  ])('$name', ({ f, expected }) => {
    expect(filterEventIndices(dataset, f)).toEqual(expected);
  });

  it('returns positions that point at the right events', () => {
    const positions = filterEventIndices(dataset, filters(['putin', 'trump'], 'all')) ?? [];
    expect(positions.map((i) => dataset.events[i]?.id)).toEqual(['2025-08-03-c']);
  });
});

describe('filterEventIndices with topics and a search', () => {
  const topics = (t: Topic[], topicMatch: Filters['topicMatch'] = 'any'): Filters => ({
    ...NO_FILTERS,
    topics: t,
    topicMatch,
  });

  it('keeps events on any chosen topic, or on every one', () => {
    expect(filterEventIndices(dataset, topics(['territory', 'sanctions']))).toEqual([1, 2, 3]);
    expect(filterEventIndices(dataset, topics(['territory', 'ceasefire'], 'all'))).toEqual([2]);
    expect(filterEventIndices(dataset, topics(['humanitarian']))).toEqual([]);
  });

  it('narrows actors, topics and a search together', () => {
    const f = { ...filters(['putin'], 'any'), topics: ['territory' as Topic] };
    expect(filterEventIndices(dataset, f)).toEqual([2]);
    expect(filterEventIndices(dataset, { ...f, search: [0, 2, 3] })).toEqual([2]);
    expect(filterEventIndices(dataset, { ...f, search: [1] })).toEqual([]);
    expect(filterEventIndices(dataset, { ...NO_FILTERS, search: [3, 1].sort() })).toEqual([1, 3]);
  });

  it('says whether anything narrows the view, and a search that matched nothing does', () => {
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(filterEventIndices(dataset, NO_FILTERS)).toBeNull();
    expect(isFiltering({ ...NO_FILTERS, search: [] })).toBe(true);
    expect(filterEventIndices(dataset, { ...NO_FILTERS, search: [] })).toEqual([]);
  });

  it('tells whether one event passes, without filtering every event', () => {
    const f = { ...filters(['trump'], 'any'), topics: ['territory' as Topic], search: [0, 3] };
    const passing = [0, 1, 2, 3].filter((i) => eventPassesFilters(dataset, i, f));
    expect(passing).toEqual(filterEventIndices(dataset, f));
    expect(passing).toEqual([3]);
  });

  it('counts events per topic', () => {
    expect(eventCountByTopic(dataset, ['territory', 'sanctions', 'energy'])).toEqual(
      new Map([
        ['territory', 2],
        ['sanctions', 1],
        ['energy', 0],
      ]),
    );
  });
});

describe('eventCountByActor', () => {
  it('counts events per actor, speakers included', () => {
    expect(Object.fromEntries(eventCountByActor(dataset))).toEqual({ trump: 3, zelenskyy: 2, putin: 2 });
  });
});

describe('eventCountByGroup', () => {
  const ids = (...names: string[]) => names.map((n) => actorIdSchema.parse(n));
  it('counts each event once per group, however many of its actors took part', () => {
    // Trump: a, c, d; Putin: b, c; Zelenskyy: d and (as a speaker) one more. Shared events count once.
    expect(
      eventCountByGroup(dataset, [ids('trump', 'putin'), ids('zelenskyy'), ids('trump', 'zelenskyy', 'putin'), []]),
    ).toEqual([4, 2, 4, 0]);
  });
  it('agrees with the size of the union of the groups’ lists', () => {
    const groups = [ids('putin'), ids('zelenskyy', 'putin'), ids('trump', 'nobody')];
    const union = groups.map((g) => unionSorted(g.map((a) => dataset.eventsByActor.get(a) ?? [])).length);
    expect(eventCountByGroup(dataset, groups)).toEqual(union);
  });
});
