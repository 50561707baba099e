/**
 * The reader's tasks on the production build, in headless Chromium: read the events in order, filter
 * by actor (any / all, no results), open an event's quotes and follow a quote back, do it all by
 * keyboard, on a phone and in dark mode, with no axe violations and no console errors.
 *
 * Expected counts and orders come from the served dataset.json (see ./dataset.ts), never from
 * numbers written here, so the tests keep holding as the data grows.
 */
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { baseUrl, browserSession, expectNoA11yViolations, openApp, screenshot } from './browser.ts';
import { DESKTOP } from './config.ts';
import { loadOracle, type Oracle } from './dataset.ts';
import type { DiplomaticEvent } from '../../src/domain/schema.ts';
import {
  actorFilter,
  actorToggle,
  banner,
  eventArticle,
  eventOpener,
  expectCount,
  findEvent,
  focusedArticleTitle,
  hasHorizontalOverflow,
  isFocused,
  isInViewport,
  main,
  matchAll,
  quotesPanel,
  readEvents,
  visible,
  type ShownEvent,
} from './timelinePage.ts';

const PHONES = [
  { width: 375, height: 812 },
  { width: 320, height: 640 },
];
const POLL = { timeout: 5_000, interval: 50 } as const;

const session = browserSession();
let oracle: Oracle;
let page: Page;

const titles = (events: readonly (DiplomaticEvent | ShownEvent)[]) => events.map((e) => e.title);

/** The White House meeting: the first event in time order whose title names the White House and that has quotes. */
function whiteHouseMeeting(): DiplomaticEvent {
  const event = oracle.events.find((e) => /White House/i.test(e.title) && oracle.quotesAt(e.id).length > 0);
  if (event === undefined)
    throw new Error(`dataset.json has no quoted event titled "…White House…": ${titles(oracle.events).join(' | ')}`);
  return event;
}

beforeAll(async () => {
  oracle = await loadOracle(baseUrl());
});

beforeEach(async () => {
  page = await session.openPage();
});

describe('reading the timeline', () => {
  it('has the page landmarks and every event in the order it happened, starting with the earliest', async () => {
    await openApp(page);
    await visible(banner(page));
    await visible(actorFilter(page));
    await visible(main(page));
    await visible(quotesPanel(page));
    await expectCount(page, oracle.total, oracle.total);

    const shown = await readEvents(page);
    expect(
      shown.filter((e) => e.title === '' || e.datetime === null).map((e) => e.title),
      'cards without a heading or a <time datetime>',
    ).toEqual([]);
    expect(titles(shown)).toEqual(titles(oracle.events));

    const first = shown[0];
    expect(first?.datetime?.slice(0, 10)).toBe(oracle.events[0]?.start.date);
    expect(first?.title).toBe(oracle.events[0]?.title);

    // Each datetime attribute names the event's own start date, and a time of day only where the data has one.
    shown.forEach((s, i) => {
      const event = oracle.events[i] as DiplomaticEvent;
      expect(s.datetime?.slice(0, 10) ?? s.datetime, `datetime of "${s.title}"`).toBe(
        event.start.precision === 'month' ? event.start.date.slice(0, 7) : event.start.date,
      );
      const clock = event.start.precision === 'minute' || event.start.precision === 'hour';
      expect(s.datetime?.includes('T'), `"${s.title}" (${event.start.precision}) shows a time of day`).toBe(clock);
    });

    await expectNoA11yViolations(page, 'default');
    await screenshot(page, 'default');
  });
});

describe('filtering by actor', () => {
  it('shows only the events of the chosen actor', async () => {
    const expected = oracle.involving('Vladimir Putin');
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(oracle.total);

    await openApp(page);
    const putin = actorToggle(page, 'Vladimir Putin');
    expect(await putin.getAttribute('aria-pressed')).toBe('false');
    await putin.click();
    await expect.poll(() => putin.getAttribute('aria-pressed'), POLL).toBe('true');
    await expectCount(page, expected.length, oracle.total);

    const shown = await readEvents(page);
    expect(titles(shown)).toEqual(titles(expected));
    const unexplained = shown.filter((s) => {
      const event = oracle.eventByTitle(s.title);
      return oracle.isParticipant(event, 'Vladimir Putin') ? !s.texts.includes('Vladimir Putin') : !s.offersQuotes;
    });
    expect(titles(unexplained), 'cards that show neither Putin as a participant nor quotes by him').toEqual([]);

    await expectNoA11yViolations(page, 'filtered');
    await screenshot(page, 'filtered-putin');
  });

  it('switches between events with any and with all of the chosen actors', async () => {
    const trumpEvents = oracle.involving('Donald Trump');
    const putinEvents = new Set(oracle.involving('Vladimir Putin'));
    const any = oracle.events.filter((e) => trumpEvents.includes(e) || putinEvents.has(e));
    const all = trumpEvents.filter((e) => putinEvents.has(e));
    expect(
      trumpEvents.some((e) => /White House/i.test(e.title)),
      'the data has a White House meeting with Trump',
    ).toBe(true);

    await openApp(page);
    await actorToggle(page, 'Donald Trump').click();
    await actorToggle(page, 'Vladimir Putin').click();
    await expectCount(page, any.length, oracle.total);

    await matchAll(page).check();
    await expectCount(page, all.length, oracle.total);
    const shown = await readEvents(page);
    expect(titles(shown)).toEqual(titles(all));
    expect(
      shown.some((s) => s.datetime?.startsWith('2025-08-15')),
      'the Alaska summit (15 Aug) is shown',
    ).toBe(true);
    const whiteHouse = oracle.events.find((e) => e.id === '2025-08-18-white-house-meeting');
    expect(whiteHouse, 'the data has the White House meeting').toBeDefined();
    expect(
      titles(shown).filter((t) => t === whiteHouse?.title),
      'the White House meeting (Putin absent) is not shown',
    ).toEqual([]);
  });

  it('says when no event matches, and clears the filters', async () => {
    await openApp(page);
    await actorToggle(page, 'Vladimir Putin').click();
    await actorToggle(page, 'Keir Starmer').click();
    await matchAll(page).check();

    await visible(page.getByRole('heading', { name: 'No events match these filters' }));
    await expectCount(page, 0, oracle.total);
    expect(await main(page).locator('article').count()).toBe(0);
    await expectNoA11yViolations(page, 'no-results');
    await screenshot(page, 'no-results');

    await main(page).getByRole('button', { name: 'Clear filters' }).click();
    await expectCount(page, oracle.total, oracle.total);
    await visible(main(page).locator('article').first());
    expect(await actorToggle(page, 'Vladimir Putin').getAttribute('aria-pressed')).toBe('false');
    expect(await actorToggle(page, 'Keir Starmer').getAttribute('aria-pressed')).toBe('false');
  });
});

describe('quotes', () => {
  it('shows the quotes of an opened event, and a quote leads back to its event', async () => {
    const meeting = whiteHouseMeeting();
    await openApp(page);
    const article = await findEvent(page, meeting.title);
    await eventOpener(article).click();

    const panel = quotesPanel(page);
    await visible(panel.getByRole('heading', { name: meeting.title }).first());
    const figures = panel.locator('figure').filter({ has: page.locator('blockquote') });
    await expect.poll(() => figures.count(), POLL).toBe(oracle.quotesAt(meeting.id).length);
    await expect.poll(() => article.getAttribute('aria-current'), POLL).toBe('true');
    await expectNoA11yViolations(page, 'event-selected');
    await screenshot(page, 'event-selected');

    // Scroll the event away, then follow one of its quotes back to it.
    await page.evaluate(() => window.scrollTo(0, 0));
    await panel
      .getByRole('button', {
        name: `Go to event: ${meeting.title}`,
        exact: true,
      })
      .first()
      .click();
    const target = eventArticle(page, meeting.title);
    await expect.poll(async () => (await target.count()) === 1 && (await isInViewport(target)), POLL).toBe(true);
    await expect
      .poll(async () => (await target.getAttribute('aria-current')) === 'true' || (await isFocused(target)), POLL)
      .toBe(true);
  });
});

describe('quotes that follow the filters', () => {
  it('lists only the quotes of the events the filters show, and says how many from how many events', async () => {
    const trump = oracle.involving('Donald Trump');
    const putin = new Set(oracle.involving('Vladimir Putin'));
    const both = trump.filter((e) => putin.has(e));
    const quoted = both.filter((e) => oracle.quotesAt(e.id).length > 0);
    const quotes = quoted.flatMap((e) => oracle.quotesAt(e.id));
    expect(quotes.length, 'the data has quotes at an event with both Trump and Putin').toBeGreaterThan(0);

    await openApp(page);
    await actorToggle(page, 'Donald Trump').click();
    await actorToggle(page, 'Vladimir Putin').click();
    await matchAll(page).check();
    await expectCount(page, both.length, oracle.total);

    const panel = quotesPanel(page);
    await visible(panel.getByRole('heading', { name: 'Quotes from events with Donald Trump and Vladimir Putin' }));
    const line = `${quotes.length} ${quotes.length === 1 ? 'quote' : 'quotes'} from ${quoted.length} ${quoted.length === 1 ? 'event' : 'events'}`;
    await visible(panel.getByText(line, { exact: true }));
    // Every quote listed leads to one of the events on the timeline.
    const goTo = await panel
      .getByRole('button', { name: /^Go to event: / })
      .evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label')?.replace(/^Go to event: /, '') ?? ''));
    expect(goTo.length).toBe(Math.min(quotes.length, 10));
    expect(goTo.filter((title) => !both.some((e) => e.title === title))).toEqual([]);
    await expectNoA11yViolations(page, 'quotes-filtered');
    await screenshot(page, 'quotes-filtered');
  });

  it('says when a link’s filters hide its own event, and shows the event on request', async () => {
    const meeting = whiteHouseMeeting();
    expect(oracle.isParticipant(meeting, 'Vladimir Putin'), 'Putin is not at the White House meeting').toBe(false);
    await openApp(page, `/events/${meeting.id}/?actors=vladimir-putin`);
    const panel = quotesPanel(page);
    await visible(panel.getByRole('heading', { name: `Quotes at ${meeting.title}` }));
    const notice = panel.getByText(`“${meeting.title}” is not in the timeline`, { exact: false });
    await visible(notice);
    expect(await eventArticle(page, meeting.title).count(), 'the event is not on the timeline').toBe(0);
    await expectNoA11yViolations(page, 'hidden-event');
    await screenshot(page, 'hidden-event');

    await panel.getByRole('button', { name: /^Add .+ to the filter$/ }).click();
    await expect.poll(() => notice.count(), POLL).toBe(0);
    const article = eventArticle(page, meeting.title);
    await expect.poll(async () => (await article.count()) === 1 && (await isInViewport(article)), POLL).toBe(true);
  });
});

describe('keyboard only', () => {
  it('skips to the timeline, moves between events with j/k and the arrows, opens and closes quotes', async () => {
    expect(oracle.total).toBeGreaterThanOrEqual(3);
    const order = titles(oracle.events);
    await openApp(page);

    await page.keyboard.press('Tab');
    expect(await isFocused(page.getByRole('link', { name: 'Skip to timeline' }))).toBe(true);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('main, [role="main"]') != null), POLL)
      .toBe(true);

    const moves: [key: string, index: number][] = [
      ['j', 0],
      ['j', 1],
      ['ArrowDown', 2],
      ['k', 1],
      ['ArrowUp', 0],
      ['ArrowDown', 1],
    ];
    for (const [key, index] of moves) {
      await page.keyboard.press(key);
      await expect
        .poll(() => focusedArticleTitle(page), {
          ...POLL,
          message: `focus after ${key}`,
        })
        .toBe(order[index]);
    }

    const title = order[1] ?? '';
    const panel = quotesPanel(page);
    await page.keyboard.press('Enter');
    await visible(panel.getByRole('heading', { name: title }).first());
    await expect.poll(() => eventArticle(page, title).getAttribute('aria-current'), POLL).toBe('true');

    await page.keyboard.press('Escape');
    await expect.poll(() => panel.getByRole('heading', { name: title }).count(), POLL).toBe(0);
    expect(await eventArticle(page, title).getAttribute('aria-current')).not.toBe('true');
    expect(
      await page.evaluate(() => document.activeElement !== null && document.activeElement !== document.body),
      'focus is kept',
    ).toBe(true);
  });

  it('shows every shortcut with "?", in a dialog that Escape closes, passing axe', async () => {
    await openApp(page);
    const first = titles(oracle.events)[0] ?? '';
    await eventArticle(page, first).focus();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await visible(dialog);
    for (const action of ['Next event', 'Previous event', 'Open the focused event (its quotes)'])
      await visible(dialog.getByRole('cell', { name: action }));
    await expectNoA11yViolations(page, 'keyboard shortcuts dialog');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible(), POLL).toBe(false);
    expect(await focusedArticleTitle(page), 'focus goes back to the event').toBe(first);
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await visible(dialog);
  });

  it('filters by an actor with Tab and Space alone', async () => {
    const expected = oracle.involving('Vladimir Putin');
    await openApp(page);
    const putin = actorToggle(page, 'Vladimir Putin');
    let reached = false;
    for (let i = 0; i < 250 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await isFocused(putin);
    }
    expect(reached, 'Tab reaches the "Vladimir Putin" toggle').toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(() => putin.getAttribute('aria-pressed'), POLL).toBe('true');
    await expectCount(page, expected.length, oracle.total);
  });
});

describe('density in the link', () => {
  it('opens a shared compact view compact, and a choice of density changes the link', async () => {
    await openApp(page, '/?density=compact');
    await expect.poll(() => page.getByRole('radio', { name: 'Compact list' }).isChecked(), POLL).toBe(true);
    expect(await page.locator('.summary').count(), 'no summaries in the compact list').toBe(0);
    await page.getByRole('radio', { name: 'Full cards' }).check();
    await expect.poll(() => new URL(page.url()).search, POLL).toBe('?density=detailed');
    await expect.poll(() => page.locator('.summary').count(), POLL).toBeGreaterThan(0);
  });
});

describe('layout', () => {
  it('does not scroll sideways on a desktop screen', async () => {
    await openApp(page);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await eventOpener(main(page).locator('article').first()).click();
    await visible(quotesPanel(page));
    expect(await hasHorizontalOverflow(page)).toBe(false);
  });

  for (const viewport of PHONES) {
    it(`at ${viewport.width} px wide: no sideways scrolling, and the quotes open as a sheet that closes`, async () => {
      const label = `phone-${viewport.width}`;
      await page.setViewportSize(viewport);
      await openApp(page);
      expect(await hasHorizontalOverflow(page)).toBe(false);
      const sheet = page.getByRole('dialog').or(quotesPanel(page)).first();
      expect(await sheet.isVisible(), 'the quotes are not shown before an event is opened').toBe(false);
      await expectNoA11yViolations(page, label);
      await screenshot(page, label);

      const opener = eventOpener(main(page).locator('article').first());
      await opener.click();
      await visible(sheet);
      // A sheet over the timeline: the topmost element at its centre belongs to it, and it fits the screen.
      const over = await sheet.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const top = document.elementFromPoint(
          r.left + r.width / 2,
          r.top + Math.min(r.height, window.innerHeight - r.top) / 2,
        );
        return {
          onTop: top !== null && el.contains(top),
          fits: r.left >= 0 && r.right <= window.innerWidth + 0.5,
        };
      });
      expect(over).toEqual({ onTop: true, fits: true });
      expect(await hasHorizontalOverflow(page)).toBe(false);
      await expectNoA11yViolations(page, `${label}-sheet`);
      await screenshot(page, `${label}-sheet`);

      await sheet
        .getByRole('button', { name: /^close/i })
        .first()
        .click();
      await expect.poll(() => sheet.isVisible(), POLL).toBe(false);

      await opener.click();
      await visible(sheet);
      await page.keyboard.press('Escape');
      await expect.poll(() => sheet.isVisible(), POLL).toBe(false);
    });
  }
});

describe('dark mode', () => {
  it('passes axe with the default view and with an event open', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openApp(page);
    await expectNoA11yViolations(page, 'dark');
    await screenshot(page, 'dark');

    const meeting = whiteHouseMeeting();
    await eventOpener(await findEvent(page, meeting.title)).click();
    await visible(quotesPanel(page).getByRole('heading', { name: meeting.title }).first());
    await expectNoA11yViolations(page, 'dark-event-selected');
    await screenshot(page, 'dark-event-selected');
  });
});

/** The top of the card titled `title` and the bottom of its heading, relative to the viewport. */
function cardPlace(page: Page, title: string): Promise<{ top: number; headingBottom: number; height: number } | null> {
  return eventArticle(page, title)
    .first()
    .evaluate((el) => {
      const heading = el.querySelector('h3');
      return {
        top: el.getBoundingClientRect().top,
        headingBottom: heading?.getBoundingClientRect().bottom ?? Infinity,
        height: window.innerHeight,
      };
    })
    .catch(() => null);
}

/** Polls until the card titled `title` starts in the upper third of the viewport with its headline whole on screen. */
async function expectHeadlineInUpperThird(page: Page, title: string, how: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const place = await cardPlace(page, title);
        return place !== null && place.top >= 0 && place.top <= place.height / 3 && place.headingBottom <= place.height;
      },
      { ...POLL, message: `after ${how}, "${title}" starts in the upper third with its headline in view` },
    )
    .toBe(true);
}

/**
 * Words cut by the edge of their box in the compact rows: for each headline, list of names and date,
 * every word must lie wholly inside the box (shown) or wholly outside it (on a hidden line).
 */
function wordsClippedInCompactRows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cut: string[] = [];
    const boxes = document.querySelectorAll('main article.is-compact :is(.title-button, .compact-who, .compact-when)');
    for (const box of boxes) {
      const b = box.getBoundingClientRect();
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        // Text for screen readers only (the year of a row's date) is not on screen to be cut.
        if (node.parentElement?.closest('.visually-hidden') != null) continue;
        const text = node.textContent ?? '';
        for (const m of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          for (const r of range.getClientRects()) {
            if (r.width === 0 || r.height <= 1) continue; // visually hidden text
            const inside =
              r.left >= b.left - 0.5 && r.right <= b.right + 0.5 && r.top >= b.top - 0.5 && r.bottom <= b.bottom + 0.5;
            const outside =
              r.top >= b.bottom - 0.5 || r.bottom <= b.top + 0.5 || r.left >= b.right - 0.5 || r.right <= b.left + 0.5;
            if (!inside && !outside) cut.push(`"${m[0]}" in "${text.slice(0, 60)}"`);
          }
        }
      }
    }
    return cut;
  });
}

describe('event cards and the compact list', () => {
  for (const viewport of [DESKTOP, { width: 375, height: 812 }]) {
    it(`at ${viewport.width}×${viewport.height}, opening an event keeps its headline in the upper third: by its title, j/k and Enter, and its link`, async () => {
      await page.setViewportSize(viewport);
      const target = oracle.events[3] as DiplomaticEvent;
      await openApp(page);
      const article = await findEvent(page, target.title);
      // Scrolled so that only the card's top shows at the bottom of the screen, as a reader reaching it would see it.
      await article.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - window.innerHeight + 120));
      await eventOpener(article).click();
      await expect.poll(() => eventArticle(page, target.title).getAttribute('aria-current'), POLL).toBe('true');
      await expectHeadlineInUpperThird(page, target.title, 'a click on its title');
      await screenshot(page, `cards-opened-${viewport.width}`);

      await openApp(page);
      await eventArticle(page, oracle.events[0]?.title ?? '').focus();
      for (let i = 0; i < 3; i++) await page.keyboard.press('j');
      await expect.poll(() => focusedArticleTitle(page), POLL).toBe(target.title);
      await page.keyboard.press('Enter');
      await expectHeadlineInUpperThird(page, target.title, 'j j j Enter');

      const meeting = whiteHouseMeeting();
      await openApp(page, `events/${meeting.id}/`);
      await expectHeadlineInUpperThird(page, meeting.title, 'opening its link');
    });
  }

  it('shows the headlines of at least two events on the first screen at 1280×800', async () => {
    await openApp(page);
    await screenshot(page, 'cards-full-1280');
    const headlines = await main(page)
      .locator('article h3')
      .evaluateAll(
        (hs) =>
          hs.filter((h) => h.getBoundingClientRect().top >= 0 && h.getBoundingClientRect().bottom <= window.innerHeight)
            .length,
      );
    expect(headlines).toBeGreaterThanOrEqual(2);
    await page.setViewportSize({ width: 375, height: 812 });
    await openApp(page);
    await screenshot(page, 'cards-full-375');
  });

  it('never shows internal wording: no "not recorded", no unknown outlet, no note about a headline', async () => {
    await openApp(page);
    const shown = await readEvents(page);
    expect(shown.length).toBe(oracle.total);
    const leaks = shown.flatMap((e) =>
      e.texts.filter((t) => /not recorded|outlet not known|headline unknown/i.test(t)).map((t) => `${e.title}: ${t}`),
    );
    expect([...new Set(leaks)]).toEqual([]);
    expect(await page.evaluate(() => document.body.textContent)).not.toMatch(/not recorded/i);
  });

  it('opens the sources from their footnote line into the numbered list', async () => {
    await openApp(page);
    const first = main(page).locator('article').first();
    const line = first.locator('summary', { hasText: /^Sources?\b/ });
    await visible(line);
    expect(await line.textContent()).toMatch(/^Sources?(: [^,]+(, [^,]+)?(, \+\d+ more)?| \(\d+\))?$/);
    const list = first.locator('.source-note ol');
    expect(await list.isVisible()).toBe(false);
    await line.click();
    await visible(list);
    expect(await list.locator('li').count()).toBe(oracle.events[0]?.sourceIds.length);
    await expectNoA11yViolations(page, 'sources open');
  });

  for (const viewport of [DESKTOP, { width: 375, height: 812 }, { width: 320, height: 640 }]) {
    it(`at ${viewport.width}×${viewport.height}, the compact list is compact: 12 or more events in 800 px, no word cut, rows where the list expects them`, async () => {
      await page.setViewportSize(viewport);
      await openApp(page, '?density=compact');
      await screenshot(page, `cards-compact-${viewport.width}`);
      // Scroll the list's top to the top of the screen, then count the rows wholly within 800 px of it
      // (or within the screen, on a shorter one, where 12 per 800 px is fewer).
      const span = Math.min(800, viewport.height);
      const counted = await page.evaluate((span) => {
        const list = document.querySelector('main .timeline-inner');
        if (list === null) return -1;
        window.scrollBy(0, list.getBoundingClientRect().top);
        const top = list.getBoundingClientRect().top;
        return [...document.querySelectorAll('main article')].filter((a) => {
          const r = a.getBoundingClientRect();
          return r.top >= top && r.bottom <= top + span;
        }).length;
      }, span);
      expect(counted).toBeGreaterThanOrEqual(Math.floor((12 * span) / 800));
      expect(await wordsClippedInCompactRows(page)).toEqual([]);
      expect(await hasHorizontalOverflow(page)).toBe(false);
      // Each row starts where the one before it ends: the virtualiser's estimates are the rows' heights.
      const gaps = await page.evaluate(() => {
        const rows = [...document.querySelectorAll<HTMLElement>('main .timeline-row')]
          .map((r) => ({ top: r.getBoundingClientRect().top, height: r.getBoundingClientRect().height }))
          .sort((a, b) => a.top - b.top);
        return rows.slice(1).map((r, i) => Math.round(r.top - ((rows[i]?.top ?? 0) + (rows[i]?.height ?? 0))));
      });
      expect(gaps.filter((g) => g !== 0)).toEqual([]);
      await expectNoA11yViolations(page, `compact-${viewport.width}`);
      if (viewport === DESKTOP) {
        await page.emulateMedia({ colorScheme: 'dark' });
        await expectNoA11yViolations(page, 'compact-dark');
      }
    }, 120_000);
  }

  it('opens a compact row in full, in place, with its date, and back to its row when another opens', async () => {
    await openApp(page, '?density=compact');
    const [first, second] = oracle.events;
    if (first === undefined || second === undefined) throw new Error('dataset.json has fewer than two events');
    await eventOpener(eventArticle(page, first.title)).click();
    const opened = eventArticle(page, first.title);
    await expect.poll(() => opened.getAttribute('aria-current'), POLL).toBe('true');
    await visible(opened.locator('.summary'));
    expect(await opened.locator('.event-dateline time').textContent()).toContain(
      first.start.date.slice(8, 10).replace(/^0/, ''),
    );
    await expectHeadlineInUpperThird(page, first.title, 'opening a compact row');
    await expectNoA11yViolations(page, 'compact-opened');
    await screenshot(page, 'cards-compact-opened-1280');
    await eventOpener(eventArticle(page, second.title)).click();
    await expect.poll(() => eventArticle(page, first.title).locator('.summary').count(), POLL).toBe(0);
  });
});
