/**
 * `npm run bench`: Parley against vis-timeline on the same synthetic events, in headless Chromium.
 *
 * Builds the site into bench-results/site (skip with --no-build when it is fresh), writes synthetic
 * datasets of 1,000, 10,000 and 100,000 events into its bench-data/, serves it with `vite preview`
 * on 127.0.0.1 and opens src/bench/bench.html (the real <App />) and src/bench/bench-vis.html (vis-timeline) for each size, five runs
 * each, interleaved. Prints the medians and each budget as MET or MISSED, and writes every figure
 * to bench-results/bench.json. Options: --runs=N, --sizes=1000,10000, --no-build.
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
import { buildSite, startPreview, writeBenchData, BENCH_SEED } from './lib/benchServer.ts';
import { initialAssets } from './lib/initialAssets.ts';

const ROOT = resolve(import.meta.dirname, '..');
/** The benchmark's own build (git-ignored); dist/ is left to everyone else. */
const DIST = join(ROOT, 'bench-results', 'site');
const OUT = join(ROOT, 'bench-results');
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const RUNS = Number(arg('runs') ?? 5);
const SIZES = (arg('sizes') ?? '1000,10000,100000').split(',').map(Number);
const ACTOR = 'synthetic-alder';
const SCROLL_STEPS = 50;
const TIMEOUT_MS = 60_000;
/** Where the build puts the benchmark pages (their path under the project root). */
const PAGES: Record<Lib, string> = { parley: 'src/bench/bench.html', vis: 'src/bench/bench-vis.html' };

function build() {
  if (process.argv.includes('--no-build') && existsSync(join(DIST, PAGES.parley))) return;
  buildSite(ROOT, DIST);
}

/** Runs stop being started once the whole benchmark would overrun this (CI allows 10 minutes). */
const TIME_BUDGET_MS = 9.5 * 60_000;

async function runAll(baseUrl: string, started: number): Promise<Cell[]> {
  const cells: Cell[] = [];
  // How long one run takes: measured at this size, or guessed from the last size.
  const guess: Record<Lib, number> = { parley: 0, vis: 0 };
  for (const n of SIZES) {
    const runs: Record<Lib, RunResult[]> = { parley: [], vis: [] };
    const longest: Record<Lib, number> = { parley: 0, vis: 0 };
    for (let i = 0; i < RUNS; i++) {
      // Interleaved, and alternating which goes first, so that drift in the machine hits both.
      const order: Lib[] = i % 2 === 0 ? ['parley', 'vis'] : ['vis', 'parley'];
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
          url: `${baseUrl}${PAGES[lib]}?n=${n}`,
          actorId: ACTOR,
          scrollSteps: SCROLL_STEPS,
          readyTimeoutMs: TIMEOUT_MS,
          phaseTimeoutMs: TIMEOUT_MS,
        });
        runs[lib].push(r);
        longest[lib] = Math.max(longest[lib], Date.now() - t0);
        const fig = (v: number | undefined, unit: string) => (v === undefined ? '—' : `${Math.round(v)}${unit}`);
        console.log(
          `  n=${n} run ${i + 1} ${lib.padEnd(6)} ready ${fig(r.readyMs, ' ms')}, heap ${fig(r.heapBytes && r.heapBytes / 1e6, ' MB')}, ` +
            `filter ${fig(r.filter?.ms, ' ms')}, longest scroll task ${fig(r.scroll?.longestTaskMs, ' ms')}${r.failure ? ` — ${r.failure}` : ''}`,
        );
      }
    }
    cells.push({ lib: 'parley', n, runs: runs.parley }, { lib: 'vis', n, runs: runs.vis });
    // Until measured, a run at the next size is guessed to take three times as long (at most the timeout).
    for (const lib of ['parley', 'vis'] as const) guess[lib] = Math.min(longest[lib] * 3, TIMEOUT_MS);
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
  build();
  console.log(`▶ writing synthetic datasets (seed ${BENCH_SEED}): ${SIZES.join(', ')} events`);
  const dataBytes = writeBenchData(DIST, SIZES);
  const assets = initialAssets(DIST, 'index.html', process.env.BASE ?? '/');
  const initialGzip = assets.reduce((s, a) => s + a.gzipBytes, 0);
  const { server, url } = await startPreview(DIST);
  let cells: Cell[];
  try {
    console.log(`▶ measuring at ${url}, ${RUNS} runs per page and size`);
    cells = await runAll(url, started);
  } finally {
    await server.close();
  }
  const summaries = new Map(cells.map((c) => [`${c.lib}:${c.n}`, summarise(c)]));
  const get = (lib: Lib, n: number) => summaries.get(`${lib}:${n}`) as Summary;
  const list = budgets(get, initialGzip);
  console.log(`\nMedians (${RUNS} runs; "did not finish" = not ready within ${TIMEOUT_MS / 1000} s)\n`);
  console.log(formatTable(SIZES, get));
  console.log(
    `\nInitial JS+CSS of the app (gzip -9): ${assets.map((a) => `${a.file} ${(a.gzipBytes / 1000).toFixed(1)} KB`).join(', ')}`,
  );
  for (const c of cells) {
    const s = get(c.lib, c.n);
    if (s.runs < RUNS) console.log(`${c.lib} n=${c.n}: ${s.runs} of ${RUNS} runs made`);
    if (s.failures.length > 0) console.log(`${c.lib} n=${c.n}: ${s.failures.join('; ')}`);
    if (c.lib === 'parley' && s.readyMs !== null && (!s.reachedLast || !s.filterVerified))
      console.log(
        `parley n=${c.n}: reached the last event: ${s.reachedLast}; filtered view verified: ${s.filterVerified}`,
      );
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
  writeFileSync(
    join(OUT, 'bench.json'),
    `${JSON.stringify({ env, datasets: data, initialAssets: assets, initialGzip, budgets: list, summaries: Object.fromEntries(summaries), cells }, null, 2)}\n`,
  );
  console.log(`\nWrote bench-results/bench.json in ${Math.round((Date.now() - started) / 1000)} s`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
