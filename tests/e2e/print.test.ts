/**
 * Print and PDF on the production build: printing the page gives a chronology of every event of the
 * view, in order, with no controls. Chromium prints to PDF (`page.pdf`), PDF.js reads the text back,
 * and every title of the view must be in it, in order, for the whole dataset and for a filtered view.
 */
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DiplomaticEvent } from '../../src/domain/schema.ts';
import { baseUrl, expectNoA11yViolations, openApp, screenshot, browserSession } from './browser.ts';
import { loadOracle, type Oracle } from './dataset.ts';
import { pdfPages } from './pdfText.ts';
import { actorToggle, expectCount } from './timelinePage.ts';

const POLL = { timeout: 10_000, interval: 50 } as const;

const session = browserSession();
let oracle: Oracle;
let page: Page;

/** Text without any white space: PDF text runs break lines (and sometimes words) where the page did. */
const bare = (s: string) => s.replace(/\s+/g, '');

async function printedText(): Promise<string> {
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  return bare((await pdfPages(pdf)).join(' '));
}

/** The titles of `events` not found in `text` one after the other, in order. */
function missingInOrder(text: string, events: readonly DiplomaticEvent[]): string[] {
  let from = 0;
  const missing: string[] = [];
  for (const e of events) {
    const at = text.indexOf(bare(e.title), from);
    if (at < 0) missing.push(e.title);
    else from = at + 1;
  }
  return missing;
}

beforeAll(async () => {
  oracle = await loadOracle(baseUrl());
});

beforeEach(async () => {
  page = await session.openPage();
});

describe('printing to PDF', () => {
  it('holds every event of the whole dataset, in the order they happened, with its sources as endnotes', async () => {
    await openApp(page);
    const text = await printedText();
    expect(missingInOrder(text, oracle.events), 'titles missing from the PDF, or out of order').toEqual([]);
    expect(text).toContain(bare('Sources'));
    expect(text).toContain(bare(`All ${oracle.total} events`));
    // No control reaches the paper.
    for (const control of ['Filter by actor', 'Clear filters', 'Keyboard shortcuts', 'Skip to timeline', 'Copy link'])
      expect(text, `"${control}" in the PDF`).not.toContain(bare(control));
  });

  it('holds exactly the events of a filtered view', async () => {
    const putin = oracle.involving('Vladimir Putin');
    const others = oracle.events.filter((e) => !putin.includes(e));
    expect(putin.length).toBeGreaterThan(0);
    await openApp(page);
    await actorToggle(page, 'Vladimir Putin').click();
    await expectCount(page, putin.length, oracle.total);
    const text = await printedText();
    expect(missingInOrder(text, putin), 'titles of the view missing from the PDF, or out of order').toEqual([]);
    expect(
      others.filter((e) => text.includes(bare(e.title))).map((e) => e.title),
      'titles outside the view in the PDF',
    ).toEqual([]);
    expect(text).toContain(bare(`${putin.length} of ${oracle.total} events: those with Vladimir Putin`));
  });
});

describe('print media', () => {
  for (const scheme of ['light', 'dark'] as const)
    // axe reads the whole chronology (every event of the dataset): tens of seconds on a busy machine.
    it(
      `(${scheme}) shows the chronology alone, with no buttons or fields, and passes axe`,
      { timeout: 150_000 },
      async () => {
        await page.emulateMedia({ colorScheme: scheme });
        await openApp(page);
        await page.emulateMedia({ colorScheme: scheme, media: 'print' });
        const chronology = page.locator('.print-chronology');
        await expect.poll(() => chronology.getAttribute('data-complete'), POLL).toBe('true');
        await expect.poll(() => chronology.isVisible(), POLL).toBe(true);
        const controls = page.locator('button, input, select, textarea, [role="button"], summary');
        const shown = await controls.evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).length);
        expect(shown, 'controls on paper').toBe(0);
        expect(await page.getByRole('heading', { level: 2, name: 'Sources' }).isVisible()).toBe(true);
        const first = oracle.events[0];
        expect(await page.getByRole('heading', { level: 3, name: first?.title ?? '', exact: true }).isVisible()).toBe(
          true,
        );
        await expectNoA11yViolations(page, `print-${scheme}`);
        await screenshot(page, `print-preview-${scheme}`);

        // Back on screen, the chronology leaves the page.
        await page.emulateMedia({ colorScheme: scheme, media: 'screen' });
        await expect.poll(() => chronology.count(), POLL).toBe(0);
      },
    );
});
