/**
 * Vite plugin: validates data/ before anything is built and refuses invalid data with every problem
 * listed; serves the combined dataset, compiled (events sorted, instants worked out), as /dataset.json in dev and emits it as a static asset in a build,
 * so the dataset is fetched rather than compiled into the JavaScript.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileDataset } from '../../src/domain/dataset';
import { formatIssues, readDataset } from './readDataset';

export const DATASET_ASSET = 'dataset.json';

function loadOrThrow(dir: string): string {
  const result = readDataset(dir);
  if (!result.ok) {
    throw new Error(`The dataset is invalid (${result.issues.length} problems):\n${formatIssues(result.issues)}`);
  }
  return JSON.stringify(compileDataset(result.dataset));
}

export function datasetPlugin(dataDir = 'data'): Plugin {
  const dir = resolve(dataDir);
  let base = '/';
  return {
    name: 'parley-dataset',
    configResolved(config) {
      base = config.base;
    },
    // The app's page asks for the dataset while its JavaScript is still loading, not after.
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.filename.endsWith('/index.html') && ctx.filename !== 'index.html') return html;
        return [{ tag: 'link', attrs: { rel: 'preload', href: `${base}${DATASET_ASSET}`, as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head' }];
      },
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
