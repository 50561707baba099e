import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';
import { loadOverview } from './components/LazyOverview';
import { loadDataset } from './store/loadDataset';
import { useTimelineStore } from './store/timelineStore';
import { viewFromUrl } from './store/viewFromUrl';
import { startUrlSync } from './store/urlSync';
import './styles.css';
import './styles/timeline.css';
import './styles/filter.css';
import './styles/quotes.css';
import './styles/embed.css';
import './styles/static.css';

const BASE = import.meta.env.BASE_URL;
const root = document.getElementById('root');

if (root) {
  startUrlSync(BASE);
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  if (root.hasAttribute('data-prerendered')) {
    // A prerendered page stays on screen, readable, while the dataset loads; then the app hydrates
    // it: React adopts the markup that is there instead of building it again, in slices that leave
    // the page responsive. The marker goes first: styles meant only for the static page (static.css)
    // must not apply while the app measures its layout.
    // The path the page was prerendered at; a host that answers every path with the home page (or
    // the not-found page, marked with no path) leaves markup the app must replace, not hydrate.
    const hydratable = root.dataset.prerendered === window.location.pathname;
    void Promise.all([loadDataset(`${BASE}dataset.json`), loadOverview().catch(() => undefined)]).then(() => {
      root.removeAttribute('data-prerendered');
      const state = useTimelineStore.getState();
      if (!hydratable || state.dataset === null) {
        // Markup for another address (or a failed load): the app replaces it in one commit.
        flushSync(() => createRoot(root).render(app));
        return;
      }
      // While hydrating, zustand's hooks read each store's initial state (their server snapshot), as
      // the prerender did (src/entry-server.tsx). It becomes the state the page was rendered from:
      // its path alone. React then re-renders with the link's query and fragment (filters, embed,
      // quote) from the store's current state.
      const path = new URL(window.location.pathname, window.location.origin);
      Object.assign(useTimelineStore.getInitialState(), { ...state, ...viewFromUrl(state.dataset, path, BASE) });
      hydrateRoot(root, app);
    });
  } else {
    void loadOverview();
    createRoot(root).render(app);
    void loadDataset(`${BASE}dataset.json`);
  }
}
