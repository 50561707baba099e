/** Settings shared by the e2e setup and the tests. */

/** The base path the app is built and served under, as on a project page of a static host. */
export const BASE_PATH = '/parley/';

/** Events in the synthetic dataset written beside the build for the chunk-loading tests: six chunks of 500. */
export const LARGE_DATASET_SIZE = 3_000;

// Debian's Chromium and its launch flags: one list for the tests and the benchmarks.
export { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium.ts';

/** The desktop screen the tests open pages at unless they say otherwise. */
export const DESKTOP = { width: 1280, height: 800 } as const;

/** WCAG 2.2 AA, as axe tags it. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
