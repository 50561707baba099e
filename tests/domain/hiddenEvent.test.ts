import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../src/domain/filter.ts';
import { hiddenBy, waysToShow } from '../../src/domain/hiddenEvent.ts';
import { actorIdSchema } from '../../src/domain/schema.ts';
import { loadDataset } from '../testUtils.tsx';

// The valid fixture, in time order: 0 the Alaska summit (Trump, Putin; ceasefire, security
// guarantees, territory), 1 the three-on-three talks (diplomacy), 2 Witkoff on CNN (security
// guarantees, NATO membership).
const dataset = loadDataset();
const putin = actorIdSchema.parse('vladimir-putin');
const CNN = 2;

describe('hiddenBy', () => {
  it('says which filters leave the event out', () => {
    expect(hiddenBy(dataset, CNN, NO_FILTERS)).toEqual({ actors: false, topics: false, search: false });
    expect(hiddenBy(dataset, CNN, { ...NO_FILTERS, actors: [putin], topics: ['territory'], search: [0] })).toEqual({
      actors: true,
      topics: true,
      search: true,
    });
    expect(hiddenBy(dataset, CNN, { ...NO_FILTERS, topics: ['nato-membership'], search: [2] })).toEqual({
      actors: false,
      topics: false,
      search: false,
    });
  });
});

describe('waysToShow', () => {
  it('with "any" topics, adds one of the event’s topics, or clears the topics', () => {
    expect(waysToShow(dataset, CNN, { ...NO_FILTERS, topics: ['diplomacy'] })).toEqual([
      { kind: 'add-topic', topic: 'security-guarantees' },
      { kind: 'clear-topics' },
    ]);
  });

  it('with "all" topics, matches any when the event is on one of them', () => {
    expect(
      waysToShow(dataset, CNN, { ...NO_FILTERS, topics: ['diplomacy', 'nato-membership'], topicMatch: 'all' }),
    ).toEqual([{ kind: 'topic-match-any' }, { kind: 'clear-topics' }]);
    expect(waysToShow(dataset, CNN, { ...NO_FILTERS, topics: ['diplomacy', 'energy'], topicMatch: 'all' })).toEqual([
      { kind: 'clear-topics' },
    ]);
  });

  it('offers only what helps: no actor for a topic filter, the search cleared, and every filter cleared', () => {
    expect(
      waysToShow(dataset, CNN, { ...NO_FILTERS, actors: [putin], topics: ['security-guarantees'], search: [0] }),
    ).toEqual([{ kind: 'add-actor', actorId: 'steve-witkoff' }, { kind: 'clear-search' }, { kind: 'clear' }]);
    expect(waysToShow(dataset, CNN, { ...NO_FILTERS, search: [0] })).toEqual([{ kind: 'clear-search' }]);
  });
});
