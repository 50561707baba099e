/** Shared test helpers: load a fixture dataset the way the build does, and render the app around it. */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement, ReactNode } from 'react';
import { buildDataset, type Dataset, type WholeDataset } from '../src/domain/dataset.ts';
import { noDetails, wholeDetails, type EventDetails } from '../src/domain/details.ts';
import { viewAtUrl } from '../src/domain/resolveView.ts';
import { ParleyStoreContext } from '../src/hooks/useParley.ts';
import { createParleyStore, type ParleyStore, type StoreInit } from '../src/store/store.ts';
import type { View } from '../src/domain/view.ts';
import { readDataset } from '../scripts/lib/readDataset.ts';

const cache = new Map<string, WholeDataset>();

/** A validated dataset folder (default: the small valid fixture), built into app indexes. */
export function loadDataset(dir = 'tests/fixtures/valid'): WholeDataset {
  let ds = cache.get(dir);
  if (ds === undefined) {
    const result = readDataset(dir);
    if (!result.ok) throw new Error(`fixture ${dir} is invalid: ${result.issues.map((i) => i.message).join('; ')}`);
    ds = buildDataset(result.dataset);
    cache.set(dir, ds);
  }
  return ds;
}

const SITE = { base: '/', origin: 'http://localhost:3000' } as const;

/** A page's store with `dataset` loaded (every event's details, when it is held whole) at the view of `url`. */
export function storeWith(dataset: Dataset, url = '/', init: Partial<StoreInit> = {}): ParleyStore {
  const details: EventDetails = 'events' in dataset ? wholeDetails(dataset as WholeDataset) : noDetails(dataset);
  const resolved = viewAtUrl(dataset, new URL(url, SITE.origin), init.base ?? SITE.base);
  return createParleyStore({ ...SITE, dataset, details, resolved, ...init });
}

/** `ui` inside the page's store, as main.tsx renders the app. */
export function withStore(store: ParleyStore, ui: ReactNode) {
  return <ParleyStoreContext value={store}>{ui}</ParleyStoreContext>;
}

interface RenderOptions {
  readonly dataset?: Dataset;
  readonly url?: string;
  /** View keys set after the link's view (as a reader's choices would be). */
  readonly view?: Partial<View>;
  readonly store?: ParleyStore;
}

/**
 * Renders `ui` with a store seeded from `dataset` (or the given `store`) and the location set to
 * `url`. `rerender` keeps the same store.
 */
export function renderWithData(
  ui: ReactElement,
  { dataset = loadDataset(), url = '/', view, store }: RenderOptions = {},
) {
  window.history.replaceState(null, '', url);
  const page = store ?? storeWith(dataset, url);
  if (view !== undefined) page.getState().actions.setView(view);
  const result = render(ui, { wrapper: ({ children }) => withStore(page, children) });
  return { user: userEvent.setup(), store: page, actions: page.getState().actions, ...result };
}

/** The store's filter keys, as the filter functions take them. */
export const filtersOf = (store: ParleyStore) => {
  const { actors, match } = store.getState().view;
  return { actors, match };
};

/** The store's selection: the event and the highlighted quote. */
export const selectionOf = (store: ParleyStore) => {
  const { eventId, quoteId } = store.getState().view;
  return { eventId, quoteId };
};
