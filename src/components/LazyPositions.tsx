import { lazyChunk } from './lazyChunk.ts';

/**
 * The positions view is shown only when a reader asks for it (`?view=positions`), and it brings
 * d3-scale's time scale with it: a chunk of its own, so the timeline's first screen waits for none
 * of it. A link that opens on the positions loads it beside the dataset (`loadPositions`).
 */
const positions = lazyChunk(() => import('./positionsChunk.ts'));

export const loadPositions = positions.load;

/** The positions view once its code is here; until then a line saying it is on the way (or could not come). */
export function LazyPositionsView() {
  const { value, failed } = positions.useChunk();
  if (value !== null) return <value.PositionsView />;
  return failed ? (
    <p role="alert">The positions view could not be loaded. Reload the page to try again.</p>
  ) : (
    <p role="status" className="muted">
      Loading the positions…
    </p>
  );
}

/** The positions table on paper: printed only from the positions view, so its code is here by then. */
export function LazyPrintPositions() {
  const { value } = positions.useChunk();
  return value === null ? null : <value.PrintPositions />;
}
