/**
 * The only module that touches `history`. The URL and the store agree at all times: opening a link
 * sets the store; selecting an event pushes a history entry; any other change of the view replaces
 * the current one; Back and Forward set the store again.
 */
import { viewAtUrl } from '../domain/resolveView.ts';
import { formatView } from '../domain/urlCodec.ts';
import { selectTitle } from './selectors.ts';
import type { ParleyStore } from './store.ts';

/** Starts keeping the URL and `store` in step; returns a function that stops it. */
export function startUrlSync(store: ParleyStore): () => void {
  let applying = false;
  const { getState, subscribe } = store;

  const applyLocation = () => {
    const s = getState();
    if (s.dataset === null) return;
    const resolved = viewAtUrl(s.dataset, window.location, s.base);
    applying = true;
    s.actions.showResolved(resolved);
    applying = false;
    const next = getState();
    // A link that asked for something missing keeps its URL, so a reload shows the same answer.
    if (resolved.notFound === null) window.history.replaceState(null, '', formatView(next.view, next.base));
    document.title = selectTitle(next);
  };

  const unsubscribe = subscribe((s, prev) => {
    if (s.dataset === null) return;
    if (prev.dataset === null) return applyLocation();
    if (applying) return;
    if (s.view !== prev.view) {
      const url = formatView(s.view, s.base);
      if (s.view.eventId !== prev.view.eventId) window.history.pushState(null, '', url);
      else if (url !== formatView(prev.view, prev.base)) window.history.replaceState(null, '', url);
    }
    document.title = selectTitle(s);
  });

  window.addEventListener('popstate', applyLocation);
  // A store made with its dataset (a hydrating page) has nothing to wait for.
  if (getState().dataset !== null) applyLocation();
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', applyLocation);
  };
}
