/**
 * Vite plugin: after the client build is written, builds `src/site/entry-server.tsx` for Node into a
 * throwaway folder, renders every page of the site with it (src/site/prerender.ts) and writes them
 * into the client build's output folder. So `vite build` alone, with any --outDir, yields the static site.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import type { RawDataset } from '../../src/domain/schema.ts';
import { chunkPath, DATASET_ASSET } from './datasetPlugin.ts';
import { joinPublished, type PublishedChunk, type PublishedIndex } from '../../src/domain/dataset.ts';
import { siteOrigin } from '../../src/site/pageHead.ts';
import { prerenderSite, type SiteRenderer } from '../../src/site/prerender.ts';

const SERVER_ENTRY = 'src/site/entry-server.tsx';
const NOSCRIPT_CSS = 'src/styles/noscript.css';

/** Builds the server entry into a folder under node_modules (so its imports of react etc. resolve) and loads it. */
async function buildRenderer(config: ResolvedConfig): Promise<{ render: SiteRenderer; cleanUp: () => void }> {
  const cache = join(config.root, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const outDir = mkdtempSync(join(cache, 'parley-ssr-'));
  const cleanUp = () => rmSync(outDir, { recursive: true, force: true });
  try {
    await build({
      configFile: config.configFile ?? false,
      root: config.root,
      mode: config.mode,
      base: config.base,
      logLevel: 'warn',
      build: { ssr: SERVER_ENTRY, outDir, emptyOutDir: true, copyPublicDir: false, minify: false },
    });
    const render = (await import(pathToFileURL(join(outDir, 'entry-server.js')).href)) as SiteRenderer;
    await render.prepare();
    return { render, cleanUp };
  } catch (err) {
    cleanUp();
    throw err;
  }
}

/** The dataset as this build published it: its index and every chunk, joined again. */
function readPublished(outDir: string): RawDataset {
  const read = <T>(file: string) => JSON.parse(readFileSync(join(outDir, file), 'utf8')) as T;
  const index = read<PublishedIndex>(DATASET_ASSET);
  const chunkCount = Math.ceil(index.events.ids.length / index.chunkSize);
  const { events, ...meta } = joinPublished(
    index,
    Array.from({ length: chunkCount }, (_, k) => read<PublishedChunk>(chunkPath(k))),
  );
  return { ...meta, events: [...events] };
}

export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  let origin: string | undefined;
  return {
    name: 'parley-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
      // Checked before anything is built, so a wrong value stops the build early.
      origin = siteOrigin(process.env.SITE_ORIGIN);
    },
    async writeBundle() {
      // The nested server build loads this same config; it must not prerender in turn.
      if (config.build.ssr !== false) return;
      const outDir = resolve(config.root, config.build.outDir);
      const template = readFileSync(join(outDir, 'index.html'), 'utf8');
      const raw = readPublished(outDir);
      const noscriptCss = readFileSync(join(config.root, NOSCRIPT_CSS), 'utf8');
      const { render, cleanUp } = await buildRenderer(config);
      try {
        const files = prerenderSite({ template, raw, base: config.base, origin, render, noscriptCss });
        for (const file of files) {
          const path = join(outDir, file.path);
          mkdirSync(dirname(path), { recursive: true });
          writeFileSync(path, file.contents);
        }
        const pages = files.filter((f) => f.path.endsWith('.html')).length;
        config.logger.info(
          `prerendered ${pages} pages${origin === undefined ? ' (no SITE_ORIGIN: canonical links are root-relative, no og:url)' : ` for ${origin}`}`,
        );
      } finally {
        cleanUp();
      }
    },
  };
}
