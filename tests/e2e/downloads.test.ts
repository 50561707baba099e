/**
 * Downloads on the production build: a filtered view downloaded in each format through the Download
 * menu (Chromium's download event, the file read back), the whole timeline's calendar and spreadsheet
 * served beside the pages, and the menu open passing axe.
 */
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DATA_FILE_NAMES, FILES, TIMELINE_FILE, type DataFileName } from '../../src/domain/schema.ts';
import { validateDataset } from '../../src/domain/validate.ts';
import { baseUrl, browserSession, expectNoA11yViolations, openApp, screenshot } from './browser.ts';
import { loadOracle, type Oracle } from './dataset.ts';
import { actorToggle, expectCount } from './timelinePage.ts';

const PUTIN = 'Vladimir Putin';
const SUMMIT = '2025-08-15-alaska-summit';

const session = browserSession();
let oracle: Oracle;
let page: Page;

beforeAll(async () => {
  oracle = await loadOracle(baseUrl());
});

beforeEach(async () => {
  page = await session.openPage({ acceptDownloads: true });
});

const downloadButton = (p: Page) => p.getByRole('button', { name: 'Download', exact: true });

/** Opens the app filtered to Putin's events and returns them, in order. */
async function openPutin() {
  const putin = oracle.involving(PUTIN);
  expect(putin.length).toBeGreaterThan(1);
  expect(putin.some((e) => e.id === SUMMIT)).toBe(true);
  await openApp(page);
  await actorToggle(page, PUTIN).click();
  await expectCount(page, putin.length, oracle.total);
  return putin;
}

/** Chooses `format` in the Download menu and returns the downloaded file's name and text. */
async function download(format: string): Promise<{ name: string; text: string }> {
  const toggle = downloadButton(page);
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const choice = page.getByRole('button', { name: format, exact: true });
  const [file] = await Promise.all([page.waitForEvent('download'), choice.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

describe('the Download menu', () => {
  it('downloads the filtered view as a calendar: one VEVENT per event shown, in the venue’s zone', async () => {
    const putin = await openPutin();
    const { name, text } = await download('Calendar (.ics)');
    expect(name).toMatch(/\.ics$/);
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(putin.length);
    // Unfolded (RFC 5545 §3.1), the summit starts at 11:00 in Anchorage.
    const unfolded = text.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain('DTSTART;TZID=America/Anchorage:20250815T110000');
    await expect.poll(() => page.getByText(`Downloaded ${name}.`).isVisible()).toBe(true);
  });

  it('downloads the filtered view as a spreadsheet: its rows are the events shown, in order', async () => {
    const putin = await openPutin();
    const { name, text } = await download('Spreadsheet (.csv)');
    expect(name).toMatch(/\.csv$/);
    const rows = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((r) => r.id)).toEqual(putin.map((e) => e.id));
    expect(rows.map((r) => r.title)).toEqual(putin.map((e) => e.title));
  });

  it('downloads the filtered view as Parley data that validates as a data folder', async () => {
    const putin = await openPutin();
    const { name, text } = await download('Data (JSON)');
    expect(name).toMatch(/\.json$/);
    const data = JSON.parse(text) as Record<string, unknown>;
    const files: Partial<Record<DataFileName, unknown>> = {};
    for (const file of DATA_FILE_NAMES)
      files[file] = file === TIMELINE_FILE ? data.timeline : { [FILES[file].key]: data[FILES[file].key] };
    const result = validateDataset(files, 'download');
    expect(result.issues).toEqual([]);
    if (!result.ok) return;
    expect(result.dataset.events.map((e) => e.id).sort()).toEqual(putin.map((e) => e.id).sort());
  });

  it('downloads the filtered view as TimelineJS JSON, an event per event shown', async () => {
    const putin = await openPutin();
    const { name, text } = await download('TimelineJS (JSON)');
    expect(name).toMatch(/-timelinejs\.json$/);
    const tl = JSON.parse(text) as { events: { text?: { headline?: string } }[] };
    // TimelineJS renders headlines as HTML, so they are written with entities.
    const unescape = (html = '') =>
      html.replace(
        /&(amp|lt|gt|quot|#39);/g,
        (_, n: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[n] ?? '',
      );
    expect(tl.events.map((e) => unescape(e.text?.headline))).toEqual(putin.map((e) => e.title));
  });

  it('opens from the keyboard, closes with Escape, and passes axe while open', async () => {
    await openPutin();
    const toggle = downloadButton(page);
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    const putin = oracle.involving(PUTIN).length;
    await expect.poll(() => page.getByText(`Download the ${putin} events shown as:`).isVisible()).toBe(true);
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent?.startsWith('Calendar (.ics)')))
      .toBe(true);
    await screenshot(page, 'download-menu');
    await expectNoA11yViolations(page, 'download-menu');
    await page.keyboard.press('Escape');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
  });
});

describe('the whole timeline’s files', () => {
  it('serves calendar.ics and timeline.csv beside the pages, with every event, linked from the page', async () => {
    const ics = await fetch(`${baseUrl()}calendar.ics`);
    expect(ics.status).toBe(200);
    const calendar = await ics.text();
    expect(calendar.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(oracle.total);
    const csv = await fetch(`${baseUrl()}timeline.csv`);
    expect(csv.status).toBe(200);
    const rows = Papa.parse<Record<string, string>>((await csv.text()).replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((r) => r.id)).toEqual(oracle.events.map((e) => e.id));

    await openApp(page);
    expect(await page.getByRole('link', { name: 'Subscribe to the calendar' }).getAttribute('href')).toBe(
      `${new URL(baseUrl()).pathname}calendar.ics`,
    );
    expect(await page.locator('link[rel="alternate"][type="text/calendar"]').getAttribute('href')).toBe(
      `${new URL(baseUrl()).pathname}calendar.ics`,
    );
  });

  it('without JavaScript, links the whole timeline’s files instead of the Download button', async () => {
    const noJs = await session
      .browser()
      .newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    try {
      const p = await noJs.newPage();
      await p.goto(`${baseUrl()}events/${SUMMIT}/`);
      expect(await p.getByRole('link', { name: 'Subscribe to the calendar' }).isVisible()).toBe(true);
      expect(await p.getByRole('link', { name: 'Download as a spreadsheet' }).isVisible()).toBe(true);
      expect(await downloadButton(p).isVisible()).toBe(false);
      const ld = await p.locator('script[type="application/ld+json"]').textContent();
      expect(JSON.parse(ld ?? 'null')).toMatchObject({
        '@type': 'Event',
        startDate: '2025-08-15T11:00:00-08:00',
        url: `${new URL(baseUrl()).pathname}events/${SUMMIT}/`,
      });
    } finally {
      await noJs.close();
    }
  });
});
