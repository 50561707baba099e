/** How much of each event the timeline shows: whole cards, or a compact list that opens on selection. */
export type Density = 'detailed' | 'compact';

/**
 * Above this many events the timeline starts compact: full cards (450–900 px each) would make the
 * page taller than browsers can lay out (about 33.5 million px) long before 100,000 events, and
 * nobody reads thousands of summaries in a row.
 */
export const COMPACT_AFTER = 2_000;

/** The density a dataset opens with when the reader has not chosen one. */
export function defaultDensity(eventCount: number): Density {
  return eventCount > COMPACT_AFTER ? 'compact' : 'detailed';
}
