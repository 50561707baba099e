/**
 * Vite plugin: validates data/ before anything is built and refuses invalid data with every problem
 * listed; serves the combined dataset as /dataset.json in dev and emits it as a static asset in a build,
 * so the dataset is fetched rather than compiled into the JavaScript.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { formatIssues, readDataset } from './readDataset';

export const DATASET_ASSET = 'dataset.json';

function loadOrThrow(dir: string): string {
  const result = readDataset(dir);
  if (!result.ok) {
    throw new Error(`The dataset is invalid (${result.issues.length} problems):\n${formatIssues(result.issues)}`);
  }
  return JSON.stringify(result.dataset);
}

export function datasetPlugin(dataDir = 'data'): Plugin {
  const dir = resolve(dataDir);
  let base = '/';
  return {
    name: 'parley-dataset',
    configResolved(config) {
      base = config.base;
    },
    buildStart() {
      this.addWatchFile(dir);
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: DATASET_ASSET, source: loadOrThrow(dir) });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== `${base}${DATASET_ASSET}`) return next();
        try {
          const body = loadOrThrow(dir);
          res.setHeader('Content-Type', 'application/json');
          res.end(body);
        } catch (err) {
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end(err instanceof Error ? err.message : String(err));
        }
      });
    },
  };
}
