/**
 * The overview chart in Chromium: its marks named on hover and focus, Enter on a mark opening the
 * event, zooming to a period with the timeline following, dragging the window scrolling the
 * timeline, axis labels that never overlap as drawn, and axe in light and dark, zoomed.
 */
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, browserSession, expectNoA11yViolations, openApp, screenshot } from './browser.ts';
import { DESKTOP } from './config.ts';
import { loadOracle, type Oracle } from './dataset.ts';
import { eventArticle, focusedArticleTitle, isInViewport } from './timelinePage.ts';

const PHONE = { width: 375, height: 812 };
const POLL = { timeout: 5_000, interval: 50 } as const;

const session = browserSession();
let oracle: Oracle;

beforeAll(async () => {
  oracle = await loadOracle(baseUrl());
});

async function open(
  viewport: { width: number; height: number } = DESKTOP,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<Page> {
  const page = await session.openPage({ viewport, colorScheme });
  await openApp(page);
  return page;
}

/** The overview on screen (on a phone, inside the filter sheet), unfolded. */
async function overview(page: Page): Promise<Locator> {
  const regions = page.getByRole('region', { name: 'Overview' });
  // On a phone the sidebar is folded into the filter sheet.
  if ((await regions.count()) === 0) await page.getByRole('button', { name: /^Filters/ }).click();
  await expect.poll(() => regions.count(), POLL).toBeGreaterThan(0);
  const region = regions.last();
  await region.waitFor({ state: 'visible' });
  const summary = region.locator('summary');
  if ((await region.locator('details').getAttribute('open')) === null) await summary.click();
  await region.getByRole('group', { name: /^Events by affiliation/ }).waitFor();
  return region;
}

const chartOf = (region: Locator) => region.getByRole('group', { name: /^Events by affiliation/ });
const readout = (region: Locator) => region.locator('.overview-readout');

/** Real bounding boxes of the axis labels: none overlaps another, all inside the chart. */
async function tickBoxesOverlap(region: Locator): Promise<string[]> {
  return chartOf(region).evaluate((svg) => {
    const box = svg.getBoundingClientRect();
    const labels = [...svg.querySelectorAll('.tick-label')].map((t) => ({
      text: t.textContent ?? '',
      r: t.getBoundingClientRect(),
    }));
    const problems: string[] = [];
    for (const a of labels) {
      if (a.r.left < box.left - 0.5 || a.r.right > box.right + 0.5) problems.push(`${a.text} outside the chart`);
      for (const b of labels)
        if (a !== b && a.r.left < b.r.right && b.r.left < a.r.right && a.r.top < b.r.bottom && b.r.top < a.r.bottom)
          problems.push(`${a.text} overlaps ${b.text}`);
    }
    return labels.length < 2 ? ['fewer than two ticks'] : problems;
  });
}

/** The title of the first event article on screen (below the sticky header). */
function firstTitleOnScreen(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const top = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
    const on = [...document.querySelectorAll('main article')].find((a) => {
      const r = a.getBoundingClientRect();
      return r.bottom > top + 8 && r.top < window.innerHeight;
    });
    return on?.querySelector('h1, h2, h3, h4')?.textContent?.trim() ?? null;
  });
}

/** The title the mark's name ends with: "…: Bilateral meeting, <title>" or "…; opens <title>". */
function titleIn(name: string): string | undefined {
  return oracle.events.map((e) => e.title).find((t) => name.endsWith(`, ${t}`) || name.endsWith(`opens ${t}`));
}

describe('the overview', () => {
  it('names a mark on hover and on focus, and Enter opens its event', async () => {
    const page = await open();
    const region = await overview(page);
    const marks = chartOf(region).getByRole('button');
    expect(await marks.count()).toBeGreaterThan(20);
    const hovered = marks.nth(5);
    await hovered.hover();
    const hoveredName = (await hovered.getAttribute('aria-label')) ?? '';
    await expect.poll(() => readout(region).textContent(), POLL).toBe(hoveredName);

    // Keyboard: tab into the chart (one tab stop), move along and between lanes.
    await marks.first().focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    const focusedName = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    expect(focusedName).toMatch(/^Ukraine, /);
    await page.mouse.move(0, 0);
    await expect.poll(() => readout(region).textContent(), POLL).toBe(focusedName);
    const title = titleIn(focusedName);
    expect(title, `a title in "${focusedName}"`).toBeDefined();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedArticleTitle(page), POLL).toBe(title);
    await screenshot(page, 'overview-mark-opened-1280');
  });

  for (const scheme of ['light', 'dark'] as const)
    it(`zooms to a period and the timeline follows; axe passes zoomed (${scheme})`, async () => {
      const page = await open(DESKTOP, scheme);
      const region = await overview(page);
      await region.getByRole('button', { name: /^Jan–Mar 2026, \d+ events$/ }).click();
      await expect(region.getByRole('button', { name: 'Jan–Mar 2026', pressed: true }).count()).resolves.toBe(1);
      expect(await chartOf(region).getAttribute('aria-label')).toBe('Events by affiliation, 1 Jan 2026 – 31 Mar 2026');
      // Every mark is in the quarter.
      for (const name of await chartOf(region)
        .getByRole('button')
        .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? '')))
        expect(name).toMatch(/ (Jan|Feb|Mar) 2026/);
      const first = oracle.events.find((e) => e.start.date >= '2026-01-01');
      await expect.poll(() => isInViewport(eventArticle(page, first?.title ?? '-')), POLL).toBe(true);
      expect(await tickBoxesOverlap(region)).toEqual([]);
      await expectNoA11yViolations(page, `overview zoomed ${scheme}`);
      await screenshot(page, `overview-zoomed-1280-${scheme}`);
      // The periods within are its months; "All" goes back.
      await expect(region.getByRole('button', { name: /^February 2026, \d+ events$/ }).count()).resolves.toBe(1);
      await region.getByRole('button', { name: 'All', exact: true }).click();
      expect(await chartOf(region).getAttribute('aria-label')).toBe('Events by affiliation over time');
    });

  it('scrolls the timeline when the window on screen is dragged', async () => {
    const page = await open();
    const region = await overview(page);
    const handle = region.locator('.viewport-handle');
    await handle.waitFor();
    const chart = await chartOf(region).boundingBox();
    const box = await handle.boundingBox();
    if (chart === null || box === null) throw new Error('no chart or window');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    const target = chart.x + chart.width * 0.75;
    for (let k = 1; k <= 10; k++) await page.mouse.move(box.x + ((target - box.x) * k) / 10, box.y + box.height / 2);
    await page.mouse.up();
    // The timeline went to an event about three quarters of the way through the span.
    const firstMs = Date.parse(oracle.events[0]?.start.date ?? '');
    const lastMs = Date.parse(oracle.events.at(-1)?.start.date ?? '');
    await expect
      .poll(async () => {
        const title = await firstTitleOnScreen(page);
        const e = oracle.events.find((x) => x.title === title);
        return e === undefined ? 0 : (Date.parse(e.start.date) - firstMs) / (lastMs - firstMs);
      }, POLL)
      .toBeGreaterThan(0.6);
    // The window moved with it.
    const moved = await handle.boundingBox();
    expect(moved?.x ?? 0).toBeGreaterThan(box.x + chart.width * 0.3);
  });

  it('draws axis labels that never overlap, and "Show all lanes" says it is pressed, on a phone', async () => {
    const page = await open(PHONE);
    const region = await overview(page);
    expect(await tickBoxesOverlap(region)).toEqual([]);
    const showAll = region.getByRole('button', { name: 'Show all lanes' });
    expect(await showAll.getAttribute('aria-pressed')).toBe('false');
    await showAll.click();
    expect(await showAll.getAttribute('aria-pressed')).toBe('true');
    expect(await chartOf(region).getByRole('group').count()).toBeGreaterThan(5);
    await expectNoA11yViolations(page, 'overview all lanes phone');
    await region.scrollIntoViewIfNeeded();
    await screenshot(page, 'overview-all-lanes-375');
    await region.getByRole('button', { name: /^Jul–Sep 2025, \d+ events$/ }).click();
    expect(await tickBoxesOverlap(region)).toEqual([]);
    await expectNoA11yViolations(page, 'overview zoomed phone');
  });
});
