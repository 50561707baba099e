import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/domain/dataset.ts';
import { NO_FILTERS, type Filters } from '../../src/domain/filter.ts';
import { quotesForView } from '../../src/domain/quotes.ts';
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
const by = (...actors: string[]): Filters => ({ actors: actors.map((a) => actorIdSchema.parse(a)), match: 'all' });
const ids = (view: ReturnType<typeof quotesForView>) => view.quotes.map((q) => q.id);

describe('quotesForView', () => {
  it('with nothing selected or filtered, shows every quote in time order, undated last', () => {
    const view = quotesForView(dataset, null, NO_FILTERS);
    expect(view.kind).toBe('all');
    expect(ids(view)).toEqual(['early-putin', 'late-trump', 'late-zelenskyy', 'undated']);
  });

  it('with actors chosen, shows only their quotes, whatever the match mode', () => {
    const view = quotesForView(dataset, null, by('putin', 'zelenskyy'));
    expect(view.kind).toBe('actors');
    expect(ids(view)).toEqual(['early-putin', 'late-zelenskyy', 'undated']);
  });

  it('with one actor chosen, shows their quotes in time order, undated last', () => {
    const view = quotesForView(dataset, null, by('putin'));
    expect(view).toMatchObject({ kind: 'actors', actorIds: ['putin'] });
    expect(ids(view)).toEqual(['early-putin', 'undated']);
    expect(ids(quotesForView(dataset, null, by('trump')))).toEqual(['late-trump']);
  });

  it('with a selected event, shows that event’s quotes in dataset order, ignoring the filter', () => {
    const view = quotesForView(dataset, ev('2025-08-18-late'), by('putin'));
    expect(view).toMatchObject({ kind: 'event', eventId: '2025-08-18-late' });
    expect(ids(view)).toEqual(['late-trump', 'late-zelenskyy']);
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

  it('with an actor who said nothing, shows an empty actor view', () => {
    const view = quotesForView(dataset, null, by('starmer'));
    expect(view.kind).toBe('actors');
    expect(view.quotes).toEqual([]);
  });
});
