/**
 * Global setup of the "e2e" project: builds the app for production under the base path `/parley/`
 * into a temporary folder outside the repository, serves it on 127.0.0.1 with `vite preview`
 * (which answers unknown paths under the base with index.html, as a single-page app host does),
 * and hands the base URL to the tests as `inject('baseUrl')`. Teardown stops the server and
 * deletes the build.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { writeBenchData } from '../../scripts/lib/benchServer.ts';
import { BASE_PATH, CHROMIUM_PATH, LARGE_DATASET_SIZE } from './config.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The served app, ending in the base path, e.g. "http://127.0.0.1:41234/parley/". */
    baseUrl: string;
  }
}

const BUILD_TIMEOUT_MS = 180_000;

/** A port that was free a moment ago (the server then binds it with strictPort). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() =>
        typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** `vite build` in a child process, so the build neither sees nor changes the test runner's state. */
function build(root: string, outDir: string): Promise<void> {
  const viteBin = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  if (!existsSync(viteBin)) return Promise.reject(new Error(`e2e setup: ${viteBin} is missing; run: npm ci`));
  // Vitest sets NODE_ENV=test; a build must not inherit it (it would bundle React's development build).
  const env: NodeJS.ProcessEnv = { ...process.env, BASE: BASE_PATH };
  delete env.NODE_ENV;
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      // The production build plus the benchmark pages (`--mode bench`), on which the chunk tests
      // drive the app at sizes the bundled dataset does not reach; the app's pages are the same.
      [viteBin, 'build', '--mode', 'bench', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
      {
        cwd: root,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: BUILD_TIMEOUT_MS,
      },
    );
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else
        reject(
          new Error(`e2e setup: the production build failed (${signal ?? `exit code ${code}`}):\n${output.trim()}`),
        );
    });
  });
}

/** The page, the dataset, and the page again for a deep link (the single-page app fallback). */
async function assertServed(url: string): Promise<void> {
  for (const path of ['', 'dataset.json', 'events/2025-01-01-no-such-event/']) {
    const res = await fetch(`${url}${path}`, {
      headers: {
        Accept: path.endsWith('.json') ? 'application/json' : 'text/html',
      },
    });
    const body = await res.text();
    if (!res.ok) throw new Error(`e2e setup: the preview server answered ${res.status} for ${url}${path}`);
    if (!path.endsWith('.json') && !body.includes('id="root"'))
      throw new Error(`e2e setup: ${url}${path} did not serve the app's index.html`);
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`e2e setup: Chromium is missing at ${CHROMIUM_PATH}; run: apt-get install -y chromium`);
  }
  const root = project.config.root;
  const outDir = mkdtempSync(join(tmpdir(), 'parley-e2e-'));
  let server: PreviewServer | undefined;
  const teardown = async () => {
    await server?.close();
    server = undefined;
    rmSync(outDir, { recursive: true, force: true });
  };
  try {
    await build(root, outDir);
    // A synthetic dataset of several chunks for the benchmark page, which loads it as the app loads its own.
    writeBenchData(outDir, [LARGE_DATASET_SIZE]);
    const port = await freePort();
    server = await preview({
      root,
      configFile: false,
      logLevel: 'warn',
      base: BASE_PATH,
      build: { outDir },
      preview: { host: '127.0.0.1', port, strictPort: true, open: false },
    });
    const baseUrl = `http://127.0.0.1:${port}${BASE_PATH}`;
    await assertServed(baseUrl);
    project.provide('baseUrl', baseUrl);
  } catch (err) {
    await teardown();
    throw err;
  }
  return teardown;
}
