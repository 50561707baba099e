/** The actor filter's order: actors grouped by affiliation, the groups that matter most first. */
import type { Dataset } from './dataset.ts';
import { eventCountByGroup } from './filter.ts';
import type { Actor, ActorId } from './schema.ts';

export interface AffiliationGroup {
  readonly affiliation: string;
  readonly actors: readonly Actor[];
}

const byName = (a: string, b: string) => a.localeCompare(b, 'en');

/** Affiliations by how many distinct events involve them, then by name; actors by event count, then name. */
export function groupActors(dataset: Dataset, counts: ReadonlyMap<ActorId, number>): AffiliationGroup[] {
  const groups = new Map<string, Actor[]>();
  for (const a of dataset.actors) groups.set(a.affiliation, [...(groups.get(a.affiliation) ?? []), a]);
  const sizes = eventCountByGroup(
    dataset,
    [...groups.values()].map((actors) => actors.map((a) => a.id)),
  );
  const count = (a: Actor) => counts.get(a.id) ?? 0;
  return [...groups]
    .map(([affiliation, actors], g) => ({
      affiliation,
      size: sizes[g] ?? 0,
      actors: [...actors].sort((a, b) => count(b) - count(a) || byName(a.name, b.name)),
    }))
    .sort((a, b) => b.size - a.size || byName(a.affiliation, b.affiliation));
}
