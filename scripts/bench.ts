/**
 * `npm run bench`: Parley against vis-timeline on the same synthetic events, in headless Chromium.
 *
 * Builds the site into bench-results/site (skip with --no-build when it is fresh), writes synthetic
 * datasets of 1,000, 10,000 and 100,000 events into its bench-data/, serves it with `vite preview`
 * on 127.0.0.1 and opens src/bench/bench.html (the real <App />) and src/bench/bench-vis.html (vis-timeline) for each size, five runs
 * each, interleaved (with a search phase on Parley's page: first focus of the box to an index
 * ready, a keystroke to the filtered timeline painted, the heap with the index). Prints the medians and each budget as MET or MISSED, and writes every figure
 * to bench-results/bench.json. Options: --runs=N, --sizes=1000,10000, --no-build.
 *
 * --baseline=REV (a git revision) also measures Parley as it was at REV, as a third page ("before")
 * interleaved with the other two: REV's tree is exported into bench-results/baseline-src, built with
 * its own config into bench-results/baseline-site, given the same datasets and served by a second
 * `vite preview`. The table gains its medians and a "Parley / before" ratio.
 */
import { cpus } from 'node:os';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromiumVersion, measureRun, type RunResult } from './lib/benchBrowser.ts';
import {
  formatBudgets,
  formatTable,
  summarise,
  type Budget,
  type Cell,
  type Lib,
  type Summary,
} from './lib/benchReport.ts';
import {
  BaselineError,
  buildRevision,
  buildSite,
  builtFrom,
  copyBenchData,
  readsIndexFormat,
  resolveRevision,
  startPreview,
  writeBenchData,
  BENCH_SEED,
  type Revision,
} from './lib/benchServer.ts';
import { initialAssets, type AssetSize } from './lib/initialAssets.ts';

const ROOT = resolve(import.meta.dirname, '..');
/** The benchmark's own build (git-ignored); dist/ is left to everyone else. */
const DIST = join(ROOT, 'bench-results', 'site');
const OUT = join(ROOT, 'bench-results');
/** With --baseline: the revision's exported tree (removed after its build) and its build. */
const BASELINE_SRC = join(OUT, 'baseline-src');
const BASELINE_DIST = join(OUT, 'baseline-site');
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const RUNS = Number(arg('runs') ?? 5);
const SIZES = (arg('sizes') ?? '1000,10000,100000').split(',').map(Number);
const ACTOR = 'synthetic-alder';
/** What the search phase types: a topic word that about half the synthetic events carry. */
const QUERY = 'sanctions';
const SCROLL_STEPS = 50;
const TIMEOUT_MS = 60_000;
/** Where the build puts the benchmark pages (their path under the project root). */
const PAGES: Record<Lib, string> = {
  parley: 'src/bench/bench.html',
  vis: 'src/bench/bench-vis.html',
  before: 'src/bench/bench.html',
};
/** `--baseline` without a revision is refused by resolveRevision. */
const BASELINE_REV = arg('baseline') ?? (process.argv.includes('--baseline') ? '' : undefined);
/** The page kinds measured, in the order of the first run. */
const LIBS: readonly Lib[] = BASELINE_REV === undefined ? ['parley', 'vis'] : ['parley', 'vis', 'before'];
const NO_BUILD = process.argv.includes('--no-build');

function build(baseline: Revision | undefined) {
  if (!(NO_BUILD && existsSync(join(DIST, PAGES.parley)))) buildSite(ROOT, DIST);
  if (baseline !== undefined && !(NO_BUILD && builtFrom(BASELINE_DIST, baseline)))
    buildRevision(ROOT, baseline, BASELINE_SRC, BASELINE_DIST);
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const gzipTotal = (assets: readonly AssetSize[]) => assets.reduce((s, a) => s + a.gzipBytes, 0);

/** Runs stop being started once the whole benchmark would overrun this (CI allows 10 minutes). */
const TIME_BUDGET_MS = 9.5 * 60_000;

async function runAll(baseUrls: Record<Lib, string>, started: number): Promise<Cell[]> {
  const cells: Cell[] = [];
  // How long one run takes: measured at this size, or guessed from the last size.
  const guess: Record<Lib, number> = { parley: 0, vis: 0, before: 0 };
  for (const n of SIZES) {
    const runs: Record<Lib, RunResult[]> = { parley: [], vis: [], before: [] };
    const longest: Record<Lib, number> = { parley: 0, vis: 0, before: 0 };
    for (let i = 0; i < RUNS; i++) {
      // Interleaved, and rotating which goes first, so that drift in the machine hits every page alike.
      const order = LIBS.map((_, k) => LIBS[(i + k) % LIBS.length] as Lib);
      for (const lib of order) {
        // A page that did not become ready once at this size is not tried again: each try costs the full timeout.
        if (runs[lib].some((r) => r.failure !== undefined && r.readyMs === undefined)) continue;
        if (Date.now() - started + (longest[lib] || guess[lib]) > TIME_BUDGET_MS) {
          console.log(
            `  n=${n} run ${i + 1} ${lib.padEnd(6)} skipped: the benchmark's ${TIME_BUDGET_MS / 60_000}-minute budget is nearly spent`,
          );
          continue;
        }
        const t0 = Date.now();
        const r = await measureRun({
          url: `${baseUrls[lib]}${PAGES[lib]}?n=${n}`,
          actorId: ACTOR,
          query: QUERY,
          scrollSteps: SCROLL_STEPS,
          readyTimeoutMs: TIMEOUT_MS,
          phaseTimeoutMs: TIMEOUT_MS,
        });
        runs[lib].push(r);
        longest[lib] = Math.max(longest[lib], Date.now() - t0);
        const fig = (v: number | undefined, unit: string) => (v === undefined ? '—' : `${Math.round(v)}${unit}`);
        const search =
          r.search === undefined
            ? ''
            : `, search ready ${fig(r.search.readyMs, ' ms')}, key ${fig(r.search.keyMs, ' ms')}, heap ${fig(r.searchHeapBytes && r.searchHeapBytes / 1e6, ' MB')}`;
        console.log(
          `  n=${n} run ${i + 1} ${lib.padEnd(6)} ready ${fig(r.readyMs, ' ms')}, heap ${fig(r.heapBytes && r.heapBytes / 1e6, ' MB')}, ` +
            `filter ${fig(r.filter?.ms, ' ms')}, longest scroll task ${fig(r.scroll?.longestTaskMs, ' ms')}${search}${r.failure ? ` — ${r.failure}` : ''}`,
        );
      }
    }
    cells.push(...LIBS.map((lib) => ({ lib, n, runs: runs[lib] })));
    // Until measured, a run at the next size is guessed to take three times as long (at most the timeout).
    for (const lib of LIBS) guess[lib] = Math.min(longest[lib] * 3, TIMEOUT_MS);
  }
  return cells;
}

function budgets(get: (lib: Lib, n: number) => Summary, initialGzip: number): Budget[] {
  const out: Budget[] = [];
  const add = (name: string, limit: string, value: number | null, unit: string, ok: (v: number) => boolean) =>
    out.push({
      name,
      limit,
      value: value === null ? 'not measured' : `${value.toFixed(1)} ${unit}`,
      met: value !== null && ok(value),
    });
  if (SIZES.includes(100_000)) {
    const p = get('parley', 100_000);
    add('100,000 events: ready', '≤ 1,500 ms', p.readyMs, 'ms', (v) => v <= 1500);
    add('100,000 events: filter to one actor', '≤ 50 ms', p.filterVerified ? p.filterMs : null, 'ms', (v) => v <= 50);
    add('100,000 events: JS heap', '≤ 150 MB', p.heapMB, 'MB', (v) => v <= 150);
    add(
      '100,000 events: worst task while scrolling first→last',
      '≤ 50 ms',
      p.reachedLast ? p.scrollWorstTaskMs : null,
      'ms',
      (v) => v <= 50,
    );
    add('100,000 events: search, first focus → index ready', '≤ 1,000 ms', p.searchReadyMs, 'ms', (v) => v <= 1000);
    add(
      '100,000 events: search, keystroke → filtered timeline painted',
      '≤ 100 ms',
      p.searchVerified ? p.searchKeyMs : null,
      'ms',
      (v) => v <= 100,
    );
    add('100,000 events: JS heap with the search index loaded', '≤ 150 MB', p.searchHeapMB, 'MB', (v) => v <= 150);
  }
  if (SIZES.includes(10_000)) {
    const [p, v] = [get('parley', 10_000), get('vis', 10_000)];
    const ratio = p.readyMs !== null && v.readyMs !== null ? p.readyMs / v.readyMs : null;
    add('10,000 events: ready / vis-timeline ready', '≤ 0.1', ratio, '×', (x) => x <= 0.1);
  }
  add('app initial JS+CSS, gzip -9', '≤ 82 KB', initialGzip / 1000, 'KB', (v) => v <= 82);
  return out;
}

async function main() {
  const started = Date.now();
  const baseline = BASELINE_REV === undefined ? undefined : resolveRevision(ROOT, BASELINE_REV);
  build(baseline);
  console.log(`▶ writing synthetic datasets (seed ${BENCH_SEED}): ${SIZES.join(', ')} events`);
  const dataBytes = writeBenchData(DIST, SIZES);
  const base = process.env.BASE ?? '/';
  const assets = initialAssets(DIST, 'index.html', base);
  const initialGzip = gzipTotal(assets);
  const before =
    baseline === undefined
      ? undefined
      : { ...baseline, initialAssets: initialAssets(BASELINE_DIST, 'index.html', base) };
  if (baseline !== undefined) {
    copyBenchData(DIST, BASELINE_DIST);
    if (!readsIndexFormat(BASELINE_DIST))
      console.log(
        `  warning: the build of ${baseline.rev} never mentions the index format these datasets are published in; its page may not load them`,
      );
  }
  const servers = [await startPreview(DIST)];
  let cells: Cell[];
  try {
    if (baseline !== undefined) servers.push(await startPreview(BASELINE_DIST));
    const [url, beforeUrl] = servers.map((s) => s.url) as [string, string | undefined];
    console.log(
      `▶ measuring at ${url}${beforeUrl === undefined ? '' : ` and ${beforeUrl} (${baseline?.rev})`}, ${RUNS} runs per page and size`,
    );
    cells = await runAll({ parley: url, vis: url, before: beforeUrl ?? url }, started);
  } finally {
    for (const { server } of servers) await server.close();
  }
  const summaries = new Map(cells.map((c) => [`${c.lib}:${c.n}`, summarise(c)]));
  const get = (lib: Lib, n: number) => summaries.get(`${lib}:${n}`) as Summary;
  const list = budgets(get, initialGzip);
  console.log(`\nMedians (${RUNS} runs; "did not finish" = not ready within ${TIMEOUT_MS / 1000} s)\n`);
  if (before !== undefined)
    console.log(`"before" is Parley at ${before.rev}: ${before.commit.slice(0, 10)} ${before.subject}\n`);
  console.log(formatTable(SIZES, get, before !== undefined));
  console.log(
    `\nInitial JS+CSS of the app (gzip -9): ${assets.map((a) => `${a.file} ${(a.gzipBytes / 1000).toFixed(1)} KB`).join(', ')}`,
  );
  if (before !== undefined) {
    console.log(
      `Initial JS+CSS of the app at ${before.rev} (gzip -9): ${before.initialAssets.map((a) => `${a.file} ${kb(a.gzipBytes)}`).join(', ')}`,
    );
    console.log(
      `Initial JS+CSS, gzip -9, in all: ${kb(initialGzip)} now, ${kb(gzipTotal(before.initialAssets))} at ${before.rev}`,
    );
  }
  for (const c of cells) {
    const s = get(c.lib, c.n);
    if (s.runs < RUNS) console.log(`${c.lib} n=${c.n}: ${s.runs} of ${RUNS} runs made`);
    if (s.failures.length > 0) console.log(`${c.lib} n=${c.n}: ${s.failures.join('; ')}`);
    if (c.lib !== 'vis' && s.readyMs !== null && (!s.reachedLast || !s.filterVerified))
      console.log(
        `${c.lib} n=${c.n}: reached the last event: ${s.reachedLast}; filtered view verified: ${s.filterVerified}`,
      );
    if (c.lib === 'parley' && s.searchKeyMs !== null && !s.searchVerified)
      console.log(`${c.lib} n=${c.n}: the searched timeline was not verified to hold only matching events`);
  }
  console.log(`\nBudgets\n${formatBudgets(list)}`);
  if (SIZES.includes(10_000)) {
    // How much of Parley's ready at 10,000 passes before any of its own code runs: a floor under the ratio.
    const [p, v] = [get('parley', 10_000), get('vis', 10_000)];
    if (p.scriptsMs !== null && v.readyMs !== null)
      console.log(
        `        (Parley's scripts are loaded and evaluated at ${p.scriptsMs.toFixed(0)} ms: already ${(p.scriptsMs / v.readyMs).toFixed(2)}× vis-timeline's ready)`,
      );
  }
  mkdirSync(OUT, { recursive: true });
  const env = {
    chromium: await chromiumVersion(),
    node: process.version,
    cpus: cpus().length,
    seed: BENCH_SEED,
    scrollSteps: SCROLL_STEPS,
    date: new Date().toISOString(),
  };
  const data = Object.fromEntries([...dataBytes].map(([n, b]) => [n, b]));
  // Present only with --baseline: which revision "before" is, and its app's initial JS+CSS.
  const baselineJson =
    before === undefined ? {} : { baseline: { ...before, initialGzip: gzipTotal(before.initialAssets) } };
  writeFileSync(
    join(OUT, 'bench.json'),
    `${JSON.stringify({ env, ...baselineJson, datasets: data, initialAssets: assets, initialGzip, budgets: list, summaries: Object.fromEntries(summaries), cells }, null, 2)}\n`,
  );
  console.log(`\nWrote bench-results/bench.json in ${Math.round((Date.now() - started) / 1000)} s`);
}

main().catch((err: unknown) => {
  console.error(err instanceof BaselineError ? `✗ ${err.message}` : err);
  process.exit(1);
});
