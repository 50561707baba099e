import type { Actor } from '../domain/schema.ts';
import { useActions } from '../hooks/useParley.ts';
import { ActorChip } from './ActorChip.tsx';
import { FilterToggle } from './FilterToggle.tsx';

interface Props {
  readonly actor: Actor;
  readonly eventCount: number;
  readonly pressed: boolean;
}

/** One actor in the filter: the actor's chip, named by the actor alone, with its count of events. */
export function ActorToggle({ actor, eventCount, pressed }: Props) {
  const { toggleActor } = useActions();
  return (
    <FilterToggle eventCount={eventCount} pressed={pressed} onToggle={() => toggleActor(actor.id)}>
      <ActorChip actor={actor} />
    </FilterToggle>
  );
}
