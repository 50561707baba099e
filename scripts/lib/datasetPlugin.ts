/**
 * Vite plugin: validates data/ before anything is built and refuses invalid data with every problem
 * listed; publishes the dataset compiled (events sorted, instants worked out) as an index file,
 * /dataset.json, and chunks of event details, /dataset/<k>.json: served so in dev, emitted as static
 * assets in a build, so the dataset is fetched rather than compiled into the JavaScript. Beside
 * them, /search.json: the search index (`src/domain/search.ts`), built here from the same compiled
 * events, and fetched by the app only when the reader first searches. And the whole timeline as
 * /calendar.ics (a feed calendar apps subscribe to) and /timeline.csv (the Parley spreadsheet),
 * written by the same exporters as the app's Download menu, with event links on SITE_ORIGIN.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { chunkUrl, compileDataset, indexDataset, publishDataset } from '../../src/domain/dataset.ts';
import { exportInputOf } from '../../src/domain/interchange/exportInput.ts';
import { exportView } from '../../src/domain/interchange/exportView.ts';
import type { ExportSite } from '../../src/domain/interchange/types.ts';
import { buildSearch, SEARCH_ASSET } from '../../src/domain/search.ts';
import { CALENDAR_ASSET, SPREADSHEET_ASSET } from '../../src/domain/feeds.ts';
import { siteOrigin } from '../../src/site/pageHead.ts';
import { formatIssues, readDataset } from './readDataset.ts';

export const DATASET_ASSET = 'dataset.json';
/** The file of chunk k, where the app's loader looks for it. */
export const chunkPath = (k: number): string => chunkUrl(DATASET_ASSET, k);

/**
 * The published files, by path under the base: the index, each chunk, the search index and the
 * whole timeline as a calendar and a spreadsheet.
 */
function loadOrThrow(dir: string, site: ExportSite): Map<string, string> {
  const result = readDataset(dir);
  if (!result.ok) {
    throw new Error(`The dataset is invalid (${result.issues.length} problems):\n${formatIssues(result.issues)}`);
  }
  const compiled = compileDataset(result.dataset);
  const { index, chunks } = publishDataset(compiled);
  const whole = indexDataset(compiled);
  // The feed's DTSTAMP: when the data last changed (timeline.json), so that a rebuild of the same data writes the same files.
  const input = exportInputOf(whole, whole.events, site, Date.parse(`${compiled.timeline.updated}T00:00:00Z`));
  return new Map([
    [DATASET_ASSET, JSON.stringify(index)],
    ...chunks.map((c, k) => [chunkPath(k), JSON.stringify(c)] as const),
    [SEARCH_ASSET, JSON.stringify(buildSearch(compiled))],
    [CALENDAR_ASSET, exportView(input, 'ics').text],
    [SPREADSHEET_ASSET, exportView(input, 'csv').text],
  ]);
}

/** The whole timeline's files and the types the dev server gives them. */
const FEEDS = new Map([
  [CALENDAR_ASSET, 'text/calendar; charset=utf-8'],
  [SPREADSHEET_ASSET, 'text/csv; charset=utf-8'],
]);

export function datasetPlugin(dataDir = 'data'): Plugin {
  const dir = resolve(dataDir);
  let base = '/';
  let origin = '';
  const site = (): ExportSite => ({ origin, base });
  return {
    name: 'parley-dataset',
    configResolved(config) {
      base = config.base;
      // Checked before anything is built (as the prerender does), so a wrong value stops the build early.
      origin = siteOrigin(process.env.SITE_ORIGIN) ?? '';
    },
    // The app's page asks for the dataset while its JavaScript is still loading, not after.
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.filename.endsWith('/index.html') && ctx.filename !== 'index.html') return html;
        // The first chunk too: every first screen shows its events, and it would otherwise wait for the index.
        const preloads = [DATASET_ASSET, chunkPath(0)].map((file) => ({
          tag: 'link',
          attrs: { rel: 'preload', href: `${base}${file}`, as: 'fetch', crossorigin: 'anonymous' },
          injectTo: 'head' as const,
        }));
        // Calendar apps and feed readers find the whole timeline's calendar from any page.
        const alternates = [
          { type: 'text/calendar', href: CALENDAR_ASSET, title: 'Calendar of every event' },
          { type: 'text/csv', href: SPREADSHEET_ASSET, title: 'Every event as a spreadsheet' },
        ].map(({ type, href, title }) => ({
          tag: 'link',
          attrs: { rel: 'alternate', type, href: `${base}${href}`, title },
          injectTo: 'head' as const,
        }));
        return [...preloads, ...alternates];
      },
    },
    buildStart() {
      this.addWatchFile(dir);
    },
    generateBundle() {
      for (const [fileName, source] of loadOrThrow(dir, site())) this.emitFile({ type: 'asset', fileName, source });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        const file = path.slice(base.length);
        if (!path.startsWith(base) || !(/^(dataset(\/\d+)?|search)\.json$/.test(file) || FEEDS.has(file)))
          return next();
        try {
          const body = loadOrThrow(dir, site()).get(file);
          if (body === undefined) {
            res.statusCode = 404;
            res.setHeader('Content-Type', 'text/plain; charset=utf-8');
            res.end(`${path}: the dataset has no such chunk`);
            return;
          }
          res.setHeader('Content-Type', FEEDS.get(file) ?? 'application/json');
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
