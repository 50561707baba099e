/**
 * The page as readers see it, at the four screen sizes the design is checked at, light and dark:
 * the home view, an event opened by its link, and the compact list. Each state is checked with axe
 * and has no sideways scrolling; the screenshots land in test-results/screenshots/ for review.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  baseUrl,
  checkA11y,
  collectConsoleErrors,
  describeViolations,
  launchBrowser,
  openApp,
  screenshot,
} from './browser.ts';
import { loadOracle, type Oracle } from './dataset.ts';
import { hasHorizontalOverflow } from './timelinePage.ts';

const SIZES = [
  { name: 'desktop-1280', width: 1280, height: 800 },
  { name: 'tablet-768', width: 768, height: 1024 },
  { name: 'phone-375', width: 375, height: 812 },
  { name: 'phone-320', width: 320, height: 640 },
] as const;
const SCHEMES = ['light', 'dark'] as const;

let browser: Browser | undefined;
let oracle: Oracle;

beforeAll(async () => {
  [browser, oracle] = await Promise.all([launchBrowser(), loadOracle(baseUrl())]);
});

afterAll(async () => {
  await browser?.close();
});

/** The first event in the order it happened that has quotes: it shows the most of a card. */
function quotedEvent(): string {
  const event = oracle.events.find((e) => oracle.quotesAt(e.id).length > 0);
  if (event === undefined) throw new Error('dataset.json has no quoted event');
  return event.id;
}

// Three page loads, each with an axe run, per test: more than the default minute on a busy machine.
describe.each(SIZES)('at $width × $height', { timeout: 240_000 }, (size) => {
  it.each(SCHEMES)(
    '%s: the home view, an opened event and the compact list pass axe without sideways scrolling',
    async (scheme) => {
      if (browser === undefined) throw new Error('the browser did not start');
      const context = await browser.newContext({
        viewport: { width: size.width, height: size.height },
        colorScheme: scheme,
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      const errors = collectConsoleErrors(page);
      const states: [label: string, path: string][] = [
        ['home', ''],
        ['event', `events/${quotedEvent()}/`],
        ['compact', '?density=compact'],
      ];
      for (const [label, path] of states) {
        const name = `${size.name}-${scheme}-${label}`;
        await openApp(page, path);
        expect(await hasHorizontalOverflow(page), `${name} scrolls sideways`).toBe(false);
        expect(describeViolations(await checkA11y(page, name)), `axe violations (${name})`).toEqual([]);
        await screenshot(page, name);
      }
      await context.close();
      expect(errors, 'console errors and uncaught exceptions').toEqual([]);
    },
  );
});
