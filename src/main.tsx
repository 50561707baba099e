import { StrictMode, startTransition, useEffect, useLayoutEffect, useState, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { loadOverview } from './components/LazyOverview.tsx';
import type { Dataset } from './domain/dataset.ts';
import { StaticRenderContext } from './hooks/useIsServerRender.ts';
import { loadDataset } from './store/loadDataset.ts';
import { useTimelineStore } from './store/timelineStore.ts';
import { startUrlSync } from './store/urlSync.ts';
import { firstScreenEvents } from './store/viewFromUrl.ts';
import './styles.css';
import './styles/timeline.css';
import './styles/filter.css';
import './styles/quotes.css';
import './styles/embed.css';
import './styles/static.css';

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

if (root) {
  startUrlSync(BASE);
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  if (root.hasAttribute(MARKER)) {
    // A prerendered page stays on screen, readable, while the dataset loads. Then the app hydrates
    // it (React adopts the markup that is there, in slices that leave the page responsive) when the
    // markup is exactly what the app will show: prerendered at this path (a host that answers every
    // path with the home page, or the not-found page, marked with no path, is not), with no query or
    // fragment (filters, embed and quotes change the view). On phones the static page folds what
    // the app folds (static.css), so it too is the app's first screen. Anything shown differently
    // after hydrating would shift the layout after the first paint, so otherwise the app replaces
    // the markup in one commit.
    const { pathname, search, hash } = window.location;
    const hydratable = root.dataset.prerendered === pathname && search === '' && hash === '';
    void Promise.all([loadDataset(DATASET_URL, fetch, firstScreen), loadOverview().catch(() => undefined)]).then(() => {
      const state = useTimelineStore.getState();
      // Either way the app renders in slices (a transition) while the static page stays on screen
      // and responsive, and drops the page's marker in its first commit.
      const takeover = (
        <>
          <DropPrerenderMarker root={root} />
          {app}
        </>
      );
      // The prerender had every event; the page matches it only if the browser has them all too.
      if (!hydratable || state.dataset === null || state.dataset.events.includes(undefined)) {
        const reactRoot = createRoot(root);
        startTransition(() => reactRoot.render(takeover));
        return;
      }
      // While hydrating, zustand's hooks read each store's initial state (their server snapshot), as
      // the prerender did (src/site/entry-server.tsx); it becomes the state the page was rendered from.
      Object.assign(useTimelineStore.getInitialState(), state);
      // The marker component renders nothing, so the markup still matches the prerendered page.
      startTransition(() => {
        hydrateRoot(root, <Hydrating>{takeover}</Hydrating>);
      });
    });
  } else {
    // Started early; LazyOverview shows a failure.
    loadOverview().catch(() => undefined);
    createRoot(root).render(app);
    void loadDataset(DATASET_URL, fetch, firstScreen);
  }
}
