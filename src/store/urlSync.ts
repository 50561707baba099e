/**
 * The only module that touches `history`. The URL and the store agree at all times: opening a link
 * sets the store; selecting an event pushes a history entry; changing filters or the highlighted
 * quote replaces the current one; Back and Forward set the store again.
 */
import { formatUrlState } from '../domain/urlState.ts';
import { useTimelineStore } from './timelineStore.ts';
import { titleOf, urlStateOf, viewFromUrl } from './viewFromUrl.ts';

/** Starts keeping the URL and the store in step; returns a function that stops it. */
export function startUrlSync(base: string): () => void {
  let applying = false;
  const { setState, getState, subscribe } = useTimelineStore;

  const applyLocation = () => {
    const s = getState();
    if (s.dataset === null) return;
    const view = viewFromUrl(s.dataset, window.location, base);
    applying = true;
    setState(view);
    applying = false;
    const next = getState();
    // A link that asked for something missing keeps its URL, so a reload shows the same answer.
    if (view.notFound === null) window.history.replaceState(null, '', formatUrlState(urlStateOf(next), base));
    document.title = titleOf(next);
  };

  const unsubscribe = subscribe((s, prev) => {
    if (s.dataset === null) return;
    if (prev.dataset === null) return applyLocation();
    if (applying) return;
    const url = formatUrlState(urlStateOf(s), base);
    if (s.selection.eventId !== prev.selection.eventId) window.history.pushState(null, '', url);
    else if (s.filters !== prev.filters || s.selection.quoteId !== prev.selection.quoteId)
      window.history.replaceState(null, '', url);
    document.title = titleOf(s);
  });

  window.addEventListener('popstate', applyLocation);
  applyLocation();
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', applyLocation);
  };
}
