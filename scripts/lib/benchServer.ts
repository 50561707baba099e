/**
 * Serving the built site for the benchmark: synthetic datasets written into dist/bench-data/ and
 * `vite preview` on 127.0.0.1. The datasets are also stored gzipped and served as such, as a static
 * host with precompressed files would: otherwise the preview server would gzip 100 MB on every
 * request, on the same two cores as the browser being measured.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { preview, type Plugin, type PreviewServer } from 'vite';
import { compileDataset, publishDataset } from '../../src/domain/dataset.ts';
import { generateDataset } from './generateDataset.ts';

export const BENCH_SEED = 20_250_815;

/**
 * The production build (`vite build`, with every plugin the project configures) into `outDir`, a
 * folder of the benchmark's own: dist/ is shared with whoever else builds in this checkout. Mode
 * `bench` adds the benchmark pages to the build's inputs (vite.config.ts); no other build has them.
 */
export function buildSite(root: string, outDir: string): void {
  console.log(`▶ vite build --mode bench --outDir ${outDir}`);
  const r = spawnSync('npx', ['vite', 'build', '--mode', 'bench', '--outDir', outDir, '--emptyOutDir'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0) throw new Error('the build failed');
}

export interface BenchDataBytes {
  /** Parley's index file (`N.json`), which its first screen waits for. */
  readonly index: { json: number; gzip: number };
  /** The whole dataset in one file (`N-all.json`), as vis-timeline's page loads it. */
  readonly whole: { json: number; gzip: number };
  readonly chunks: number;
}

/** Writes `text` to `file` and a gzipped copy beside it; returns both sizes. */
function writeWithGzip(file: string, text: string): { json: number; gzip: number } {
  const json = Buffer.from(text);
  const gz = gzipSync(json, { level: 6 });
  writeFileSync(file, json);
  writeFileSync(`${file}.gz`, gz);
  return { json: json.length, gzip: gz.length };
}

/**
 * Writes, under `distDir`/bench-data/, for each size N: the dataset published as the build publishes
 * data/ (index `N.json` and chunks `N/<k>.json`), so the Parley page loads it through the app's own
 * code path; and the same compiled events in one file, `N-all.json`, for the vis-timeline page.
 */
export function writeBenchData(distDir: string, sizes: readonly number[]): Map<number, BenchDataBytes> {
  const dir = join(distDir, 'bench-data');
  const out = new Map<number, BenchDataBytes>();
  for (const n of sizes) {
    mkdirSync(join(dir, String(n)), { recursive: true });
    const compiled = compileDataset(generateDataset(n, BENCH_SEED));
    const { index, chunks } = publishDataset(compiled);
    chunks.forEach((c, k) => writeWithGzip(join(dir, String(n), `${k}.json`), JSON.stringify(c)));
    out.set(n, {
      index: writeWithGzip(join(dir, `${n}.json`), JSON.stringify(index)),
      whole: writeWithGzip(join(dir, `${n}-all.json`), JSON.stringify(compiled)),
      chunks: chunks.length,
    });
  }
  return out;
}

/** Serves `bench-data/*.json` from the `.gz` beside it to clients that accept gzip. */
function precompressedBenchData(distDir: string): Plugin {
  return {
    name: 'parley-bench-precompressed-data',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const m = /\/bench-data\/(\d+(?:-all|\/\d+)?\.json)$/.exec(req.url?.split('?')[0] ?? '');
        const file = m === null ? '' : join(distDir, 'bench-data', `${m[1]}.gz`);
        if (m === null || !/\bgzip\b/.test(String(req.headers['accept-encoding'])) || !existsSync(file)) return next();
        res.setHeader('Content-Type', 'application/json');
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Cache-Control', 'no-store');
        createReadStream(file).pipe(res);
      });
    },
  };
}

/** `vite preview` of `distDir` on 127.0.0.1 (the first free port from 4180); returns the server and its URL. */
export async function startPreview(distDir: string): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    logLevel: 'warn',
    plugins: [precompressedBenchData(distDir)],
    build: { outDir: distDir },
    preview: { host: '127.0.0.1', port: 4180, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) throw new Error('vite preview did not report its URL');
  return { server, url };
}
