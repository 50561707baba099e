/**
 * The page as readers see it, at the four screen sizes the design is checked at, light and dark:
 * the home view, an event opened by its link, and the compact list. Each state is checked with axe
 * and has no sideways scrolling; the screenshots land in test-results/screenshots/ for review.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, browserSession, expectNoA11yViolations, openApp, screenshot } from './browser.ts';
import { loadOracle, type Oracle } from './dataset.ts';
import { hasHorizontalOverflow } from './timelinePage.ts';

const SIZES = [
  { name: 'desktop-1280', width: 1280, height: 800 },
  { name: 'tablet-768', width: 768, height: 1024 },
  { name: 'phone-375', width: 375, height: 812 },
  { name: 'phone-320', width: 320, height: 640 },
] as const;
const SCHEMES = ['light', 'dark'] as const;

const session = browserSession();
let oracle: Oracle;

beforeAll(async () => {
  oracle = await loadOracle(baseUrl());
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
      const page = await session.openPage({
        viewport: { width: size.width, height: size.height },
        colorScheme: scheme,
      });
      const states: [label: string, path: string][] = [
        ['home', ''],
        ['event', `events/${quotedEvent()}/`],
        ['compact', '?density=compact'],
      ];
      for (const [label, path] of states) {
        const name = `${size.name}-${scheme}-${label}`;
        await openApp(page, path);
        expect(await hasHorizontalOverflow(page), `${name} scrolls sideways`).toBe(false);
        await expectNoA11yViolations(page, name);
        await screenshot(page, name);
      }
    },
  );
});
