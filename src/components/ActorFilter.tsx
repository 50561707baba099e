import { useMemo } from 'react';
import { groupActors } from '../domain/actorGroups.ts';
import { eventCountByActor } from '../domain/filter.ts';
import type { ActorId } from '../domain/schema.ts';
import { selectDataset, selectFilters } from '../store/selectors.ts';
import { useActions, useParley } from '../hooks/useParley.ts';
import { ActorGroup } from './ActorGroup.tsx';
import { MatchModeControl } from './MatchModeControl.tsx';

/** Toggles for every actor, grouped by affiliation, with the any/all choice and a reset. */
export function ActorFilter() {
  const dataset = useParley(selectDataset);
  const filters = useParley(selectFilters);
  const { clearFilters } = useActions();
  const counts = useMemo(() => (dataset === null ? new Map<ActorId, number>() : eventCountByActor(dataset)), [dataset]);
  const groups = useMemo(() => (dataset === null ? [] : groupActors(dataset, counts)), [dataset, counts]);
  const chosen = useMemo(() => new Set(filters.actors), [filters.actors]);
  if (dataset === null) return null;
  return (
    <fieldset className="actor-filter">
      <legend>Filter by actor</legend>
      <details className="actor-filter-list" open>
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
      <MatchModeControl subject="actors" />
      {chosen.size > 0 && (
        <button type="button" className="button" onClick={clearFilters}>
          Clear filters
        </button>
      )}
    </fieldset>
  );
}
