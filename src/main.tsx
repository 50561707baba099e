import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadDataset } from './store/loadDataset';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  void loadDataset(`${import.meta.env.BASE_URL}dataset.json`);
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
