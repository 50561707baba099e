/**
 * What a reader sees and uses on the timeline page, found by role and accessible name. The timeline is
 * virtualised (only rows near the viewport are in the DOM), so reading every event means scrolling
 * through it; `readEvents` and `findEvent` do that.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

const POLL = { timeout: 5_000, interval: 50 } as const;

/** One event card as rendered. */
export interface ShownEvent {
  /** The card's heading text. */
  readonly title: string;
  /** The `datetime` of the card's first `<time>`, or null when it has none. */
  readonly datetime: string | null;
  /** The whole text of every element in the card, trimmed (so a chip's name appears on its own). */
  readonly texts: readonly string[];
  /** Whether the card has a button or link about quotes ("Show 2 quotes"…). */
  readonly offersQuotes: boolean;
}

export const banner = (page: Page) => page.getByRole('banner');
export const main = (page: Page) => page.getByRole('main');
export const quotesPanel = (page: Page) => page.getByRole('complementary', { name: 'Quotes' });
export const actorFilter = (page: Page) =>
  page
    .getByRole('group', { name: 'Filter by actor' })
    .or(page.getByRole('navigation', { name: 'Filter by actor' }))
    .first();
export const actorToggle = (page: Page, name: string) => actorFilter(page).getByRole('button', { name, exact: true });
export const matchAll = (page: Page) => page.getByRole('radio', { name: 'all chosen actors' });

/** The article of the event titled `title`, if it is rendered. */
export const eventArticle = (page: Page, title: string) =>
  main(page)
    .locator('article')
    .filter({ has: page.getByRole('heading', { name: title, exact: true }) });

/** The button (or link) in the heading of an event card, which opens the event. */
export const eventOpener = (article: Locator) => {
  const heading = article.getByRole('heading').first();
  return heading.getByRole('button').or(heading.getByRole('link')).first();
};

/** Waits until `locator` is visible (fails with the locator's description after 5 s). */
export async function visible(locator: Locator): Promise<void> {
  await locator.waitFor({ state: 'visible', timeout: POLL.timeout });
}

export function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === document.activeElement);
}

export function isInViewport(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.right > 0 && r.top < window.innerHeight && r.left < window.innerWidth;
  });
}

/** The heading text of the focused element when it is an event article, else null. */
export function focusedArticleTitle(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (el === null || el.tagName !== 'ARTICLE') return null;
    return el.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]')?.textContent?.trim() ?? null;
  });
}

/** "N of M events" from the result count status. */
export async function resultCount(page: Page): Promise<{ shown: number; total: number }> {
  const status = page.getByRole('status').filter({ hasText: /\d+\s+of\s+\d+\s+events?/ });
  const text = (await status.first().textContent({ timeout: POLL.timeout })) ?? '';
  const m = /(\d+)\s+of\s+(\d+)\s+events?/.exec(text);
  if (m === null) throw new Error(`The result count reads "${text}", not "N of M events"`);
  return { shown: Number(m[1]), total: Number(m[2]) };
}

export async function expectCount(page: Page, shown: number, total: number): Promise<void> {
  await expect.poll(() => resultCount(page), POLL).toEqual({ shown, total });
}

/** Scrolls the timeline's scroller (the window, unless the events sit in a scrolling box) to the top or one step down. */
function scrollTimeline(page: Page, how: 'top' | 'step'): Promise<boolean> {
  return page.evaluate(async (mode) => {
    const first = document.querySelector('main article, [role="main"] article');
    let scroller: Element = document.scrollingElement ?? document.documentElement;
    for (let el = first?.parentElement ?? null; el !== null; el = el.parentElement) {
      const overflow = getComputedStyle(el).overflowY;
      if ((overflow === 'auto' || overflow === 'scroll') && el.scrollHeight > el.clientHeight + 1) {
        scroller = el;
        break;
      }
    }
    const isWindow = scroller === document.scrollingElement;
    const before = scroller.scrollTop;
    const step = Math.max(100, Math.floor((isWindow ? window.innerHeight : scroller.clientHeight) * 0.6));
    scroller.scrollTop = mode === 'top' ? 0 : before + step;
    // Let the virtualiser see the scroll, render the new rows and measure them.
    await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => setTimeout(r, 30));
    await new Promise((r) => requestAnimationFrame(r));
    return scroller.scrollTop !== before;
  }, how);
}

/** The event cards currently in the DOM, in document order. */
function snapshot(page: Page): Promise<(ShownEvent & { key: string })[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main article, [role="main"] article')].map((a) => {
      const title = a.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]')?.textContent?.trim() ?? '';
      const texts = [...a.querySelectorAll('*')]
        .map((el) => el.textContent?.trim() ?? '')
        .filter((t) => t !== '' && t.length <= 200);
      const offersQuotes = [...a.querySelectorAll('button, a[href]')].some((el) => /quote/i.test(el.textContent ?? ''));
      return {
        key: a.id || title,
        title,
        datetime: a.querySelector('time[datetime]')?.getAttribute('datetime') ?? null,
        texts,
        offersQuotes,
      };
    }),
  );
}

/** Every event card of the timeline, in order, by scrolling from the top to the end and back. */
export async function readEvents(page: Page): Promise<ShownEvent[]> {
  const seen = new Map<string, ShownEvent>();
  await scrollTimeline(page, 'top');
  for (let i = 0; i < 1000; i++) {
    for (const { key, ...shown } of await snapshot(page)) if (!seen.has(key)) seen.set(key, shown);
    if (!(await scrollTimeline(page, 'step'))) break;
  }
  for (const { key, ...shown } of await snapshot(page)) if (!seen.has(key)) seen.set(key, shown);
  await scrollTimeline(page, 'top');
  return [...seen.values()];
}

/** Scrolls the timeline until the event titled `title` is rendered, and returns its article in view. */
export async function findEvent(page: Page, title: string): Promise<Locator> {
  const article = eventArticle(page, title);
  await scrollTimeline(page, 'top');
  for (let i = 0; i < 1000; i++) {
    if ((await article.count()) > 0) {
      await article.scrollIntoViewIfNeeded();
      return article;
    }
    if (!(await scrollTimeline(page, 'step'))) break;
  }
  throw new Error(`No event card titled "${title}" anywhere on the timeline`);
}

/** Whether the page scrolls sideways. */
export function hasHorizontalOverflow(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}
