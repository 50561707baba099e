/**
 * `npm run bench:lighthouse`: Lighthouse 12.2.3 on the built app's home page, served by `vite preview`
 * on 127.0.0.1, in Debian's Chromium. Three runs each with the mobile (default) and desktop settings;
 * prints the median performance and accessibility scores and writes bench-results/lighthouse.json.
 * Options: --runs=N, --no-build (use bench-results/site as it is).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { median } from './lib/benchReport.ts';
import { buildSite, startPreview } from './lib/benchServer.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.ts';

const ROOT = resolve(import.meta.dirname, '..');
/** The benchmark's own build (git-ignored); dist/ is left to everyone else. */
const DIST = join(ROOT, 'bench-results', 'site');
const RUNS = Number(process.argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 3);
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
] as const;

interface LighthouseRun {
  readonly performance: number;
  readonly accessibility: number;
  readonly metrics: Record<string, number>;
  readonly failedA11yAudits: string[];
}

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number; score: number | null; scoreDisplayMode?: string }>;
}

/** One Lighthouse run. Asynchronous on purpose: the preview server it loads runs in this process. */
async function lighthouse(url: string, preset: 'mobile' | 'desktop'): Promise<LighthouseRun> {
  const args = [
    url,
    '--quiet',
    '--output=json',
    '--output-path=stdout',
    '--only-categories=performance,accessibility',
    `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
  ];
  if (preset === 'desktop') args.push('--preset=desktop');
  const r = await promisify(execFile)(join(ROOT, 'node_modules/.bin/lighthouse'), args, {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, CHROME_PATH: CHROMIUM_PATH },
    timeout: 180_000,
  });
  const report = JSON.parse(r.stdout) as Report;
  const score = (c: string) => Math.round((report.categories[c]?.score ?? 0) * 100);
  const a11yFails = Object.entries(report.audits)
    .filter(([, a]) => a.score === 0 && a.scoreDisplayMode === 'binary')
    .map(([id]) => id);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    metrics: Object.fromEntries(METRICS.map((m) => [m, report.audits[m]?.numericValue ?? NaN])),
    failedA11yAudits: a11yFails,
  };
}

async function main() {
  // The site as `npm run build` ships it: Lighthouse measures what readers load.
  if (!process.argv.includes('--no-build')) buildSite(ROOT, DIST, { benchPages: false });
  const { server, url } = await startPreview(DIST);
  const results: Record<string, LighthouseRun[]> = { mobile: [], desktop: [] };
  try {
    for (let i = 0; i < RUNS; i++) {
      for (const preset of ['mobile', 'desktop'] as const) {
        const run = await lighthouse(url, preset);
        results[preset]?.push(run);
        console.log(`  ${preset} run ${i + 1}: performance ${run.performance}, accessibility ${run.accessibility}`);
      }
    }
  } finally {
    await server.close();
  }
  const summary = Object.fromEntries(
    Object.entries(results).map(([preset, runs]) => [
      preset,
      {
        performance: median(runs.map((r) => r.performance)),
        accessibility: median(runs.map((r) => r.accessibility)),
        metrics: Object.fromEntries(METRICS.map((m) => [m, median(runs.map((r) => r.metrics[m] ?? NaN))])),
        failedA11yAudits: [...new Set(runs.flatMap((r) => r.failedA11yAudits))],
      },
    ]),
  );
  console.log(`\nLighthouse 12.2.3, ${url}, medians of ${RUNS} runs`);
  for (const [preset, s] of Object.entries(summary)) {
    const perf = s.performance ?? 0;
    const a11y = s.accessibility ?? 0;
    const m = s.metrics;
    console.log(
      `${preset.padEnd(8)} performance ${perf} (${perf >= 98 ? 'MET' : 'MISSED'}, budget ≥ 98), accessibility ${a11y} (${a11y === 100 ? 'MET' : 'MISSED'}, budget 100)` +
        ` — FCP ${Math.round(m['first-contentful-paint'] ?? 0)} ms, LCP ${Math.round(m['largest-contentful-paint'] ?? 0)} ms, TBT ${Math.round(m['total-blocking-time'] ?? 0)} ms, CLS ${(m['cumulative-layout-shift'] ?? 0).toFixed(3)}` +
        (s.failedA11yAudits.length > 0 ? `; failed audits: ${s.failedA11yAudits.join(', ')}` : ''),
    );
  }
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'bench-results', 'lighthouse.json'),
    `${JSON.stringify({ url, runs: RUNS, summary, results }, null, 2)}\n`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
