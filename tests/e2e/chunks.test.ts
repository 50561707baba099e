/**
 * Loading event details in chunks, in the browser: a synthetic dataset of several chunks, opened in
 * the benchmark page (the real <App /> loading the published index and chunks through the app's own
 * code), scrolled, filtered, and with a chunk the server fails to deliver.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, checkA11y, collectConsoleErrors, describeViolations, launchBrowser } from './browser.ts';
import { LARGE_DATASET_SIZE } from './config.ts';

const N = LARGE_DATASET_SIZE;
const CHUNKS = Math.ceil(N / 500);
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

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
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = collectConsoleErrors(page);
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
    expect(errors).toEqual([]);
    await page.close();
  });

  it("filters across chunks, showing only the chosen actor's events", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = collectConsoleErrors(page);
    await openLarge(page);
    const result = await page.evaluate(() => window.__bench?.filter('synthetic-alder'));
    expect(result?.verified).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says which file failed when a chunk cannot be fetched, and loads it on “Try again”', async () => {
    // In a context of its own: axe needs one.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
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
    expect(describeViolations(await checkA11y(page, 'chunk-failed'))).toEqual([]);
    await page.unroute(broken);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => pending(page), { timeout: 10_000 }).toBe(0);
    expect(await alert.count()).toBe(0);
    expect(await page.locator('article[data-event-id]').count()).toBeGreaterThan(0);
    await context.close();
  });
});
