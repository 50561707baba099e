import { StrictMode, startTransition, useEffect, useLayoutEffect, useState, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { loadOverview } from './components/LazyOverview.tsx';
import { loadPositions } from './components/LazyPositions.tsx';
import type { Dataset } from './domain/dataset.ts';
import { hasEvery } from './domain/details.ts';
import { firstScreenEvents, viewAtUrl } from './domain/resolveView.ts';
import { parseView } from './domain/urlCodec.ts';
import { StaticRenderContext } from './hooks/useIsServerRender.ts';
import { ParleyStoreContext } from './hooks/useParley.ts';
import type { Loaded } from './store/dataSlice.ts';
import { loadDataset, loadInto } from './store/loadDataset.ts';
import { createParleyStore, type ParleyStore } from './store/store.ts';
import { startUrlSync } from './store/urlSync.ts';
import './styles.css';
import './styles/timeline.css';
import './styles/overview.css';
import './styles/filter.css';
import './styles/quotes.css';
import './styles/embed.css';
import './styles/static.css';
import './styles/print.css';

const BASE = import.meta.env.BASE_URL;
const MARKER = 'data-prerendered';

/**
 * Drops the prerendered page's marker as the app's first commit lands: styles meant only for the
 * static page (static.css) must not apply once the app measures its layout, and must apply until
 * then. Rendered before the app, so its layout effect runs before any of the app's.
 */
function DropPrerenderMarker({ root }: { root: HTMLElement }) {
  useLayoutEffect(() => root.removeAttribute(MARKER), [root]);
  return null;
}

/**
 * Hydrates as the static markup, then, once React has adopted it, lets the app render what only a
 * browser shows (StaticRenderContext) in a transition: in slices, not as one blocking update.
 */
function Hydrating({ children }: { children: ReactNode }) {
  const [hydrating, setHydrating] = useState(true);
  useEffect(() => startTransition(() => setHydrating(false)), []);
  return <StaticRenderContext value={hydrating}>{children}</StaticRenderContext>;
}

const root = document.getElementById('root');
const DATASET_URL = `${BASE}dataset.json`;
/** The events the address shows first, loaded with the index so that the first screen paints complete. */
const firstScreen = (dataset: Dataset) => firstScreenEvents(dataset, window.location, BASE);

/** The chunks the first screen shows besides the timeline: the overview, and the positions when the link asks for them. */
function loadChunks(): Promise<unknown> {
  const positions = parseView(window.location, BASE).view.display === 'positions';
  // A failure is shown where the chunk would be (LazyOverview, LazyPositionsView).
  return Promise.all([loadOverview(), positions ? loadPositions() : null]).catch(() => undefined);
}

/** A store for this page, kept in step with its address. */
function pageStore(loaded?: Loaded): ParleyStore {
  const site = { base: BASE, origin: window.location.origin };
  const store = createParleyStore(
    loaded === undefined ? site : { ...site, ...loaded, resolved: viewAtUrl(loaded.dataset, window.location, BASE) },
  );
  startUrlSync(store);
  return store;
}

const appFor = (store: ParleyStore) => (
  <StrictMode>
    <ParleyStoreContext value={store}>
      <App />
    </ParleyStoreContext>
  </StrictMode>
);

/**
 * A prerendered page stays on screen, readable, while the dataset loads. Then the app hydrates it
 * (React adopts the markup that is there, in slices that leave the page responsive) when the
 * markup is exactly what the app will show: prerendered at this path (a host that answers every
 * path with the home page, or the not-found page, marked with no path, is not), with no query or
 * fragment (filters, embed and quotes change the view), and with every event loaded, as the
 * prerender had them. On phones the static page folds what the app folds (static.css), so it too
 * is the app's first screen. Anything shown differently after hydrating would shift the layout
 * after the first paint, so otherwise the app replaces the markup in one commit. Either way the
 * app renders in slices (a transition) and drops the page's marker in its first commit.
 */
async function takeOver(page: HTMLElement): Promise<void> {
  const { pathname, search, hash } = window.location;
  const atItsPath = page.dataset.prerendered === pathname && search === '' && hash === '';
  const [loaded] = await Promise.all([
    loadDataset(DATASET_URL, fetch, firstScreen).catch((err: unknown) =>
      err instanceof Error ? err : new Error(String(err)),
    ),
    loadChunks(),
  ]);
  const store = pageStore(loaded instanceof Error ? undefined : loaded);
  if (loaded instanceof Error) store.getState().actions.datasetFailed(loaded.message);
  const takeover = (
    <>
      <DropPrerenderMarker root={page} />
      {appFor(store)}
    </>
  );
  const complete = !(loaded instanceof Error) && hasEvery(loaded.details, loaded.dataset.count);
  if (!atItsPath || !complete) {
    const reactRoot = createRoot(page);
    startTransition(() => reactRoot.render(takeover));
    return;
  }
  // The store was made with the state the page was rendered from, which zustand's hooks read while
  // hydrating (their server snapshot); the marker component renders nothing, so the markup matches.
  startTransition(() => {
    hydrateRoot(page, <Hydrating>{takeover}</Hydrating>);
  });
}

if (root !== null) {
  if (root.hasAttribute(MARKER)) void takeOver(root);
  else {
    const store = pageStore();
    void loadChunks();
    createRoot(root).render(appFor(store));
    void loadInto(store, DATASET_URL, fetch, firstScreen);
  }
}
