import { useId } from 'react';
import type { Actor } from '../domain/schema.ts';
import { useActions } from '../hooks/useParley.ts';
import { ActorChip } from './ActorChip.tsx';
import { formatCount } from '../domain/format.ts';

interface Props {
  readonly actor: Actor;
  readonly eventCount: number;
  readonly pressed: boolean;
}

/**
 * One actor in the filter. The accessible name is exactly the actor's name; the event count is
 * shown but hidden from the name and exposed as the description instead, so "Vladimir Putin"
 * is not announced as "Vladimir Putin 9".
 */
export function ActorToggle({ actor, eventCount, pressed }: Props) {
  const countId = useId();
  const { toggleActor } = useActions();
  return (
    <button
      type="button"
      className="actor-toggle"
      aria-pressed={pressed}
      aria-describedby={countId}
      onClick={() => toggleActor(actor.id)}
    >
      {/* NOTE: a real element, not CSS ::before content, which browsers would add to the name. */}
      <span className="actor-toggle-mark" aria-hidden="true">
        {pressed ? '✓' : ''}
      </span>
      <ActorChip actor={actor} />
      <span className="actor-toggle-count" aria-hidden="true">
        {formatCount(eventCount)}
      </span>
      {/* One text node, so the description reads "2 events" and not "2events". */}
      <span id={countId} className="visually-hidden" aria-hidden="true">
        {`${formatCount(eventCount)} ${eventCount === 1 ? 'event' : 'events'}`}
      </span>
    </button>
  );
}
