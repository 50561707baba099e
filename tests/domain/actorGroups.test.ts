import { describe, expect, it } from 'vitest';
import { groupActors } from '../../src/domain/actorGroups.ts';
import { buildDataset } from '../../src/domain/dataset.ts';
import { eventCountByActor } from '../../src/domain/filter.ts';
import type { RawDataset } from '../../src/domain/schema.ts';
import { sample } from './sample.ts';

/** The sample with two actors who take part in nothing: one more American, one of an affiliation of their own. */
function withIdleActors(): RawDataset {
  const trump = sample.actors[0]!;
  const idle = (id: string, name: string, affiliation: string) => ({
    ...trump,
    id,
    name,
    shortName: name,
    affiliation,
  });
  return {
    ...sample,
    actors: [
      ...sample.actors,
      idle('anna-adams', 'Anna Adams', 'United States'),
      idle('zed-zoller', 'Zed Zoller', 'Atlantis'),
    ] as RawDataset['actors'],
  };
}

describe('groupActors', () => {
  it('orders affiliations by the events involving them, then actors by their own events, then names', () => {
    const ds = buildDataset(sample);
    const groups = groupActors(ds, eventCountByActor(ds));
    expect(groups.map((g) => [g.affiliation, g.actors.map((a) => a.id)])).toEqual([
      ['United States', ['donald-trump']],
      ['Russia', ['vladimir-putin']],
      ['Ukraine', ['volodymyr-zelenskyy']],
    ]);
  });

  it('puts an actor with no events after the others of their group, and an empty group last', () => {
    const ds = buildDataset(withIdleActors());
    const groups = groupActors(ds, eventCountByActor(ds));
    expect(groups.map((g) => [g.affiliation, g.actors.map((a) => a.id)])).toEqual([
      ['United States', ['donald-trump', 'anna-adams']],
      ['Russia', ['vladimir-putin']],
      ['Ukraine', ['volodymyr-zelenskyy']],
      ['Atlantis', ['zed-zoller']],
    ]);
  });
});
