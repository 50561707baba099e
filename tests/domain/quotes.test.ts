import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/domain/dataset.ts';
import { NO_FILTERS, type Filters } from '../../src/domain/filter.ts';
import { quoteCountText, quotesForView, waysToShowEvent } from '../../src/domain/quotes.ts';
import { actorIdSchema, eventIdSchema, eventSchema, quoteSchema } from '../../src/domain/schema.ts';
import { TEST_TIMELINE } from './sample.ts';

const event = (id: string) =>
  eventSchema.parse({
    id,
    title: `Title of ${id}`,
    summary: 'A test event.',
    kind: 'phone-call',
    status: 'occurred',
    start: { date: id.slice(0, 10), tz: 'UTC', precision: 'day' },
    participants: [],
    topics: ['diplomacy'],
    verification: 'confirmed',
    sourceIds: ['src'],
  });

const quote = (id: string, speakerId: string, eventId?: string) =>
  quoteSchema.parse({
    topics: ['diplomacy'],
    id,
    text: `Words of ${id}.`,
    speakerId,
    ...(eventId === undefined ? {} : { eventId }),
    fidelity: 'as-reported',
    verification: 'reported',
    chain: [{ relation: 'quoted-by', by: 'Reuters' }],
    sourceIds: ['src'],
  });

// Quotes are stored out of time order on purpose: the view must sort them by their events.
const dataset = buildDataset({
  timeline: TEST_TIMELINE,
  actors: [],
  places: [],
  sources: [],
  events: [event('2025-08-18-late'), event('2025-08-15-early')],
  quotes: [
    quote('undated', 'putin'),
    quote('late-trump', 'trump', '2025-08-18-late'),
    quote('early-putin', 'putin', '2025-08-15-early'),
    quote('late-zelenskyy', 'zelenskyy', '2025-08-18-late'),
  ],
  redirects: [],
});

const ev = (s: string) => eventIdSchema.parse(s);
const actor = (a: string) => actorIdSchema.parse(a);
const by = (...actors: string[]): Filters => ({ ...NO_FILTERS, actors: actors.map(actor), match: 'all' });
const anyOf = (...actors: string[]): Filters => ({ ...NO_FILTERS, actors: actors.map(actor), match: 'any' });
const ids = (view: ReturnType<typeof quotesForView>) => view.quotes.map((q) => q.id);
const names = (list: readonly string[]) => list.join(' and ');

describe('quotesForView', () => {
  it('with nothing selected or filtered, shows every quote in time order, undated last', () => {
    const view = quotesForView(dataset, null, NO_FILTERS);
    expect(view).toMatchObject({ kind: 'all', eventCount: 2, withoutEvent: 1 });
    expect(ids(view)).toEqual(['early-putin', 'late-trump', 'late-zelenskyy', 'undated']);
  });

  it('with actors chosen, shows every quote said at the events that match, whoever said it', () => {
    // Trump is the only one involved in the late event with Zelenskyy; both its quotes follow the filter.
    const view = quotesForView(dataset, null, by('trump'));
    expect(view).toMatchObject({ kind: 'filtered', actorIds: ['trump'], match: 'all', eventCount: 1, withoutEvent: 0 });
    expect(ids(view)).toEqual(['late-trump', 'late-zelenskyy']);
  });

  it('with "any", shows the quotes of events with either actor, and the chosen speakers’ quotes with no event', () => {
    const view = quotesForView(dataset, null, anyOf('putin', 'zelenskyy'));
    expect(ids(view)).toEqual(['early-putin', 'late-trump', 'late-zelenskyy', 'undated']);
    expect(view).toMatchObject({ eventCount: 2, withoutEvent: 1 });
  });

  it('with "all", leaves out the quotes of events outside the filter and quotes with no event', () => {
    // No event has both Putin and Zelenskyy, and a quote with no event involves its speaker alone.
    const view = quotesForView(dataset, null, by('putin', 'zelenskyy'));
    expect(view.kind).toBe('filtered');
    expect(ids(view)).toEqual([]);
  });

  it('with one actor chosen, "all" keeps their quotes with no event, after those with one', () => {
    const view = quotesForView(dataset, null, by('putin'));
    expect(ids(view)).toEqual(['early-putin', 'undated']);
    expect(view).toMatchObject({ eventCount: 1, withoutEvent: 1 });
  });

  it('with a selected event, shows that event’s quotes in dataset order, and says when the filters hide it', () => {
    const hidden = quotesForView(dataset, ev('2025-08-18-late'), by('putin'));
    expect(hidden).toMatchObject({ kind: 'event', eventId: '2025-08-18-late', hidden: true });
    expect(ids(hidden)).toEqual(['late-trump', 'late-zelenskyy']);
    expect(quotesForView(dataset, ev('2025-08-18-late'), by('trump'))).toMatchObject({ hidden: false });
    expect(quotesForView(dataset, ev('2025-08-18-late'), NO_FILTERS)).toMatchObject({ hidden: false });
    expect(quotesForView(dataset, ev('2025-08-18-late'), anyOf('putin', 'zelenskyy'))).toMatchObject({
      hidden: false,
    });
  });

  it('with a selected event that has no quotes, shows none', () => {
    const bare = buildDataset({
      timeline: TEST_TIMELINE,
      actors: [],
      places: [],
      sources: [],
      events: [event('2025-08-20-quiet')],
      quotes: [],
      redirects: [],
    });
    const view = quotesForView(bare, ev('2025-08-20-quiet'), NO_FILTERS);
    expect(view.kind).toBe('event');
    expect(view.quotes).toEqual([]);
  });

  it('ignores a selected event the dataset does not have', () => {
    expect(quotesForView(dataset, ev('2025-01-01-gone'), NO_FILTERS).kind).toBe('all');
  });

  it('with an actor involved in nothing, shows an empty actor view', () => {
    const view = quotesForView(dataset, null, by('starmer'));
    expect(view.kind).toBe('filtered');
    expect(view.quotes).toEqual([]);
  });
});

describe('quoteCountText', () => {
  it.each([
    [NO_FILTERS, '4 quotes: 3 from 2 events and 1 not tied to an event'],
    [by('trump'), '2 quotes from 1 event'],
    [by('putin'), '2 quotes: 1 from 1 event and 1 by putin not tied to an event'],
    [by('putin', 'zelenskyy'), '0 quotes'],
  ])('says what the panel shows (%j)', (filters, text) => {
    expect(quoteCountText(quotesForView(dataset, null, filters), names)).toBe(text);
  });

  it('counts a selected event’s quotes alone', () => {
    expect(quoteCountText(quotesForView(dataset, ev('2025-08-18-late'), NO_FILTERS), names)).toBe('2 quotes');
  });

  it('says when every quote shown has no event', () => {
    const undatedOnly = buildDataset({
      timeline: TEST_TIMELINE,
      actors: [],
      places: [],
      sources: [],
      events: [event('2025-08-20-quiet')],
      quotes: [quote('alone', 'putin')],
      redirects: [],
    });
    expect(quoteCountText(quotesForView(undatedOnly, null, by('putin')), names)).toBe(
      '1 quote by putin, not tied to an event',
    );
  });
});

describe('waysToShowEvent', () => {
  const late = 1;

  it('with "any", offers to add one of the event’s actors (the preferred one first), then to clear', () => {
    expect(waysToShowEvent(dataset, late, anyOf('putin'))).toEqual([
      { kind: 'add-actor', actorId: 'trump' },
      { kind: 'clear' },
    ]);
    expect(waysToShowEvent(dataset, late, anyOf('putin'), [actor('zelenskyy')])[0]).toEqual({
      kind: 'add-actor',
      actorId: 'zelenskyy',
    });
  });

  it('with "all", offers "any" when the event has one of the chosen actors, and always to clear', () => {
    expect(waysToShowEvent(dataset, late, by('trump', 'putin'))).toEqual([{ kind: 'match-any' }, { kind: 'clear' }]);
    expect(waysToShowEvent(dataset, late, by('putin'))).toEqual([{ kind: 'clear' }]);
  });
});
