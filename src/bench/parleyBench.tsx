/**
 * The benchmark page for Parley itself (`src/bench/bench.html?n=N`): N synthetic events loaded through the
 * same code path as the app (`loadDataset` on the published index and chunks) and rendered by the real `<App />`.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../App.tsx';
import { loadOverview } from '../components/LazyOverview.tsx';
import type { ActorId } from '../domain/schema.ts';
import { ParleyStoreContext } from '../hooks/useParley.ts';
import { loadInto } from '../store/loadDataset.ts';
import { selectSearchStatus } from '../store/searchSlice.ts';
import { createParleyStore, type ParleyStore } from '../store/store.ts';
import {
  afterNextPaint,
  benchDataUrl,
  benchSearchUrl,
  benchSize,
  markReadyAfter,
  measureScroll,
  SCRIPTS_MARK,
  whenDom,
  type BenchApi,
} from './benchApi.ts';
// NOTE: the same stylesheets as src/main.tsx imports; keep the two lists alike.
import '../styles.css';
import '../styles/timeline.css';
import '../styles/overview.css';
import '../styles/filter.css';
import '../styles/quotes.css';
import '../styles/embed.css';
import '../styles/static.css';
import '../styles/print.css';

// Every imported module (React, the app) has been evaluated by now: the earliest the page could start work.
performance.mark(SCRIPTS_MARK);

const CARD = 'article[data-event-id]';

/** The ids of the events on screen: every one must be in `allowed`, and there must be some. */
function showsOnly(allowed: ReadonlySet<string>): boolean {
  const cards = [...document.querySelectorAll<HTMLElement>(CARD)];
  return cards.length > 0 && cards.every((c) => allowed.has(c.dataset.eventId ?? ''));
}

/** Resolves once `test(state)` holds, checking at every change of the store. */
function whenStore(store: ParleyStore, test: (s: ReturnType<ParleyStore['getState']>) => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (test(store.getState())) return resolve();
    const stop = store.subscribe((s) => {
      if (!test(s)) return;
      stop();
      resolve();
    });
  });
}

/** Sets the search box's text as a keystroke would (React listens for the input event). */
function typeInto(input: HTMLInputElement, text: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setter?.call(input, text);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const n = benchSize();
const root = document.getElementById('root');
if (root) {
  // As src/main.tsx does: the dataset and the overview's chunk load side by side.
  const store = createParleyStore({ base: import.meta.env.BASE_URL, origin: window.location.origin });
  // The synthetic events' own search index, published beside them as the build publishes search.json.
  store.setState({ searchUrl: benchSearchUrl(n) });
  const { actions } = store.getState();
  void loadInto(store, benchDataUrl(n));
  void loadOverview();
  createRoot(root).render(
    <StrictMode>
      <ParleyStoreContext value={store}>
        <App />
      </ParleyStoreContext>
    </StrictMode>,
  );
  // The first screen is complete when it shows events and the overview chart.
  void markReadyAfter(
    whenDom(root, () => document.querySelector(CARD) !== null && document.querySelector('.overview svg') !== null),
  );

  const api: BenchApi = {
    n,
    async filter(actorId) {
      const { dataset } = store.getState();
      const allowed = new Set(
        (dataset?.eventsByActor.get(actorId as ActorId) ?? []).map((i) => dataset?.columns.ids[i] ?? ''),
      );
      const t0 = performance.now();
      actions.filterByActors([actorId as ActorId]);
      let t1 = await afterNextPaint();
      // Normally committed in the first frame; a deferred render would show up as extra frames here.
      for (let frames = 1; frames < 120 && !showsOnly(allowed); frames++) t1 = await afterNextPaint();
      return { ms: t1 - t0, verified: showsOnly(allowed) };
    },
    async reset() {
      actions.clearFilters();
      await afterNextPaint();
      await afterNextPaint();
    },
    scrollThrough(steps) {
      const ids = store.getState().dataset?.columns.ids ?? [];
      const lastId = ids[ids.length - 1];
      const max = () => document.documentElement.scrollHeight - window.innerHeight;
      window.scrollTo(0, 0);
      return measureScroll(
        steps,
        (f) => window.scrollTo(0, Math.round(f * max())),
        () => lastId !== undefined && document.getElementById(`event-${lastId}`) !== null,
      );
    },
    async search(query) {
      const input = document.querySelector<HTMLInputElement>('input[type="search"]');
      if (input === null) throw new Error('no search box');
      window.scrollTo(0, 0);
      await afterNextPaint();
      const t0 = performance.now();
      input.focus();
      await whenStore(store, (s) => selectSearchStatus(s).kind !== 'loading' && selectSearchStatus(s).kind !== 'idle');
      const readyMs = performance.now() - t0;
      const status = selectSearchStatus(store.getState());
      if (status.kind === 'error') throw new Error(`the search index did not load: ${status.message}`);
      await afterNextPaint();
      const t1 = performance.now();
      typeInto(input, query);
      await whenStore(store, (s) => s.searchHits?.query === query);
      let t2 = await afterNextPaint();
      // Worked out once the answer is painted: the check is the benchmark's own work, not the page's.
      const hits = store.getState().searchHits?.events ?? [];
      const ids = store.getState().dataset?.columns.ids ?? [];
      const allowed = new Set(hits.map((i) => ids[i] ?? ''));
      for (let frames = 1; frames < 120 && !showsOnly(allowed); frames++) t2 = await afterNextPaint();
      return { readyMs, keyMs: t2 - t1, verified: showsOnly(allowed), matched: hits.length };
    },
  };
  window.__bench = api;
}
