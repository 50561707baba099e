import type { Stance } from '../domain/schema.ts';

/**
 * A stance's shape (README.md, "Positions"): a disc supports, a half disc is conditional, a ring is
 * undecided, a square opposes, a small open square describes. Decoration only: every mark is named in words.
 */
export function StanceShape({ stance }: { readonly stance: Stance }) {
  return <span className={`stance-shape stance-${stance}`} aria-hidden="true" />;
}
