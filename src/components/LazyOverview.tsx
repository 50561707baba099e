import { createElement, useEffect, useId, useState, useSyncExternalStore } from 'react';
import type { Dataset } from '../domain/dataset.ts';
import type { Overview as OverviewType } from './Overview.tsx';

type OverviewComponent = typeof OverviewType;

/**
 * The overview chart is the only user of d3-scale's time scale, about a fifth of the app's
 * JavaScript, so it is a chunk of its own that loads beside the dataset. Not React.lazy: that
 * suspends for a frame even when the chunk is already here, and the prerendered page must be
 * replaced in one commit without a placeholder showing.
 */
let loaded: OverviewComponent | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

export function provideOverview(component: OverviewComponent): void {
  loaded = component;
  listeners.forEach((l) => l());
}

/** Fetches the overview's chunk once; resolves when it can render. A failed fetch may be tried again. */
export function loadOverview(): Promise<void> {
  loading ??= import('./Overview.tsx').then(
    (m) => provideOverview(m.Overview),
    (err: unknown) => {
      loading = null;
      throw err;
    },
  );
  return loading;
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

const current = () => loaded;

/** The overview once its code is here; until then its heading, saying it is on the way (or could not come). */
export function LazyOverview({ dataset }: { dataset: Dataset }) {
  const Overview = useSyncExternalStore(subscribe, current, current);
  const [failed, setFailed] = useState(false);
  const id = useId();
  useEffect(() => {
    if (Overview === null) loadOverview().catch(() => setFailed(true));
  }, [Overview]);
  // One component for the page's life: it is set once, when the chunk arrives.
  if (Overview !== null) return createElement(Overview, { dataset });
  return (
    <section className="overview overview-pending" aria-labelledby={id} aria-busy={!failed}>
      <h2 id={id} className="sidebar-heading">
        Overview
      </h2>
      <p className="muted">
        {failed ? 'The overview could not be loaded. Reload the page to try again.' : 'Loading the overview…'}
      </p>
    </section>
  );
}
