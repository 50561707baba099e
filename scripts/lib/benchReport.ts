/** Medians, budgets and the printed table of `npm run bench`. */
import type { RunResult } from './benchBrowser.ts';

/** The page kinds: Parley now, vis-timeline, and Parley at the `--baseline` revision. */
export type Lib = 'parley' | 'vis' | 'before';

export interface Cell {
  readonly lib: Lib;
  readonly n: number;
  readonly runs: readonly RunResult[];
}

export interface Summary {
  /** Runs that finished every phase. */
  readonly finished: number;
  readonly runs: number;
  readonly readyMs: number | null;
  /** When the page's own code began to run (its scripts fetched and evaluated): a floor under `readyMs`. */
  readonly scriptsMs: number | null;
  readonly filterMs: number | null;
  readonly filterVerified: boolean;
  readonly heapMB: number | null;
  /** Median and worst, over runs, of the longest long task while scrolling (0: none over 50 ms). */
  readonly scrollLongestTaskMs: number | null;
  readonly scrollWorstTaskMs: number | null;
  readonly scrollLongestFrameMs: number | null;
  readonly reachedLast: boolean;
  /** First focus of the search box to an index ready to answer; null on a page without a search. */
  readonly searchReadyMs: number | null;
  /** Keystroke (index loaded) to the filtered timeline painted. */
  readonly searchKeyMs: number | null;
  readonly searchVerified: boolean;
  /** JS heap after GC with the search index loaded. */
  readonly searchHeapMB: number | null;
  readonly failures: readonly string[];
}

export interface Budget {
  readonly name: string;
  readonly limit: string;
  readonly value: string;
  readonly met: boolean;
}

const MB = 1_000_000;

export function median(values: readonly number[]): number | null {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return null;
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

const defined = <T>(xs: readonly (T | undefined)[]) => xs.filter((x): x is T => x !== undefined);

export function summarise(cell: Cell): Summary {
  const done = cell.runs.filter((r) => r.failure === undefined);
  // A run cut off in a later phase still counts for the phases it finished.
  const filters = defined(cell.runs.map((r) => r.filter));
  const scrolls = defined(cell.runs.map((r) => r.scroll));
  const tasks = scrolls.map((s) => s.longestTaskMs);
  const searches = defined(cell.runs.map((r) => r.search));
  return {
    finished: done.length,
    runs: cell.runs.length,
    readyMs: median(defined(cell.runs.map((r) => r.readyMs))),
    scriptsMs: median(defined(cell.runs.map((r) => r.scriptsMs))),
    filterMs: median(filters.map((f) => f.ms)),
    filterVerified: filters.length > 0 && filters.every((f) => f.verified),
    heapMB: median(defined(cell.runs.map((r) => (r.heapBytes === undefined ? undefined : r.heapBytes / MB)))),
    scrollLongestTaskMs: median(tasks),
    scrollWorstTaskMs: tasks.length > 0 ? Math.max(...tasks) : null,
    scrollLongestFrameMs: median(scrolls.map((x) => x.longestFrameMs)),
    reachedLast: scrolls.length > 0 && scrolls.every((x) => x.reachedLast),
    searchReadyMs: median(searches.map((x) => x.readyMs)),
    searchKeyMs: median(searches.map((x) => x.keyMs)),
    searchVerified: searches.length > 0 && searches.every((x) => x.verified),
    searchHeapMB: median(
      defined(cell.runs.map((r) => (r.searchHeapBytes === undefined ? undefined : r.searchHeapBytes / MB))),
    ),
    failures: [
      ...new Set(cell.runs.flatMap((r) => [...(r.failure === undefined ? [] : [r.failure]), ...r.pageErrors])),
    ],
  };
}

const fmt = (v: number | null, digits = 0) =>
  v === null ? '—' : v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/**
 * The table of medians, Parley beside vis-timeline, one block of rows per dataset size; with
 * `withBefore`, also beside Parley at the baseline revision.
 */
export function formatTable(
  sizes: readonly number[],
  get: (lib: Lib, n: number) => Summary,
  withBefore = false,
): string {
  const rows: string[][] = [
    withBefore
      ? ['events', 'median of', 'Parley', 'vis-timeline', 'before', 'Parley / vis', 'Parley / before']
      : ['events', 'median of', 'Parley', 'vis-timeline', 'Parley / vis'],
  ];
  const metric =
    (label: string, pick: (s: Summary) => number | null, digits = 0) =>
    (n: number) => {
      const text = (s: Summary, x: number | null) =>
        s.readyMs === null && s.runs > 0 ? 'did not finish' : fmt(x, digits);
      const ratio = (x: number | null, y: number | null) =>
        x !== null && y !== null && y > 0 ? `${fmt(x / y, 3)}×` : '—';
      const [p, v] = [get('parley', n), get('vis', n)];
      const [pv, vv] = [pick(p), pick(v)];
      if (!withBefore) return [n.toLocaleString('en-US'), label, text(p, pv), text(v, vv), ratio(pv, vv)];
      const b = get('before', n);
      const bv = pick(b);
      return [n.toLocaleString('en-US'), label, text(p, pv), text(v, vv), text(b, bv), ratio(pv, vv), ratio(pv, bv)];
    };
  const metrics = [
    metric('scripts evaluated (ms)', (s) => s.scriptsMs),
    metric('ready (ms)', (s) => s.readyMs),
    metric('filter to 1 actor (ms)', (s) => s.filterMs, 1),
    metric('JS heap after GC (MB)', (s) => s.heapMB, 1),
    metric('longest task, scroll (ms)', (s) => s.scrollLongestTaskMs),
    metric('longest frame, scroll (ms)', (s) => s.scrollLongestFrameMs),
    metric('search: focus → ready (ms)', (s) => s.searchReadyMs),
    metric('search: key → painted (ms)', (s) => s.searchKeyMs, 1),
    metric('JS heap, search loaded (MB)', (s) => s.searchHeapMB, 1),
  ];
  for (const n of sizes) for (const m of metrics) rows.push(m(n));
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows
    .map((r) => r.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '))
    .join('\n');
}

export function formatBudgets(budgets: readonly Budget[]): string {
  const w = Math.max(...budgets.map((b) => b.name.length));
  return budgets
    .map((b) => `${b.met ? 'MET   ' : 'MISSED'}  ${b.name.padEnd(w)}  ${b.value} (budget ${b.limit})`)
    .join('\n');
}
