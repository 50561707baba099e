import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../src/domain/filter.ts';
import { actorIdSchema } from '../../src/domain/schema.ts';
import { filtersBesidesTopics, topicCountsInView } from '../../src/domain/topicCounts.ts';
import { loadDataset } from '../testUtils.tsx';

// The valid fixture: the Alaska summit (Trump, Putin; ceasefire, security guarantees, territory),
// the three-on-three talks (all three; diplomacy), Witkoff on CNN (security guarantees, NATO membership).
const dataset = loadDataset();
const putin = actorIdSchema.parse('vladimir-putin');

describe('topicCountsInView', () => {
  it('counts every event of the dataset when nothing else narrows them', () => {
    const counts = topicCountsInView(dataset, NO_FILTERS);
    expect(counts.get('security-guarantees')).toBe(2);
    expect(counts.get('diplomacy')).toBe(1);
    expect(counts.get('sanctions')).toBe(0);
  });

  it('counts only the events the actor filter and the search leave, whatever topics are chosen', () => {
    const byPutin = topicCountsInView(dataset, { ...NO_FILTERS, actors: [putin], topics: ['diplomacy'] });
    expect(byPutin.get('security-guarantees')).toBe(1);
    expect(byPutin.get('nato-membership')).toBe(0);
    expect(byPutin.get('diplomacy')).toBe(1);
    const searched = topicCountsInView(dataset, { ...NO_FILTERS, search: [2] });
    expect([...searched].filter(([, n]) => n > 0)).toEqual([
      ['security-guarantees', 1],
      ['nato-membership', 1],
    ]);
  });

  it('says when other filters narrow the counts', () => {
    expect(filtersBesidesTopics({ ...NO_FILTERS, topics: ['energy'] })).toBe(false);
    expect(filtersBesidesTopics({ ...NO_FILTERS, actors: [putin] })).toBe(true);
    expect(filtersBesidesTopics({ ...NO_FILTERS, search: [] })).toBe(true);
  });
});
