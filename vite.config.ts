import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { datasetPlugin } from './scripts/lib/datasetPlugin.ts';
import { prerenderPlugin } from './scripts/lib/prerenderPlugin.ts';

/**
 * Every page is prerendered and readable before any script runs, so the app's script is fetched
 * after the stylesheets and the dataset it waits for (fetchpriority="low"), not ahead of them: on a
 * slow connection the page paints sooner and the app starts no later. Vite writes the entry's tag
 * itself (dropping attributes index.html gives it), so the attribute is added to what it writes.
 */
const lowPriorityEntry = (): Plugin => ({
  name: 'parley-low-priority-entry',
  transformIndexHtml: {
    order: 'post',
    handler: (html) =>
      html
        .replace(
          /<script type="module" crossorigin src=/g,
          '<script type="module" fetchpriority="low" crossorigin src=',
        )
        // The chunks the entry shares with the lazy parts: Chrome fetches a module preload at high
        // priority, as it would a blocking script, unless told otherwise.
        .replace(
          /<link rel="modulepreload" crossorigin href=/g,
          '<link rel="modulepreload" fetchpriority="low" crossorigin href=',
        ),
  },
});

export default defineConfig(({ mode }) => ({
  base: process.env.BASE ?? '/',
  // prerenderPlugin: after the build, writes a real page per event, the home page and 404.html (see README).
  plugins: [react(), datasetPlugin(process.env.PARLEY_DATA ?? 'data'), prerenderPlugin(), lowPriorityEntry()],
  build: {
    rolldownOptions: {
      // The prerender takes most of a build by design (it renders every page); on a busy machine the
      // bundler would report that as a slow plugin on every run.
      checks: { pluginTimings: false },
      // The benchmark pages are built beside the app, never linked from it, and only in `vite build --mode bench`
      // (`npm run bench`): in any other build they would ship vis-timeline and share chunks with the app.
      input: {
        main: 'index.html',
        ...(mode === 'bench' && { bench: 'src/bench/bench.html', 'bench-vis': 'src/bench/bench-vis.html' }),
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          setupFiles: ['tests/setup.ts'],
          include: [
            'tests/domain/**/*.test.ts',
            'tests/store/**/*.test.ts',
            'tests/components/**/*.test.tsx',
            'tests/scripts/**/*.test.ts',
            'tests/site/**/*.test.ts',
          ],
          restoreMocks: true,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
}));
