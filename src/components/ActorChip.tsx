import type { Actor } from '../domain/schema.ts';

interface Props {
  readonly actor: Actor;
  /** Shown after the name, e.g. "host" or an office. */
  readonly role?: string | undefined;
  /**
   * Text that wraps like text (a compact row): the swatch is a glyph bound to the first word, so a
   * line that wraps never ends in a swatch without its name.
   */
  readonly inline?: boolean;
}

/**
 * An actor's name with their colour swatch. The swatch is decoration: the name is always written
 * out, so colour is never the only way to tell actors apart.
 */
export function ActorChip({ actor, role, inline = false }: Props) {
  if (inline) {
    return (
      <span className="actor-chip is-inline">
        <span className="actor-dot" style={{ color: actor.color }} aria-hidden="true">
          ●
        </span>
        {'\u00a0'}
        {actor.name}
      </span>
    );
  }
  return (
    <span className="actor-chip">
      <span className="actor-swatch" style={{ backgroundColor: actor.color }} aria-hidden="true" />
      <span className="actor-name">{actor.name}</span>
      {role !== undefined && <span className="actor-role"> ({role})</span>}
    </span>
  );
}
