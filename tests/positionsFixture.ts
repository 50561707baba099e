/** The small valid fixture with stances on its three quotes, for the positions view's tests. */
import { buildDataset, type WholeDataset } from '../src/domain/dataset.ts';
import type { QuoteStance } from '../src/domain/schema.ts';
import { readDataset } from '../scripts/lib/readDataset.ts';

const STANCES: Record<string, QuoteStance[]> = {
  'q-witkoff-game-changing': [{ topic: 'security-guarantees', stance: 'supports', note: 'Article 5-style protection' }],
  'q-witkoff-first-time': [{ topic: 'security-guarantees', stance: 'describes' }],
  'q-witkoff-legislative-enshrinement': [{ topic: 'territory', stance: 'conditional', note: 'laws passed in Russia' }],
};

let cached: WholeDataset | undefined;

/** Witkoff's three quotes (17 Aug 2025): supports and describes security guarantees, conditional on territory. */
export function datasetWithStances(): WholeDataset {
  if (cached !== undefined) return cached;
  const result = readDataset('tests/fixtures/valid');
  if (!result.ok) throw new Error('the valid fixture is invalid');
  const raw = result.dataset;
  const quotes = raw.quotes.map((q) => {
    const stances = STANCES[q.id];
    return stances === undefined ? q : { ...q, stances };
  });
  cached = buildDataset({ ...raw, quotes });
  return cached;
}
