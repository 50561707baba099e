/**
 * The layout of a list whose rows have fixed heights but for one, which may have grown (the compact
 * list's rows and its opened card): each row's offset is a sum worked out once into one typed array,
 * so placing 100,000 rows makes no object per row and finding those on screen is a binary search.
 */

/** The one row that is not at its fixed height, and by how many px it differs. */
export interface GrownRow {
  readonly row: number;
  readonly extra: number;
}

/** Where each of `count` rows starts (px from the list's top), with one more entry: where the list ends. */
export function rowStarts(count: number, heightOf: (row: number) => number): Float64Array {
  const starts = new Float64Array(count + 1);
  for (let i = 0; i < count; i++) starts[i + 1] = (starts[i] ?? 0) + heightOf(i);
  return starts;
}

/** Where `row` starts, the grown row's difference counted for the rows below it. */
export function startOf(starts: Float64Array, row: number, grown: GrownRow | null): number {
  const at = starts[Math.max(0, Math.min(row, starts.length - 1))] ?? 0;
  return grown !== null && row > grown.row ? at + grown.extra : at;
}

/** The height of the whole list. */
export const totalOf = (starts: Float64Array, grown: GrownRow | null): number =>
  startOf(starts, starts.length - 1, grown);

/** The height of `row`. */
export const sizeOf = (starts: Float64Array, row: number, grown: GrownRow | null): number =>
  startOf(starts, row + 1, grown) - startOf(starts, row, grown);

/** The last row that starts at or above `y` (0 for a `y` above the list). */
function rowAt(starts: Float64Array, y: number, grown: GrownRow | null): number {
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (startOf(starts, mid, grown) <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The first and last rows (inclusive) that show between `top` and `bottom` (px from the list's top),
 * with `overscan` rows more on each side; null for a list without rows.
 */
export function rowsWithin(
  starts: Float64Array,
  grown: GrownRow | null,
  top: number,
  bottom: number,
  overscan: number,
): readonly [number, number] | null {
  const count = starts.length - 1;
  if (count <= 0) return null;
  const first = rowAt(starts, Math.max(0, top), grown);
  const last = rowAt(starts, Math.max(top, bottom), grown);
  return [Math.max(0, first - overscan), Math.min(count - 1, last + overscan)];
}

/**
 * Where to scroll the window (its top, in px from the list's top) to bring `row` into view below
 * `clearance` px of bars stuck to the window's top: its top there ('start'), or only as far as it
 * needs ('auto'; null when it is in view already).
 */
export function scrollTargetFor(
  starts: Float64Array,
  grown: GrownRow | null,
  row: number,
  align: 'start' | 'auto',
  view: { readonly top: number; readonly height: number; readonly clearance: number },
): number | null {
  const start = startOf(starts, row, grown);
  const size = sizeOf(starts, row, grown);
  const toTop = start - view.clearance;
  if (align === 'start') return toTop;
  if (start >= view.top + view.clearance && start + size <= view.top + view.height) return null;
  // Taller than the window below the bars, or above it: its top goes first.
  if (start < view.top + view.clearance || size > view.height - view.clearance) return toTop;
  return start + size - view.height;
}
