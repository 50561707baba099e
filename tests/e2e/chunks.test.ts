/**
 * Loading event details in chunks, in the browser: a synthetic dataset of several chunks, opened in
 * the benchmark page (the real <App /> loading the published index and chunks through the app's own
 * code), scrolled, filtered, and with a chunk the server fails to deliver.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, browserSession, expectNoA11yViolations } from './browser.ts';
import { LARGE_DATASET_SIZE } from './config.ts';

const N = LARGE_DATASET_SIZE;
const CHUNKS = Math.ceil(N / 500);
/** The benchmark page is opened at 1280 × 800 as the benchmarks open it, without reduced motion. */
const BENCH = { reducedMotion: 'no-preference' } as const;

const session = browserSession();

async function openLarge(page: Page): Promise<void> {
  await page.goto(`${baseUrl()}src/bench/bench.html?n=${N}`);
  await page.waitForFunction(() => performance.getEntriesByName('ready').length > 0, undefined, { timeout: 20_000 });
}

/** The chunk files the page has asked for so far, by number. */
const chunksAsked = (page: Page): Promise<number[]> =>
  page.evaluate(
    (n) =>
      performance
        .getEntriesByType('resource')
        .flatMap((r) => new RegExp(`/bench-data/${n}/(\\d+)\\.json$`).exec(r.name)?.[1] ?? [])
        .map(Number)
        .sort((a, b) => a - b),
    N,
  );

const pending = (page: Page) => page.locator('.event-pending').count();

describe(`a dataset of ${N.toLocaleString('en')} events in ${CHUNKS} chunks`, () => {
  it('opens with the index and the first chunk only, and loads the rest as they scroll into view', async () => {
    const page = await session.openPage(BENCH);
    await openLarge(page);
    expect(await chunksAsked(page)).toEqual([0]);
    expect(await page.getByRole('status').filter({ hasText: 'events' }).first().textContent()).toContain(
      `${N.toLocaleString('en')} of ${N.toLocaleString('en')} events`,
    );
    const scroll = await page.evaluate(() => window.__bench?.scrollThrough(12));
    expect(scroll?.reachedLast).toBe(true);
    await expect.poll(() => pending(page)).toBe(0);
    const asked = await chunksAsked(page);
    expect(asked).toContain(CHUNKS - 1);
    expect(new Set(asked).size).toBe(asked.length);
  });

  it("filters across chunks, showing only the chosen actor's events", async () => {
    const page = await session.openPage(BENCH);
    await openLarge(page);
    const result = await page.evaluate(() => window.__bench?.filter('synthetic-alder'));
    expect(result?.verified).toBe(true);
  });

  it('says which file failed when a chunk cannot be fetched, and loads it on “Try again”', async () => {
    // Not watched for console errors: the failed fetch logs one.
    const page = await (await session.newContext(BENCH)).newPage();
    const broken = `**/bench-data/${N}/${CHUNKS - 1}.json`;
    await page.route(broken, (route) => route.fulfill({ status: 503, body: 'unavailable' }));
    await openLarge(page);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const alert = page.getByRole('alert');
    const file = `${new URL(baseUrl()).pathname}bench-data/${N}/${CHUNKS - 1}.json`;
    await expect
      .poll(() => alert.textContent(), { timeout: 10_000 })
      .toMatch(new RegExp(`could not be loaded \\(the server answered 503 [^)]* for ${file}\\)`));
    expect(await pending(page)).toBeGreaterThan(0);
    await expectNoA11yViolations(page, 'chunk-failed');
    await page.unroute(broken);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => pending(page), { timeout: 10_000 }).toBe(0);
    expect(await alert.count()).toBe(0);
    expect(await page.locator('article[data-event-id]').count()).toBeGreaterThan(0);
  });
});
