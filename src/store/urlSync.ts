/**
 * The only module that touches `history`. The URL and the store agree at all times: opening a link
 * sets the store; selecting an event pushes a history entry; changing filters or the highlighted
 * quote replaces the current one; Back and Forward set the store again.
 */
import { resolveView } from '../domain/resolveView';
import { formatUrlState, parseUrlState, type UrlState } from '../domain/urlState';
import { useTimelineStore, type TimelineState } from './timelineStore';

const APP_TITLE = 'Parley — diplomatic event timeline';

/** Which store fields are URL state, written in `formatUrlState`'s terms. */
function urlStateOf(s: TimelineState): UrlState {
  return {
    eventId: s.selection.eventId,
    quoteId: s.selection.quoteId,
    actors: s.filters.actors,
    match: s.filters.match,
    embed: s.embed,
  };
}

function titleOf(s: TimelineState): string {
  const event = s.selection.eventId === null ? undefined : s.dataset?.eventById.get(s.selection.eventId);
  if (event !== undefined) return `${event.title} — Parley`;
  return s.notFound !== null ? `Event not found — Parley` : APP_TITLE;
}

/** Starts keeping the URL and the store in step; returns a function that stops it. */
export function startUrlSync(base: string): () => void {
  let applying = false;
  const { setState, getState, subscribe } = useTimelineStore;

  const applyLocation = () => {
    const s = getState();
    if (s.dataset === null) return;
    const { state, problems } = parseUrlState(window.location, base);
    const view = resolveView(s.dataset, state, problems);
    applying = true;
    setState({
      selection: { eventId: view.eventId, quoteId: view.quoteId },
      filters: view.filters,
      notices: view.notices,
      notFound: view.notFound,
      embed: state.embed,
    });
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
    else if (s.filters !== prev.filters || s.selection.quoteId !== prev.selection.quoteId) window.history.replaceState(null, '', url);
    document.title = titleOf(s);
  });

  window.addEventListener('popstate', applyLocation);
  applyLocation();
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', applyLocation);
  };
}
