/**
 * Vite plugin: validates data/ before anything is built and refuses invalid data with every problem
 * listed; publishes the dataset compiled (events sorted, instants worked out) as an index file,
 * /dataset.json, and chunks of event details, /dataset/<k>.json: served so in dev, emitted as static
 * assets in a build, so the dataset is fetched rather than compiled into the JavaScript. Beside
 * them, /search.json: the search index (`src/domain/search.ts`), built here from the same compiled
 * events, and fetched by the app only when the reader first searches.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { chunkUrl, compileDataset, publishDataset } from '../../src/domain/dataset.ts';
import { buildSearch, SEARCH_ASSET } from '../../src/domain/search.ts';
import { formatIssues, readDataset } from './readDataset.ts';

export const DATASET_ASSET = 'dataset.json';
/** The file of chunk k, where the app's loader looks for it. */
export const chunkPath = (k: number): string => chunkUrl(DATASET_ASSET, k);

/** The published files, by path under the base: the index, each chunk and the search index. */
function loadOrThrow(dir: string): Map<string, string> {
  const result = readDataset(dir);
  if (!result.ok) {
    throw new Error(`The dataset is invalid (${result.issues.length} problems):\n${formatIssues(result.issues)}`);
  }
  const compiled = compileDataset(result.dataset);
  const { index, chunks } = publishDataset(compiled);
  return new Map([
    [DATASET_ASSET, JSON.stringify(index)],
    ...chunks.map((c, k) => [chunkPath(k), JSON.stringify(c)] as const),
    [SEARCH_ASSET, JSON.stringify(buildSearch(compiled))],
  ]);
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
        // The first chunk too: every first screen shows its events, and it would otherwise wait for the index.
        return [DATASET_ASSET, chunkPath(0)].map((file) => ({
          tag: 'link',
          attrs: { rel: 'preload', href: `${base}${file}`, as: 'fetch', crossorigin: 'anonymous' },
          injectTo: 'head' as const,
        }));
      },
    },
    buildStart() {
      this.addWatchFile(dir);
    },
    generateBundle() {
      for (const [fileName, source] of loadOrThrow(dir)) this.emitFile({ type: 'asset', fileName, source });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        if (!path.startsWith(base) || !/^(dataset(\/\d+)?|search)\.json$/.test(path.slice(base.length))) return next();
        try {
          const body = loadOrThrow(dir).get(path.slice(base.length));
          if (body === undefined) {
            res.statusCode = 404;
            res.setHeader('Content-Type', 'text/plain; charset=utf-8');
            res.end(`${path}: the dataset has no such chunk`);
            return;
          }
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
