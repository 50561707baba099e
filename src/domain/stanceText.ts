/** The stance vocabulary in the reader's words (data/README.md, "Stances", defines each word). */
import type { Stance } from './schema.ts';

/** What each stance says of the speaker, completing "the speaker…". */
export const STANCE_MEANING: Record<Stance, string> = {
  supports: 'argues for it',
  opposes: 'argues against it',
  conditional: 'supports it only on conditions the words state',
  undecided: 'says no position is settled, or leaves it open',
  describes: 'reports or describes it without taking a side',
};

/** The stances in the order the key lists them: for, on conditions, open, against, then no side. */
export const STANCE_ORDER: readonly Stance[] = ['supports', 'conditional', 'undecided', 'opposes', 'describes'];
