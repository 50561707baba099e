import { useMemo } from 'react';
import type { Dataset } from '../domain/dataset.ts';
import { eventCountByActor, eventCountByGroup } from '../domain/filter.ts';
import type { Actor, ActorId } from '../domain/schema.ts';
import { useFoldOn } from '../hooks/useFoldOn.ts';
import { selectDataset, selectFilters } from '../store/selectors.ts';
import { useActions, useParley } from '../hooks/useParley.ts';
import { ActorGroup } from './ActorGroup.tsx';
import { MatchModeControl } from './MatchModeControl.tsx';
import { PHONE_QUERY } from '../hooks/mediaQueries.ts';

interface AffiliationGroup {
  readonly affiliation: string;
  readonly actors: readonly Actor[];
}

const byName = (a: string, b: string) => a.localeCompare(b, 'en');

/** Affiliations by how many distinct events involve them, then by name; actors by event count, then name. */
function groupActors(dataset: Dataset, counts: ReadonlyMap<ActorId, number>): AffiliationGroup[] {
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

/** Toggles for every actor, grouped by affiliation, with the any/all choice and a reset. */
export function ActorFilter() {
  const dataset = useParley(selectDataset);
  const filters = useParley(selectFilters);
  const { clearFilters } = useActions();
  // Phones start with the actor list folded so the timeline stays in view.
  const listRef = useFoldOn(PHONE_QUERY);
  const counts = useMemo(() => (dataset === null ? new Map<ActorId, number>() : eventCountByActor(dataset)), [dataset]);
  const groups = useMemo(() => (dataset === null ? [] : groupActors(dataset, counts)), [dataset, counts]);
  const chosen = useMemo(() => new Set(filters.actors), [filters.actors]);
  if (dataset === null) return null;
  return (
    <fieldset className="actor-filter">
      <legend>Filter by actor</legend>
      <details ref={listRef} className="actor-filter-list" open>
        <summary>Actors ({chosen.size} chosen)</summary>
        {groups.map((g) => (
          <ActorGroup
            key={g.affiliation}
            affiliation={g.affiliation}
            actors={g.actors}
            counts={counts}
            chosen={chosen}
          />
        ))}
      </details>
      <MatchModeControl />
      {chosen.size > 0 && (
        <button type="button" className="button" onClick={clearFilters}>
          Clear filters
        </button>
      )}
    </fieldset>
  );
}
