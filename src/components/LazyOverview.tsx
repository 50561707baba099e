import { createElement, useId } from 'react';
import type { Dataset } from '../domain/dataset.ts';
import { lazyChunk } from './lazyChunk.ts';

/**
 * The overview chart and d3-scale's time scale (shared with the positions view) are about a fifth
 * of the app's JavaScript, so the chart is a chunk of its own that loads beside the dataset.
 */
const overview = lazyChunk(() => import('./Overview.tsx').then((m) => m.Overview));

export const loadOverview = overview.load;

/** The overview once its code is here; until then its heading, saying it is on the way (or could not come). */
export function LazyOverview({ dataset }: { dataset: Dataset }) {
  const { value: Overview, failed } = overview.useChunk();
  const id = useId();
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
