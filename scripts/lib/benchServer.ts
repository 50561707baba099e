/**
 * Serving the built site for the benchmark: synthetic datasets written into dist/bench-data/ and
 * `vite preview` on 127.0.0.1. The datasets are also stored gzipped and served as such, as a static
 * host with precompressed files would: otherwise the preview server would gzip 100 MB on every
 * request, on the same two cores as the browser being measured. With `--baseline=REV`, a previous
 * commit is built the same way into a folder of its own and served beside it.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  createReadStream,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { preview, type Plugin, type PreviewServer } from 'vite';
import { compileDataset, INDEX_FORMAT, publishDataset } from '../../src/domain/dataset.ts';
import { buildSearch } from '../../src/domain/search.ts';
import { generateDataset } from './generateDataset.ts';

export const BENCH_SEED = 20_250_815;

/**
 * The production build (`vite build`, with every plugin the project configures) into `outDir`, a
 * folder of the benchmark's own: dist/ is shared with whoever else builds in this checkout. Mode
 * `bench` adds the benchmark pages to the build's inputs (vite.config.ts); no other build has them.
 */
export function buildSite(root: string, outDir: string, { benchPages = true } = {}): void {
  const mode = benchPages ? ['--mode', 'bench'] : [];
  console.log(`▶ vite build ${[...mode, '--outDir', outDir].join(' ')}`);
  const r = spawnSync('npx', ['vite', 'build', ...mode, '--outDir', outDir, '--emptyOutDir'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0) throw new Error('the build failed');
}

/** A `--baseline` revision that cannot be measured: reported as its message alone. */
export class BaselineError extends Error {}

/** A git revision given as `--baseline=REV`, resolved to its commit. */
export interface Revision {
  readonly rev: string;
  readonly commit: string;
  readonly subject: string;
}

function git(root: string, args: readonly string[]): string {
  const r = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr.trim() || `exit code ${r.status}`}`);
  return r.stdout.trim();
}

export function resolveRevision(root: string, rev: string): Revision {
  if (rev === '' || rev.startsWith('-'))
    throw new BaselineError(`--baseline=${rev}: expected a git revision, e.g. HEAD~5`);
  const r = spawnSync('git', ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new BaselineError(`--baseline=${rev}: not a commit of this repository`);
  const commit = r.stdout.trim();
  return { rev, commit, subject: git(root, ['log', '-1', '--format=%s', commit]) };
}

/** Removes `dir`, unlinking its node_modules link first so that nothing behind it is touched. */
function removeExport(dir: string): void {
  const link = join(dir, 'node_modules');
  if (existsSync(dir) && lstatSync(link, { throwIfNoEntry: false })?.isSymbolicLink()) unlinkSync(link);
  rmSync(dir, { recursive: true, force: true });
}

/** The commit a folder built by `buildRevision` was built from. */
const REVISION_STAMP = '.revision';

/** Whether `outDir` holds a finished build of `rev` (for --no-build). */
export function builtFrom(outDir: string, rev: Revision): boolean {
  const stamp = join(outDir, REVISION_STAMP);
  return existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === rev.commit;
}

/**
 * Builds a previous commit, with its own vite config, into `outDir`: its tree is exported with
 * `git archive` into `srcDir` (nothing in the working tree or the repository changes), the
 * project's node_modules linked into it, and `srcDir` removed again afterwards. Always in mode
 * `bench`: a config from before that mode existed builds the benchmark pages in every mode.
 */
export function buildRevision(root: string, rev: Revision, srcDir: string, outDir: string): void {
  const name = `--baseline=${rev.rev} (${rev.commit.slice(0, 10)})`;
  console.log(`▶ ${name} "${rev.subject}": exporting its tree into ${relative(root, srcDir)}/`);
  removeExport(srcDir);
  mkdirSync(srcDir, { recursive: true });
  try {
    const tar = spawnSync('git', ['archive', '--format=tar', rev.commit], { cwd: root, maxBuffer: 2 ** 30 });
    if (tar.status !== 0) throw new BaselineError(`${name}: git archive failed: ${tar.stderr.toString().trim()}`);
    const x = spawnSync('tar', ['-x', '-C', srcDir], { input: tar.stdout, stdio: ['pipe', 'ignore', 'pipe'] });
    if (x.status !== 0) throw new BaselineError(`${name}: unpacking its tree failed: ${x.stderr.toString().trim()}`);
    symlinkSync(join(root, 'node_modules'), join(srcDir, 'node_modules'), 'dir');
    try {
      buildSite(srcDir, outDir);
    } catch {
      throw new BaselineError(`${name}: the build of that revision failed (its errors are above)`);
    }
    if (!existsSync(join(outDir, 'src', 'bench', 'bench.html')))
      throw new BaselineError(`${name}: its build has no src/bench/bench.html, so there is no page to measure`);
    writeFileSync(join(outDir, REVISION_STAMP), `${rev.commit}\n`);
  } finally {
    removeExport(srcDir);
  }
}

/**
 * Whether a build knows the index format the datasets are published in (`INDEX_FORMAT`, which the
 * app's loader checks): a revision that does not could not load them.
 */
export function readsIndexFormat(distDir: string): boolean {
  const assets = join(distDir, 'assets');
  return readdirSync(assets).some(
    (f) => f.endsWith('.js') && readFileSync(join(assets, f), 'utf8').includes(INDEX_FORMAT),
  );
}

/** Copies the datasets `writeBenchData` wrote under `fromDist` into `toDist`, byte for byte. */
export function copyBenchData(fromDist: string, toDist: string): void {
  rmSync(join(toDist, 'bench-data'), { recursive: true, force: true });
  cpSync(join(fromDist, 'bench-data'), join(toDist, 'bench-data'), { recursive: true });
}

export interface BenchDataBytes {
  /** Parley's index file (`N.json`), which its first screen waits for. */
  readonly index: { json: number; gzip: number };
  /** The whole dataset in one file (`N-all.json`), as vis-timeline's page loads it. */
  readonly whole: { json: number; gzip: number };
  /** The search index (`N-search.json`), as the build publishes search.json beside dataset.json. */
  readonly search: { json: number; gzip: number };
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
 * code path, with its search index `N-search.json`; and the same compiled events in one file,
 * `N-all.json`, for the vis-timeline page.
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
      search: writeWithGzip(join(dir, `${n}-search.json`), JSON.stringify(buildSearch(compiled))),
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
        const m = /\/bench-data\/(\d+(?:-all|-search|\/\d+)?\.json)$/.exec(req.url?.split('?')[0] ?? '');
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

/**
 * `vite preview` of `distDir` on 127.0.0.1 (the first free port from 4180, so a second server takes
 * the next one); returns the server and its URL.
 */
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
