import { useId } from 'react';
import type { Actor, ActorId } from '../domain/schema.ts';
import { ActorToggle } from './ActorToggle.tsx';

interface Props {
  readonly affiliation: string;
  /** Already in display order. */
  readonly actors: readonly Actor[];
  readonly counts: ReadonlyMap<ActorId, number>;
  readonly chosen: ReadonlySet<ActorId>;
}

/**
 * The actors of one affiliation, under its name. A plain div, not a section: a named section per
 * country would add a landmark each.
 */
export function ActorGroup({ affiliation, actors, counts, chosen }: Props) {
  const headingId = useId();
  return (
    <div className="actor-group">
      <h3 id={headingId} className="actor-group-heading">
        {affiliation}
      </h3>
      <ul className="actor-toggles" aria-labelledby={headingId}>
        {actors.map((a) => (
          <li key={a.id}>
            <ActorToggle actor={a} eventCount={counts.get(a.id) ?? 0} pressed={chosen.has(a.id)} />
          </li>
        ))}
      </ul>
    </div>
  );
}
