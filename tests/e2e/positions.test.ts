/**
 * The positions view on the production build: a real table of actors by topic at 1280 px and one
 * block per actor at 375 px with no sideways scroll, worked by keyboard alone (open a cell's quotes,
 * follow a quote to its event in the timeline), light and dark, with no axe violations.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, browserSession, expectNoA11yViolations, openApp, screenshot } from './browser.ts';
import { DESKTOP } from './config.ts';
import { loadOracle, type Oracle } from './dataset.ts';
import { eventArticle, hasHorizontalOverflow, isInViewport, main, visible } from './timelinePage.ts';

const PHONE = { width: 375, height: 812 };
const POLL = { timeout: 5_000, interval: 50 } as const;

const session = browserSession();
let oracle: Oracle;
let page: Page;

const table = (p: Page) => main(p).getByRole('table');
const cellButtons = (p: Page) => table(p).getByRole('button', { name: / quotes? by / });

async function open(viewport: { width: number; height: number }, colorScheme: 'light' | 'dark' = 'light') {
  page = await session.openPage({ viewport, colorScheme });
}

/** Presses Tab until the focused element matches `selector`, at most `limit` times. */
async function tabTo(selector: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${limit} presses of Tab did not reach ${selector}`);
}

beforeAll(async () => {
  oracle = await loadOracle(baseUrl());
});

describe('the positions view', () => {
  for (const scheme of ['light', 'dark'] as const)
    it(`at 1280 px (${scheme}) is a table of at least 6 actors by 4 topics, with a caption and headers`, async () => {
      await open(DESKTOP, scheme);
      await openApp(page, '?view=positions', { expectEvents: false });
      await visible(table(page));
      expect(await page.getByRole('button', { name: 'Positions', exact: true }).getAttribute('aria-pressed')).toBe(
        'true',
      );
      expect(await table(page).locator('caption').textContent()).toMatch(/Parley reads the quoted words/);
      const rows = await table(page).getByRole('rowheader').count();
      const columns = await table(page).getByRole('columnheader').count();
      expect(rows).toBeGreaterThanOrEqual(6);
      expect(columns).toBeGreaterThanOrEqual(4);
      // Every actor row has a mark in at least four of the columns, and marks are named in words.
      const marked = await table(page)
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td:not(.is-empty)').length));
      expect(marked.filter((n) => n >= 4).length).toBeGreaterThanOrEqual(4);
      const mark = table(page).locator('.stance-mark').first();
      expect(await mark.textContent()).toMatch(
        /^(supports|opposes|conditional|undecided|describes), \d{1,2} \w{3} \d{4}$/,
      );
      expect(await hasHorizontalOverflow(page)).toBe(false);
      // No timeline behind it.
      expect(await main(page).locator('article').count()).toBe(0);
      await expectNoA11yViolations(page, `positions-1280-${scheme}`);
      await screenshot(page, `positions-1280-${scheme}`);

      await page.getByRole('button', { name: /^Show all \d+ topics$/ }).click();
      await expect.poll(() => table(page).getByRole('columnheader').count(), POLL).toBeGreaterThan(columns);
      await expectNoA11yViolations(page, `positions-1280-${scheme}-all-topics`);

      // On paper: the table, six topics to a table, and nothing of the screen.
      const allColumns = await table(page).getByRole('columnheader').count();
      await page.emulateMedia({ media: 'print' });
      const printed = page.locator('.print-positions');
      await visible(printed);
      expect(await printed.getByRole('table').count()).toBe(Math.ceil(allColumns / 6));
      expect(await printed.getByRole('button').count()).toBe(0);
      expect(await main(page).isVisible()).toBe(false);
      await page.emulateMedia({ media: 'screen' });
    });

  it('at 375 px lays each actor out as a block of its topics, with no sideways scroll', async () => {
    await open(PHONE);
    await openApp(page, '?view=positions', { expectEvents: false });
    await visible(table(page));
    expect(await hasHorizontalOverflow(page)).toBe(false);
    const [actor, cell] = await table(page)
      .locator('tbody tr')
      .first()
      .evaluate((tr) => {
        const box = (el: Element | null) => el?.getBoundingClientRect() ?? { top: 0, bottom: 0, left: 0 };
        return [box(tr.querySelector('th')), box(tr.querySelector('td:not(.is-empty)'))];
      });
    expect(cell?.top, 'the topics stand under the actor').toBeGreaterThanOrEqual(actor?.bottom ?? Infinity);
    expect(await table(page).locator('.positions-cell-topic').first().isVisible()).toBe(true);
    await expectNoA11yViolations(page, 'positions-375');
    await screenshot(page, 'positions-375-light');

    await cellButtons(page).first().click();
    const dialog = page.getByRole('dialog');
    await visible(dialog);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await expectNoA11yViolations(page, 'positions-375-quotes');
  });

  it('works by keyboard alone: switch to it, open a cell’s quotes, follow a quote to its event', async () => {
    await open(DESKTOP);
    await openApp(page);
    await page.getByRole('button', { name: 'Timeline', exact: true }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await visible(table(page));
    await expect.poll(() => new URL(page.url()).searchParams.get('view'), POLL).toBe('positions');

    await tabTo('.positions-open');
    const subject = (await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ?? '';
    const heading = subject.replace(/^\d+ quotes? by /, '');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: heading });
    await visible(dialog);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Close');
    const quotes = dialog.locator('.position-quote');
    expect(await quotes.count()).toBe(Number(/^\d+/.exec(subject)?.[0]));
    await expectNoA11yViolations(page, 'positions-quotes-dialog');

    // Escape closes it and gives the focus back to the cell.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count(), POLL).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(subject);

    await page.keyboard.press('Enter');
    await visible(dialog);
    await tabTo('.position-event a');
    const link = (await page.evaluate(() => document.activeElement?.textContent)) ?? '';
    const title = link.replace(/^Go to the event: /, '');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('view'), POLL).toBeNull();
    const article = eventArticle(page, title);
    await visible(article);
    expect(await article.getAttribute('aria-current')).toBe('true');
    await expect.poll(() => isInViewport(article), POLL).toBe(true);
    expect(oracle.eventByTitle(title).id).toBe(new URL(page.url()).pathname.split('/').filter(Boolean).at(-1));
    await expectNoA11yViolations(page, 'positions-followed-to-event');
  });
});
