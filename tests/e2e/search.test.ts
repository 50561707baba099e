/**
 * The search in Chromium: "sanctions" narrows the timeline to the events that say it (worked out here
 * from the served dataset, not by the app's code), marks the words and says what it found; the index
 * is fetched only once the reader searches; a `?q=` link opened fresh, reloaded and returned to with
 * Back; `/` focuses the box and Escape clears it; a search with no match says so and "Clear search"
 * brings every event back; axe finds nothing with a search applied or with no match.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RawDataset } from '../../src/domain/schema.ts';
import { baseUrl, browserSession, expectNoA11yViolations, openApp } from './browser.ts';
import { loadServedDataset } from './dataset.ts';

const POLL = { timeout: 10_000, interval: 50 } as const;
const BOX = { name: 'Search events and quotes' } as const;

const session = browserSession();
let raw: RawDataset;

beforeAll(async () => {
  raw = await loadServedDataset(baseUrl());
});

/** Lower case without accents, as a reader expects a search to compare words. */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
/** Whether `text` has a word that begins with `word`. */
const hasWord = (text: string, word: string) => new RegExp(`(^|[^\\p{L}\\p{N}])${word}`, 'u').test(fold(text));

const TOPIC_WORDS: Record<string, string> = { sanctions: 'Sanctions' };

/** The ids of the events that mention `word` in their own text, their place, people, topics or sources. */
function eventsMentioning(word: string): Set<string> {
  const places = new Map(raw.places.map((p) => [p.id as string, p]));
  const sources = new Map(raw.sources.map((s) => [s.id as string, s]));
  const actors = new Map(raw.actors.map((a) => [a.id as string, a]));
  return new Set(
    raw.events
      .filter((e) => {
        const place = e.placeId === undefined ? undefined : places.get(e.placeId);
        const text = [
          e.title,
          e.summary,
          e.venueDetail,
          e.broadcast?.network,
          e.broadcast?.programme,
          place?.name,
          place?.locality,
          place?.region,
          ...e.participants.flatMap((p) => {
            const a = actors.get(p.actorId);
            return [a?.name, a?.shortName, ...(a?.aliases ?? [])];
          }),
          ...e.topics.map((t) => TOPIC_WORDS[t] ?? t),
          ...e.sourceIds.flatMap((id) => [sources.get(id)?.outlet, sources.get(id)?.title]),
        ].join(' ');
        return hasWord(text, word);
      })
      .map((e) => e.id),
  );
}

/** How many quotes mention `word` in their words, their speaker's names or their topics. */
function quotesMentioning(word: string): number {
  const actors = new Map(raw.actors.map((a) => [a.id as string, a]));
  return raw.quotes.filter((q) => {
    const a = actors.get(q.speakerId);
    const text = [q.text, a?.name, a?.shortName, ...(a?.aliases ?? []), ...q.topics.map((t) => TOPIC_WORDS[t] ?? t)];
    return hasWord(text.join(' '), word);
  }).length;
}

async function open(path = ''): Promise<{ page: Page; searchRequests: string[] }> {
  const page = await session.openPage();
  const searchRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('search.json')) searchRequests.push(r.url());
  });
  await openApp(page, path);
  return { page, searchRequests };
}

const count = (page: Page) =>
  page
    .getByRole('status')
    .filter({ hasText: /events?\b/ })
    .first();
const cardIds = (page: Page) =>
  page.locator('main article[data-event-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')));

/** Waits until the count says what the search for `word` found, and checks the cards are only those. */
async function expectSearchResults(page: Page, word: string): Promise<void> {
  const expected = eventsMentioning(word);
  expect(expected.size).toBeGreaterThan(3);
  const n = expected.size;
  const m = quotesMentioning(word);
  const text = `${n} events and ${m} ${m === 1 ? 'quote' : 'quotes'} match “${word}”`;
  await expect.poll(() => count(page).textContent(), POLL).toBe(text);
  const shown = await cardIds(page);
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.filter((id) => !expected.has(id ?? ''))).toEqual([]);
}

describe('search', () => {
  it('narrows the timeline to the events that say "sanctions", marks the words, and loads its index only when used', async () => {
    const { page, searchRequests } = await open();
    await page.waitForTimeout(300);
    expect(searchRequests, 'nothing of the search before the reader uses it').toEqual([]);
    const box = page.getByRole('searchbox', BOX);
    await expect.poll(() => page.getByRole('search').count()).toBe(1);
    const entries = await page.evaluate(() => history.length);
    await box.click();
    await expect.poll(() => searchRequests.length, POLL).toBe(1);
    await box.pressSequentially('sanctions', { delay: 30 });
    await expectSearchResults(page, 'sanctions');
    expect(new URL(page.url()).searchParams.get('q')).toBe('sanctions');
    expect(await page.evaluate(() => history.length), 'typing replaces the history entry').toBe(entries);
    const marks = await page.locator('main article mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.filter((t) => !fold(t).startsWith('sanction'))).toEqual([]);
    const quoteMarks = await page.getByRole('complementary', { name: 'Quotes' }).locator('mark').allTextContents();
    expect(quoteMarks.filter((t) => !fold(t).startsWith('sanction'))).toEqual([]);
    await expectNoA11yViolations(page, 'search-sanctions');
  });

  it('opens a ?q= link at its search, and keeps it after a reload and Back', async () => {
    const { page } = await open('?q=sanctions');
    const box = page.getByRole('searchbox', BOX);
    await expect.poll(() => box.inputValue()).toBe('sanctions');
    await expectSearchResults(page, 'sanctions');
    await page.reload();
    await openAppAgain(page);
    await expectSearchResults(page, 'sanctions');
    // Opening an event pushes an entry; Back returns to the search, still applied.
    await page.locator('main article .title-button').first().click();
    await expect.poll(() => new URL(page.url()).pathname, POLL).toContain('/events/');
    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname, POLL).not.toContain('/events/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('sanctions');
    await expect.poll(() => box.inputValue()).toBe('sanctions');
    await expectSearchResults(page, 'sanctions');
  });

  it('is focused by "/" and cleared by Escape', async () => {
    const { page } = await open();
    const box = page.getByRole('searchbox', BOX);
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('/');
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await box.inputValue()).toBe('');
    await page.keyboard.type('sanctions');
    await expectSearchResults(page, 'sanctions');
    await page.keyboard.press('Escape');
    expect(await box.inputValue()).toBe('');
    await expect.poll(() => new URL(page.url()).searchParams.get('q'), POLL).toBeNull();
    await expect
      .poll(() => count(page).textContent(), POLL)
      .toBe(`${raw.events.length} of ${raw.events.length} events`);
  });

  it('says when nothing matches, and "Clear search" brings every event back', async () => {
    const { page } = await open();
    const box = page.getByRole('searchbox', BOX);
    await box.fill('xylophonequartz');
    const heading = page.getByRole('heading', { name: 'No events match “xylophonequartz”' });
    await heading.waitFor({ timeout: POLL.timeout });
    expect(await count(page).textContent()).toBe('0 events and 0 quotes match “xylophonequartz”');
    expect(await page.locator('main article[data-event-id]').count()).toBe(0);
    await expectNoA11yViolations(page, 'search-no-match');
    await page.getByRole('button', { name: 'Clear search' }).click();
    await expect
      .poll(() => count(page).textContent(), POLL)
      .toBe(`${raw.events.length} of ${raw.events.length} events`);
    expect(await box.inputValue()).toBe('');
    expect(await page.locator('main article[data-event-id]').count()).toBeGreaterThan(0);
  });
});

/** After a reload: the app has taken over again and shows events. */
async function openAppAgain(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !document.getElementById('root')?.hasAttribute('data-prerendered') &&
      document.querySelector('main article') !== null,
    null,
    { timeout: POLL.timeout },
  );
}
