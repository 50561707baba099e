import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadDataset } from './store/loadDataset';
import { startUrlSync } from './store/urlSync';
import './styles.css';
import './styles/timeline.css';
import './styles/filter.css';
import './styles/quotes.css';

const root = document.getElementById('root');
if (root) {
  startUrlSync(import.meta.env.BASE_URL);
  void loadDataset(`${import.meta.env.BASE_URL}dataset.json`);
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
