/** Shared test helpers: load a fixture dataset the way the build does, and render the app around it. */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { buildDataset, type Dataset } from '../src/domain/dataset.ts';
import { datasetLoaded } from '../src/store/timelineStore.ts';
import { readDataset } from '../scripts/lib/readDataset.ts';

const cache = new Map<string, Dataset>();

/** A validated dataset folder (default: the small valid fixture), built into app indexes. */
export function loadDataset(dir = 'tests/fixtures/valid'): Dataset {
  let ds = cache.get(dir);
  if (ds === undefined) {
    const result = readDataset(dir);
    if (!result.ok) throw new Error(`fixture ${dir} is invalid: ${result.issues.map((i) => i.message).join('; ')}`);
    ds = buildDataset(result.dataset);
    cache.set(dir, ds);
  }
  return ds;
}

/** Renders `ui` with the store seeded from `dataset` and the location set to `url`. */
export function renderWithData(
  ui: ReactElement,
  { dataset = loadDataset(), url = '/' }: { dataset?: Dataset; url?: string } = {},
) {
  window.history.replaceState(null, '', url);
  datasetLoaded(dataset);
  return { user: userEvent.setup(), ...render(ui) };
}
