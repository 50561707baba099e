import type { Actor } from '../domain/schema.ts';

interface Props {
  readonly actor: Actor;
  /** Shown after the name, e.g. "host" or an office. */
  readonly role?: string | undefined;
}

/**
 * An actor's name with their colour swatch. The swatch is decoration: the name is always written
 * out, so colour is never the only way to tell actors apart.
 */
export function ActorChip({ actor, role }: Props) {
  return (
    <span className="actor-chip">
      <span className="actor-swatch" style={{ backgroundColor: actor.color }} aria-hidden="true" />
      <span className="actor-name">{actor.name}</span>
      {role !== undefined && <span className="actor-role"> ({role})</span>}
    </span>
  );
}
