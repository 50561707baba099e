import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadOverview } from './components/LazyOverview';
import { loadDataset } from './store/loadDataset';
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
  const reactRoot = createRoot(root);
  const mount = () =>
    reactRoot.render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  if (root.hasAttribute('data-prerendered')) {
    // A prerendered page stays on screen, readable, while the dataset loads; then the app replaces it
    // with the same markup in one synchronous commit, so no loading text or blank frame shows between.
    // The marker goes first, in the same task: styles meant only for the static page (static.css) must
    // not apply while the app measures its layout.
    void Promise.all([loadDataset(`${BASE}dataset.json`), loadOverview().catch(() => undefined)]).then(() => {
      root.removeAttribute('data-prerendered');
      flushSync(mount);
    });
  } else {
    void loadOverview();
    mount();
    void loadDataset(`${BASE}dataset.json`);
  }
}
