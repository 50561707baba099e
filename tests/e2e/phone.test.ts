/**
 * The phone layout on the production build: the first screen shows the story (title, count, the
 * first event's headline in the upper half), the count stays in sight in a bar at the top, and the
 * filters open from it in a modal sheet whose effect shows at once. Light and dark, axe-checked.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, browserSession, expectNoA11yViolations, openApp, screenshot } from './browser.ts';
import { loadOracle, type Oracle } from './dataset.ts';
import { expectCount, hasHorizontalOverflow, isFocused, isInViewport, main, visible } from './timelinePage.ts';

const PHONES = [
  { width: 375, height: 812 },
  { width: 320, height: 640 },
] as const;
const POLL = { timeout: 5_000, interval: 50 } as const;

const session = browserSession();
let oracle: Oracle;
let page: Page;

const filterBarCount = (p: Page) => p.locator('.filter-bar').getByRole('status');
const filtersButton = (p: Page) => p.getByRole('button', { name: /^Filters/ });
const sheet = (p: Page) => p.getByRole('dialog', { name: 'Filters' });

/** The top and bottom of an element, in px from the top of the viewport. */
const box = (p: Page, selector: string) =>
  p
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    });

beforeAll(async () => {
  oracle = await loadOracle(baseUrl());
});

async function openPhone(viewport: { width: number; height: number }, colorScheme: 'light' | 'dark' = 'light') {
  page = await session.openPage({ viewport, colorScheme, isMobile: true, hasTouch: true });
  await openApp(page);
}

describe('the first screen on a phone', () => {
  for (const viewport of PHONES)
    it(`at ${viewport.width} × ${viewport.height} shows the title, the count and the first headline in the upper half`, async () => {
      await openPhone(viewport);
      const first = oracle.events[0]?.title ?? '';
      const headline = main(page).getByRole('heading', { name: first, exact: true });
      await visible(headline);
      const half = viewport.height / 2;
      const title = await box(page, 'h1');
      const count = await filterBarCount(page).evaluate((el) => el.getBoundingClientRect().bottom);
      const top = await headline.evaluate((el) => el.getBoundingClientRect().top);
      expect(title.top).toBeGreaterThanOrEqual(0);
      expect(count, 'the count is in the upper half').toBeLessThan(half);
      expect(top, `the first headline starts at ${Math.round(top)} px of ${viewport.height}`).toBeLessThan(half);
      expect(await filterBarCount(page).textContent()).toBe(`${oracle.total} of ${oracle.total} events`);
      // The filters wait in the sheet: no actor toggle on the first screen.
      expect(await page.getByRole('button', { name: 'Vladimir Putin', exact: true }).count()).toBe(0);
      expect(await hasHorizontalOverflow(page)).toBe(false);
    });

  for (const viewport of PHONES)
    for (const scheme of ['light', 'dark'] as const)
      it(`at ${viewport.width} × ${viewport.height} (${scheme}) shows the title, the count and the first event`, async () => {
        await openPhone(viewport, scheme);
        await visible(page.getByRole('heading', { level: 1 }));
        await visible(filterBarCount(page));
        const first = main(page).getByRole('heading', { name: oracle.events[0]?.title ?? '', exact: true });
        expect(await isInViewport(first), 'the first headline is on the first screen').toBe(true);
        await expectNoA11yViolations(page, `phone-${viewport.width}-${scheme}-first-screen`);
        await screenshot(page, `phone-${viewport.width}-${scheme}-first-screen`);
      });
});

describe('the filter bar on a phone', () => {
  it('stays at the top with the count in sight as the timeline scrolls', async () => {
    await openPhone(PHONES[0]);
    await page.evaluate(() => window.scrollTo(0, 3000));
    await expect.poll(() => page.evaluate(() => window.scrollY), POLL).toBeGreaterThan(1000);
    const bar = await box(page, '.filter-bar');
    expect(bar.top).toBe(0);
    expect(await isInViewport(filterBarCount(page))).toBe(true);
    expect(await isInViewport(filtersButton(page))).toBe(true);
    await screenshot(page, 'phone-375-light-scrolled');
  });
});

describe('the filter sheet', () => {
  for (const viewport of PHONES)
    for (const scheme of ['light', 'dark'] as const)
      it(`at ${viewport.width} px (${scheme}): a dialog that takes focus, shows a filter's effect at once, and gives focus back`, async () => {
        const putin = oracle.involving('Vladimir Putin');
        expect(putin.length).toBeGreaterThan(0);
        expect(putin.length).toBeLessThan(oracle.total);
        await openPhone(viewport, scheme);

        await filtersButton(page).click();
        const dialog = sheet(page);
        await visible(dialog);
        await expect
          .poll(() => page.evaluate(() => document.activeElement?.closest('dialog') != null), POLL)
          .toBe(true);
        expect(await hasHorizontalOverflow(page)).toBe(false);
        await expectNoA11yViolations(page, `phone-${viewport.width}-${scheme}-sheet`);
        await screenshot(page, `phone-${viewport.width}-${scheme}-sheet`);

        const toggle = dialog.getByRole('button', { name: 'Vladimir Putin', exact: true });
        await toggle.click();
        await expect.poll(() => toggle.getAttribute('aria-pressed'), POLL).toBe('true');
        // The count follows at once, in the sheet and in the bar behind it.
        await visible(dialog.getByRole('button', { name: `Show ${putin.length} events` }));
        await expectCount(page, putin.length, oracle.total);
        await screenshot(page, `phone-${viewport.width}-${scheme}-sheet-filtered`);

        await page.keyboard.press('Escape');
        await expect.poll(() => dialog.isVisible(), POLL).toBe(false);
        expect(await isFocused(filtersButton(page)), 'focus goes back to the Filters button').toBe(true);
        expect(await filterBarCount(page).textContent()).toBe(`${putin.length} of ${oracle.total} events`);
        const firstShown = main(page).locator('article').first().getByRole('heading').first();
        expect(await firstShown.textContent()).toBe(putin[0]?.title);
        expect(await filtersButton(page).textContent()).toMatch(/1/);

        await filtersButton(page).click();
        await visible(dialog);
        await dialog.getByRole('button', { name: 'Close', exact: true }).click();
        await expect.poll(() => dialog.isVisible(), POLL).toBe(false);
        expect(await isFocused(filtersButton(page))).toBe(true);
      });
});

describe('downloads on a phone', () => {
  it('offers the view’s Download in the sheet, the one Download on the page, and downloads the view from it', async () => {
    const putin = oracle.involving('Vladimir Putin');
    await openPhone(PHONES[0]);
    const downloads = page.getByRole('button', { name: 'Download', exact: true });
    // The sidebar's own Download is folded away with the sidebar.
    expect(await downloads.count()).toBe(0);

    await filtersButton(page).click();
    const dialog = sheet(page);
    await visible(dialog);
    await dialog.getByRole('button', { name: 'Vladimir Putin', exact: true }).click();
    await visible(dialog.getByRole('button', { name: `Show ${putin.length} events` }));
    expect(await downloads.count()).toBe(1);
    const toggle = dialog.getByRole('button', { name: 'Download', exact: true });
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded'), POLL).toBe('true');
    await visible(dialog.getByText(`Download the ${putin.length} events shown as:`));
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await expectNoA11yViolations(page, 'phone-375-light-sheet-download');
    await screenshot(page, 'phone-375-light-sheet-download');

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Calendar (.ics)', exact: true }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/\.ics$/);
    await visible(dialog.getByText(`Downloaded ${file.suggestedFilename()}.`));

    // Escape closes the list first, then the sheet.
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded'), POLL).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(() => toggle.getAttribute('aria-expanded'), POLL).toBe('false');
    expect(await dialog.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible(), POLL).toBe(false);
    expect(await downloads.count()).toBe(0);
  });
});
