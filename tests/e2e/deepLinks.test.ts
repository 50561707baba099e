/**
 * Deep links and sharing (issue 4), on the production build served under /parley/, in headless
 * Chromium: links open exactly their view, Back and Forward walk through it, "Copy link" reproduces
 * it, the static pages read without JavaScript, the Content-Security-Policy holds, and bad or hostile
 * links are answered helpfully and execute nothing.
 *
 * Redirects of retired event ids are not tested here: data/redirects.json is empty, and
 * tests/domain/dataset.test.ts ("follows a redirect and says so") covers them on a fixture.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DiplomaticEvent, RawDataset } from '../../src/domain/schema.ts';
import { baseUrl, browserSession, collectConsoleErrors, openApp } from './browser.ts';
import { BASE_PATH, DESKTOP } from './config.ts';
import { loadOracle, loadServedDataset, type Oracle } from './dataset.ts';
import {
  addressOf,
  copyLink,
  cspViolations,
  holdsFocus,
  hostileTraces,
  parseCsp,
  recordCspViolations,
  recordDialogs,
  recordForeignRequests,
  selectedEventIds,
  unhelpfulState,
  waitForTakeover,
} from './deepLinkPage.ts';
import {
  actorFilter,
  actorToggle,
  eventArticle,
  eventOpener,
  expectCount,
  findEvent,
  isInViewport,
  main,
  matchAll,
  quotesPanel,
  resultCount,
  visible,
} from './timelinePage.ts';
import { hostileLinks, MARKERS, XSS_PAYLOADS, type HostileLink } from './xssPayloads.ts';

const POLL = { timeout: 5_000, interval: 50 } as const;
const WHITE_HOUSE = '2025-08-18-white-house-meeting';
const WITKOFF_CNN = '2025-08-17-witkoff-cnn-state-of-the-union';
const HOSTILE_TIMEOUT_MS = 240_000;

const session = browserSession();
let oracle: Oracle;
let raw: RawDataset;
let context: BrowserContext;
let page: Page;

function eventOf(id: string): DiplomaticEvent {
  const event = oracle.events.find((e) => e.id === id);
  if (event === undefined) throw new Error(`dataset.json has no event "${id}"`);
  return event;
}

function actorName(id: string): string {
  const actor = raw.actors.find((a) => a.id === id);
  if (actor === undefined) throw new Error(`dataset.json has no actor "${id}"`);
  return actor.name;
}

const pressed = (p: Page, name: string) => actorToggle(p, name).getAttribute('aria-pressed');

beforeAll(async () => {
  [oracle, raw] = await Promise.all([loadOracle(baseUrl()), loadServedDataset(baseUrl())]);
});

beforeEach(async () => {
  context = await session.newContext();
  await recordCspViolations(context);
  page = await session.newPage(context);
});

describe('opening a link', () => {
  it('to the White House meeting selects it, scrolls it into view, focuses it and names it in the tab', async () => {
    const event = eventOf(WHITE_HOUSE);
    await openApp(page, `events/${WHITE_HOUSE}/`);
    const article = eventArticle(page, event.title);
    await expect.poll(() => selectedEventIds(page), POLL).toEqual([WHITE_HOUSE]);
    expect(await article.getAttribute('aria-current')).toBe('true');
    await expect.poll(() => isInViewport(article), POLL).toBe(true);
    await expect.poll(() => holdsFocus(article), POLL).toBe(true);
    expect(await page.title()).toContain(event.title);
    expect(addressOf(page)).toBe(`${BASE_PATH}events/${WHITE_HOUSE}/`);
  });

  it('to a quote selects its event and highlights the quote in view', async () => {
    const quote = oracle.quotesAt(WITKOFF_CNN).at(-1);
    if (quote === undefined) throw new Error(`no quotes at ${WITKOFF_CNN}`);
    const link = `events/${WITKOFF_CNN}/#quote-${quote.id}`;
    await openApp(page, link);
    const figure = quotesPanel(page).locator(`figure[id="quote-${quote.id}"]`);
    await expect.poll(() => figure.getAttribute('aria-current'), POLL).toBe('true');
    await expect.poll(() => isInViewport(figure), POLL).toBe(true);
    expect(await figure.locator(':scope > blockquote').innerText()).toBe(quote.text);
    expect(await selectedEventIds(page)).toEqual([WITKOFF_CNN]);
    expect(addressOf(page)).toBe(`${BASE_PATH}${link}`);
  });

  it('to a filtered view applies the filters', async () => {
    const trump = new Set(oracle.involving('Donald Trump'));
    const both = oracle.involving('Vladimir Putin').filter((e) => trump.has(e));
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(oracle.total);

    const link = '?actors=donald-trump,vladimir-putin&match=all';
    await openApp(page, link);
    expect(await pressed(page, 'Donald Trump')).toBe('true');
    expect(await pressed(page, 'Vladimir Putin')).toBe('true');
    expect(await matchAll(page).isChecked()).toBe(true);
    await expectCount(page, both.length, oracle.total);
    expect(addressOf(page)).toBe(`${BASE_PATH}${link}`);
  });
});

describe('history', () => {
  it('Back and Forward walk through selections, and a filter change replaces the entry', async () => {
    const [a, b] = oracle.events;
    if (a === undefined || b === undefined) throw new Error('need two events');
    expect(oracle.involving('Donald Trump'), 'Trump is in the first event').toContain(a);
    const at = (e: DiplomaticEvent | null) => (e === null ? BASE_PATH : `${BASE_PATH}events/${e.id}/`);
    const expectView = async (e: DiplomaticEvent | null, search = '') => {
      await expect.poll(() => addressOf(page), POLL).toBe(`${at(e)}${search}`);
      await expect.poll(() => selectedEventIds(page), POLL).toEqual(e === null ? [] : [e.id]);
    };

    await openApp(page);
    await eventOpener(await findEvent(page, a.title)).click();
    await expectView(a);
    await eventOpener(await findEvent(page, b.title)).click();
    await expectView(b);
    const entries = await page.evaluate(() => history.length);

    await page.goBack();
    await expectView(a);
    expect(await page.title()).toContain(a.title);
    await page.goBack();
    await expectView(null);
    await page.goForward();
    await expectView(a);

    await actorToggle(page, 'Donald Trump').click();
    await expectView(a, '?actors=donald-trump');
    expect(await page.evaluate(() => history.length), 'no entry added').toBe(entries);
    await page.goBack();
    await expectView(null);
    await page.goForward();
    await expectView(a, '?actors=donald-trump');
    expect(await pressed(page, 'Donald Trump')).toBe('true');
  });
});

describe('Copy link', () => {
  it('on an event and on a quote copies a link that opens the same view in a new page', async () => {
    const quote = oracle.quotesAt(WITKOFF_CNN).at(-1);
    if (quote === undefined) throw new Error(`no quotes at ${WITKOFF_CNN}`);
    const witkoff = actorName(quote.speakerId);
    const query = `?actors=${quote.speakerId}`;
    const origin = new URL(baseUrl()).origin;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin,
    });
    const event = eventOf(WITKOFF_CNN);

    await openApp(page);
    await actorToggle(page, witkoff).click();
    await expect.poll(() => pressed(page, witkoff), POLL).toBe('true');
    const shownCount = await resultCount(page);
    const article = await findEvent(page, event.title);
    const eventLink = await copyLink(page, article.getByRole('button', { name: `Copy link to ${event.title}` }));
    expect(eventLink).toBe(`${baseUrl()}events/${WITKOFF_CNN}/${query}`);

    await eventOpener(article).click();
    const figure = quotesPanel(page).locator(`figure[id="quote-${quote.id}"]`);
    const quoteLink = await copyLink(page, figure.getByRole('button', { name: /^Copy link/ }));
    expect(quoteLink).toBe(`${baseUrl()}events/${WITKOFF_CNN}/${query}#quote-${quote.id}`);

    for (const link of [eventLink, quoteLink]) {
      const opened = await session.newPage(context);
      await opened.goto(link);
      await waitForTakeover(opened);
      await expect.poll(() => selectedEventIds(opened), POLL).toEqual([WITKOFF_CNN]);
      expect(await pressed(opened, witkoff)).toBe('true');
      expect(await resultCount(opened)).toEqual(shownCount);
      const highlighted = quotesPanel(opened).locator('figure[aria-current="true"]');
      await expect
        .poll(() => highlighted.evaluateAll((fs) => fs.map((f) => f.id)), POLL)
        .toEqual(link === quoteLink ? [`quote-${quote.id}`] : []);
      await opened.close();
    }
  });

  it('falls back to a text field holding the link when the clipboard is refused', async () => {
    await context.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
    });
    const event = eventOf(WHITE_HOUSE);
    await openApp(page, `events/${WHITE_HOUSE}/`);
    const link = await copyLink(
      page,
      eventArticle(page, event.title).getByRole('button', {
        name: `Copy link to ${event.title}`,
      }),
    );
    expect(link).toBe(`${baseUrl()}events/${WHITE_HOUSE}/`);
    const opened = await session.newPage(context);
    await opened.goto(link);
    await waitForTakeover(opened);
    await expect.poll(() => selectedEventIds(opened), POLL).toEqual([WHITE_HOUSE]);
  });
});

/** A page in a context with JavaScript off, as a reader without it (or a link preview crawler) gets it. */
async function staticPage(): Promise<Page> {
  const noJs = await session.browser().newContext({ javaScriptEnabled: false });
  return noJs.newPage();
}

const metaContent = (p: Page, attr: 'name' | 'property', key: string) =>
  p.locator(`head meta[${attr}="${key}"]`).getAttribute('content');

/** "18 Aug 2025" for a YYYY-MM-DD date, as written in previews. */
const shortDate = (date: string) =>
  new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.parse(date));

describe('the app taking over a static page', () => {
  const PHONE = { width: 412, height: 823 };
  /** Where the first screen's landmarks are: the first event's title, the folds and the any/all choice. */
  // On a phone the filters live in a sheet behind the bar at the top; on a wide screen, in the sidebar.
  const firstScreen = (p: Page, phone: boolean) =>
    Promise.all(
      (phone
        ? [
            main(p).locator('article h3').first(),
            p.locator('.filter-bar .result-count'),
            // By class: before the app runs they are kept in place but hidden (they could do nothing).
            p.locator('.filter-bar-search-button'),
            p.locator('.filter-bar-button[aria-haspopup="dialog"]'),
          ]
        : [
            main(p).locator('article h3').first(),
            p.locator('summary', { hasText: 'Overview' }),
            p.locator('summary', { hasText: /^Actors/ }),
            p.getByRole('radio', { name: 'any chosen actor' }),
          ]
      ).map((l) => l.boundingBox()),
    );

  for (const [label, viewport, phone] of [
    ['on a wide screen', DESKTOP, false],
    ['on a phone', PHONE, true],
  ] as const) {
    it(`${label}, adopts the home page's markup without moving anything on its first screen`, async () => {
      const ctx = await session.browser().newContext({
        viewport,
        isMobile: phone,
        hasTouch: phone,
      });
      try {
        // The static page as a reader sees it before the app has run: its scripts held back.
        const before = await ctx.newPage();
        await before.route('**/assets/*.js', (r) => r.abort());
        await before.goto(baseUrl());
        const staticBoxes = await firstScreen(before, phone);

        const after = await ctx.newPage();
        const errors = collectConsoleErrors(after);
        await after.addInitScript(() => {
          document.addEventListener('DOMContentLoaded', () => {
            (window as unknown as { staticMain: Element | null }).staticMain = document.querySelector('main');
          });
        });
        await after.goto(baseUrl());
        await waitForTakeover(after);
        expect(staticBoxes.every((b) => b !== null)).toBe(true);
        expect(await firstScreen(after, phone)).toEqual(staticBoxes);
        // Hydrated: the app adopted the page's own elements rather than drawing new ones.
        expect(
          await after.evaluate(
            () => document.querySelector('main') === (window as unknown as { staticMain: Element | null }).staticMain,
          ),
        ).toBe(true);
        if (!phone) {
          expect(await after.locator('details.overview-details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(
            true,
          );
          // The chart was drawn at a guessed width in the static page; the app draws it at its own.
          const chart = after.locator('.overview-chart');
          await expect
            .poll(
              () => chart.evaluate((c) => `${c.querySelector('svg')?.getAttribute('width')} of ${c.clientWidth}`),
              POLL,
            )
            .toBe(await chart.evaluate((c) => `${c.clientWidth} of ${c.clientWidth}`));
        }
        expect(errors).toEqual([]);
      } finally {
        await ctx.close();
      }
    });
  }

  it('leaves a phone without JavaScript the overview chart and every actor unfolded', async () => {
    const ctx = await session.browser().newContext({
      viewport: PHONE,
      isMobile: true,
      hasTouch: true,
      javaScriptEnabled: false,
    });
    try {
      const p = await ctx.newPage();
      await p.goto(baseUrl());
      await visible(p.getByRole('group', { name: /^Events by affiliation/ }));
      await visible(actorToggle(p, 'Donald Trump'));
    } finally {
      await ctx.close();
    }
  });
});

describe('without JavaScript', () => {
  it('an event page carries its content, its quotes and sources, and its preview tags', async () => {
    const event = eventOf(WHITE_HOUSE);
    const p = await staticPage();
    try {
      await p.goto(`${baseUrl()}events/${WHITE_HOUSE}/`);
      const article = p.getByRole('article', {
        name: event.title,
        exact: true,
      });
      await visible(article);
      expect(await article.getAttribute('aria-current')).toBe('true');
      expect(await article.locator('time[datetime]').first().getAttribute('datetime')).toBe(event.start.date);
      const participants = await article
        .getByRole('list', { name: 'Participants' })
        .getByRole('listitem')
        .allInnerTexts();
      expect(participants).toHaveLength(event.participants.length);
      event.participants.forEach((part, i) => expect(participants[i]).toContain(actorName(part.actorId)));
      expect(await article.textContent()).toContain(event.summary);
      const hrefs = await article
        .locator('a[href]')
        .evaluateAll((as) => as.map((a) => `${a.getAttribute('href')} ${a.getAttribute('target')}`));
      const cited = raw.sources.filter((s) => event.sourceIds.includes(s.id) && s.url !== undefined);
      expect(cited.length).toBeGreaterThan(0);
      for (const s of cited) expect(hrefs).toContain(`${s.url} _blank`);
      const quotes = await quotesPanel(p).locator('figure > blockquote').allInnerTexts();
      expect(quotes.sort()).toEqual(
        oracle
          .quotesAt(WHITE_HOUSE)
          .map((q) => q.text)
          .sort(),
      );

      expect(await p.title()).toBe(`${event.title} — ${raw.timeline.title}`);
      const description = (await metaContent(p, 'name', 'description')) ?? '';
      expect(description.length).toBeGreaterThan(40);
      expect(event.summary.startsWith(description.replace(/…$/, ''))).toBe(true);
      const canonical = await p.locator('head link[rel="canonical"]').getAttribute('href');
      expect(new URL(canonical ?? '', p.url()).href).toBe(`${baseUrl()}events/${WHITE_HOUSE}/`);
      expect(await metaContent(p, 'property', 'og:title')).toBe(event.title);
      expect(await metaContent(p, 'property', 'og:type')).toBe('article');
      const ogDescription = (await metaContent(p, 'property', 'og:description')) ?? '';
      expect(ogDescription).toContain(shortDate(event.start.date));
      expect(ogDescription).toContain(actorName(event.participants[0]?.actorId ?? ''));
      expect(await metaContent(p, 'name', 'twitter:card')).toMatch(/^summary/);
    } finally {
      await p.context().close();
    }
  });

  it('the home page lists every event, and 404.html says what happened and leads home', async () => {
    const p = await staticPage();
    try {
      await p.goto(baseUrl());
      const index = p.getByRole('navigation', { name: 'All events' });
      const links = await index
        .getByRole('link')
        .evaluateAll((as) => as.map((a) => `${a.getAttribute('href')} ${a.textContent}`));
      expect(links.sort()).toEqual(oracle.events.map((e) => `${BASE_PATH}events/${e.id}/ ${e.title}`).sort());
      expect(await p.title()).toContain(raw.timeline.title);
      expect(await metaContent(p, 'property', 'og:type')).toBe('website');

      await p.goto(`${baseUrl()}404.html`);
      await visible(p.getByRole('heading', { level: 1, name: /not found/i }));
      const home = p
        .getByRole('main')
        .getByRole('link', { name: /timeline|home/i })
        .first();
      expect(await home.getAttribute('href')).toBe(BASE_PATH);
      expect(await p.title()).toMatch(/not found/i);
      expect(await p.getByRole('navigation', { name: 'All events' }).getByRole('link').count()).toBe(oracle.total);
    } finally {
      await p.context().close();
    }
  });
});

/** The directives every built page must carry, and where scripts may come from. */
function expectStrictPolicy(policy: string, label: string): void {
  const csp = parseCsp(policy);
  const scripts = csp.get('script-src') ?? csp.get('default-src');
  expect(scripts, `${label}: script-src or default-src`).toBeDefined();
  expect(scripts, `${label}: script sources`).toEqual(["'self'"]);
  expect(csp.get('default-src'), `${label}: default-src`).toEqual(["'self'"]);
  expect(csp.get('object-src'), `${label}: object-src`).toEqual(["'none'"]);
  for (const [name, sources] of csp)
    for (const bad of ["'unsafe-eval'", "'unsafe-inline'", '*'])
      expect(sources, `${label}: ${name}`).not.toContain(bad);
}

describe('Content-Security-Policy', () => {
  it('every built page carries a strict policy before anything it loads, and no inline script', async () => {
    const p = await staticPage();
    try {
      for (const path of ['', `events/${WHITE_HOUSE}/`, `events/${WITKOFF_CNN}/`, '404.html']) {
        await p.goto(`${baseUrl()}${path}`);
        const policies = await p
          .locator('meta[http-equiv="Content-Security-Policy" i]')
          .evaluateAll((ms) => ms.map((m) => m.getAttribute('content') ?? ''));
        expect(policies, `/${path}: one policy`).toHaveLength(1);
        expectStrictPolicy(policies[0] ?? '', `/${path}`);
        // A policy in a meta tag only governs what comes after it.
        const loadedBefore = await p.evaluate(() => {
          const meta = document.querySelector('meta[http-equiv="Content-Security-Policy" i]');
          return [...document.querySelectorAll('script, link, style')].filter(
            (el) => meta !== null && (el.compareDocumentPosition(meta) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
          ).length;
        });
        expect(loadedBefore, `/${path}: elements before the policy`).toBe(0);
        expect(
          await p.locator('script:not([src]):not([type="application/ld+json"])').count(),
          `/${path}: inline scripts`,
        ).toBe(0);
        expect(await p.locator('[style]').count(), `/${path}: style attributes`).toBe(0);
      }
    } finally {
      await p.context().close();
    }
  });

  it('is not violated, and nothing logs an error, while the app loads, takes over and is used', async () => {
    const views = [
      '',
      `events/${WHITE_HOUSE}/`,
      '?actors=donald-trump,vladimir-putin&match=all',
      `events/${WITKOFF_CNN}/#quote-${oracle.quotesAt(WITKOFF_CNN)[0]?.id ?? ''}`,
      `events/${WHITE_HOUSE}/?embed=1`,
      'events/2025-08-19-white-house-meetng/',
      '404.html',
    ];
    const seen: string[] = [];
    for (const view of views) {
      await page.goto(`${baseUrl()}${view}`);
      await waitForTakeover(page);
      seen.push(...(await cspViolations(page)).map((v) => `/${view}: ${v}`));
    }
    // And while it is used: open an event, filter, copy a link.
    await openApp(page);
    await eventOpener(main(page).locator('article').first()).click();
    await actorToggle(page, 'Vladimir Putin').click();
    await visible(quotesPanel(page));
    seen.push(...(await cspViolations(page)).map((v) => `in use: ${v}`));
    expect(seen).toEqual([]);
    expect(session.consoleErrors(page)).toEqual([]);
  });

  it('is enforced: an injected inline script is blocked and reported (so the checks above can fail)', async () => {
    // Its own context: the blocked script logs a console error on purpose.
    const probeContext = await session.browser().newContext();
    try {
      await recordCspViolations(probeContext);
      const probe = await probeContext.newPage();
      await probe.goto(baseUrl());
      await waitForTakeover(probe);
      await probe.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = "document.body.dataset.injected = 'ran'";
        document.body.append(s);
      });
      await expect.poll(() => cspViolations(probe), POLL).toHaveLength(1);
      expect(await probe.evaluate(() => document.body.dataset.injected)).toBeUndefined();
    } finally {
      await probeContext.close();
    }
  });
});

describe('bad links', () => {
  it('an unknown event id gets a not-found answer that names the date asked for and offers the closest events', async () => {
    const wanted = '2025-08-19-white-house-meetng';
    const closest = eventOf(WHITE_HOUSE);
    await openApp(page, `events/${wanted}/`);
    const notFound = main(page).getByRole('region', {
      name: 'Event not found',
    });
    await visible(notFound);
    const text = await notFound.innerText();
    expect(text).toContain('19 Aug 2025');
    // The app words the answer itself; the rest of the id is never shown back.
    expect(text).not.toContain('meetng');
    expect(await page.title()).toMatch(/not found/i);
    expect(addressOf(page), 'the link is kept, so a reload gives the same answer').toBe(
      `${BASE_PATH}events/${wanted}/`,
    );

    const suggestion = notFound
      .getByRole('button', { name: closest.title, exact: true })
      .or(notFound.getByRole('link', { name: closest.title, exact: true }));
    await suggestion.click();
    await expect.poll(() => addressOf(page), POLL).toBe(`${BASE_PATH}events/${WHITE_HOUSE}/`);
    await expect.poll(() => selectedEventIds(page), POLL).toEqual([WHITE_HOUSE]);
    expect(await notFound.count()).toBe(0);
  });

  it('unknown actor ids are dropped with a notice, and the known one stays filtered', async () => {
    await openApp(page, '?actors=nobody,donald-trump');
    const notice = main(page).getByRole('status').filter({ hasText: 'not in this dataset' });
    await visible(notice);
    expect(await notice.innerText()).not.toContain('nobody');
    expect(await pressed(page, 'Donald Trump')).toBe('true');
    await expectCount(page, oracle.involving('Donald Trump').length, oracle.total);
    expect(addressOf(page)).toBe(`${BASE_PATH}?actors=donald-trump`);
  });

  it('a malformed query falls back to the default view, and says so in its own words', async () => {
    await openApp(page, '?match=%E0%A4%A&actors=,,,');
    await visible(main(page).getByRole('status').filter({ hasText: 'could not be read' }));
    await expectCount(page, oracle.total, oracle.total);
    const toggles = actorFilter(page).getByRole('button', { pressed: true });
    expect(await toggles.count()).toBe(0);
    expect(await page.getByRole('radio', { name: 'any chosen actor' }).isChecked()).toBe(true);
    expect(addressOf(page)).toBe(BASE_PATH);
    // No actor was named, so no notice may claim one was.
    expect(
      await main(page)
        .getByText(/named in the link/)
        .count(),
    ).toBe(0);
  });
});

/** What a hostile link has set off in a page so far: dialogs, requests elsewhere, console errors. */
interface Recorded {
  readonly dialogs: string[];
  readonly foreign: string[];
  readonly errors: string[];
}

function recordHarm(p: Page, errors: string[]): Recorded {
  return {
    dialogs: recordDialogs(p),
    foreign: recordForeignRequests(p, new URL(baseUrl()).origin),
    errors,
  };
}

/**
 * Everything that went wrong in `p` since `from` (a snapshot of `recorded`'s lengths) and on the page
 * as it is now, for the link carrying `payloads`.
 */
async function harmDone(
  p: Page,
  recorded: Recorded,
  from: { dialogs: number; foreign: number; errors: number },
  payloads: readonly string[],
): Promise<string[]> {
  const state = await unhelpfulState(p);
  return [
    ...recorded.dialogs.slice(from.dialogs).map((d) => `dialog ${d}`),
    ...recorded.foreign.slice(from.foreign).map((r) => `request to ${r}`),
    ...recorded.errors.slice(from.errors),
    ...(await cspViolations(p)).map((v) => `CSP violation: ${v}`),
    ...(await hostileTraces(p, MARKERS, payloads)),
    ...(state === null ? [] : [state]),
  ];
}

const lengths = (r: Recorded) => ({
  dialogs: r.dialogs.length,
  foreign: r.foreign.length,
  errors: r.errors.length,
});

const short = (payload: string) => JSON.stringify(payload.length > 50 ? `${payload.slice(0, 50)}…` : payload);

/** Opens each link in `p` and returns what went wrong, each line naming the link's payloads. */
async function openHostileLinks(p: Page, errors: string[], links: readonly HostileLink[]): Promise<string[]> {
  const recorded = recordHarm(p, errors);
  const failures: string[] = [];
  for (const { slots, link } of links) {
    const url = new URL(link, baseUrl());
    expect(url.pathname.startsWith(`${BASE_PATH}events/`), link).toBe(true);
    const from = lengths(recorded);
    // Every link has its own path, so each is a fresh load of the app (not a same-page fragment change).
    await p.goto(url.href);
    await waitForTakeover(p);
    const harm = await harmDone(p, recorded, from, Object.values(slots));
    // Everything but the real actor is dropped, so the view has its one canonical address.
    if (addressOf(p) !== `${BASE_PATH}?actors=donald-trump`) harm.push(`the address was left at ${addressOf(p)}`);
    const where = Object.entries(slots)
      .map(([position, payload]) => `${position} ${short(payload)}`)
      .join(', ');
    failures.push(...harm.map((h) => `${h}\n    (link with ${where})`));
  }
  // Reported here with their links, rather than again by afterEach.
  errors.length = 0;
  return failures;
}

describe('hostile links', () => {
  it(`has at least 50 payloads, and none of the markers that would betray one is in the data or the pages`, async () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);
    const data = JSON.stringify(raw).toLowerCase();
    expect(MARKERS.filter((m) => data.includes(m.toLowerCase()))).toEqual([]);
    for (const view of ['', `events/${WHITE_HOUSE}/?embed=1`, 'events/2025-08-19-white-house-meetng/']) {
      await openApp(page, view);
      expect(await hostileTraces(page, MARKERS, []), `/${view}`).toEqual([]);
    }
  });

  it('the checks do catch a payload that got through (so the tests below can fail)', async () => {
    const dialogs = recordDialogs(page);
    await openApp(page);
    const shown = '<img src=x onerror=alert(1)>';
    await page.evaluate((text) => {
      const a = document.createElement('a');
      a.setAttribute('href', ' javascript:void(0)');
      a.setAttribute('onclick', 'void 0');
      a.textContent = text;
      document.querySelector('main')?.append(a);
      window.alert('probe');
    }, shown);
    expect(dialogs).toEqual(['alert: probe']);
    const traces = await hostileTraces(page, MARKERS, [shown]);
    for (const expected of [
      'the text shows "<img"',
      'the text shows the payload <img src=x onerror=alert(1)>',
      '<a onclick>: an event handler attribute',
      '<a href>: a script URL',
    ])
      expect(traces).toContain(expected);
    await page.evaluate(() => document.querySelector('main')?.replaceChildren());
    expect(await unhelpfulState(page)).toBe('main shows no text');
    // The planted handler attribute makes Chromium report the policy; that error was the point.
    const errors = session.consoleErrors(page);
    expect(errors.every((e) => e.includes('Content Security Policy'))).toBe(true);
    errors.length = 0;
  });

  it(
    `in every position of a link, on a fresh page load, execute nothing, show nothing and leave a helpful page`,
    async () => {
      const links = hostileLinks(XSS_PAYLOADS);
      // Two pages take turns, so one loads while the other is checked.
      const second = await session.newPage(context);
      const failures = await Promise.all([
        openHostileLinks(
          page,
          session.consoleErrors(page),
          links.filter((_, i) => i % 2 === 0),
        ),
        openHostileLinks(
          second,
          session.consoleErrors(second),
          links.filter((_, i) => i % 2 === 1),
        ),
      ]);
      expect(failures.flat()).toEqual([]);
    },
    HOSTILE_TIMEOUT_MS,
  );

  it(
    `in the quote fragment of an open event page, followed in place, execute nothing and show nothing`,
    async () => {
      const eventPage = `${baseUrl()}events/${WHITE_HOUSE}/`;
      const quote = oracle.quotesAt(WHITE_HOUSE)[0];
      if (quote === undefined) throw new Error(`no quotes at ${WHITE_HOUSE}`);
      await openApp(page, `events/${WHITE_HOUSE}/`);
      // The app does follow a fragment changed in place: a real quote gets highlighted.
      await page.goto(`${eventPage}#quote-${quote.id}`);
      await expect
        .poll(() => page.locator(`figure[id="quote-${quote.id}"]`).getAttribute('aria-current'), POLL)
        .toBe('true');

      const recorded = recordHarm(page, session.consoleErrors(page));
      const failures: string[] = [];
      for (const payload of XSS_PAYLOADS) {
        const from = lengths(recorded);
        await page.goto(`${eventPage}#quote-${payload}`);
        // popstate is handled synchronously; one frame lets React commit what it set.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
        const harm = await harmDone(page, recorded, from, [payload]);
        if (addressOf(page) !== `${BASE_PATH}events/${WHITE_HOUSE}/`)
          harm.push(`the fragment was not dropped: ${addressOf(page)}`);
        if ((await selectedEventIds(page)).join() !== WHITE_HOUSE) harm.push('the event is no longer selected');
        failures.push(...harm.map((h) => `${short(payload)}: ${h}`));
      }
      recorded.errors.length = 0;
      expect(failures).toEqual([]);
    },
    HOSTILE_TIMEOUT_MS,
  );
});

describe('embedding', () => {
  it('?embed=1 shows the event without site chrome, with every link out opening a new tab', async () => {
    const event = eventOf(WHITE_HOUSE);
    await openApp(page, `events/${WHITE_HOUSE}/?embed=1`);
    const article = eventArticle(page, event.title);
    await expect.poll(() => article.getAttribute('aria-current'), POLL).toBe('true');
    await expect.poll(() => isInViewport(article), POLL).toBe(true);
    expect(await page.getByRole('navigation', { name: 'Filters and overview' }).count()).toBe(0);
    expect(await actorFilter(page).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Parley', exact: true }).count()).toBe(0);

    const links = await page.locator('a[href]').evaluateAll((as) =>
      as
        .filter((a) => !(a.getAttribute('href') ?? '').startsWith('#'))
        .map((a) => ({
          href: a.getAttribute('href'),
          target: a.getAttribute('target'),
          rel: a.getAttribute('rel') ?? '',
        })),
    );
    expect(links.length).toBeGreaterThan(1);
    expect(links.filter((l) => l.target !== '_blank' || !l.rel.includes('noopener'))).toEqual([]);
    const full = page.getByRole('link', { name: /Open in Parley/ });
    expect(await full.getAttribute('href')).toBe(`${BASE_PATH}events/${WHITE_HOUSE}/`);
  });

  it('works inside an iframe: the linked event is shown, and selecting another follows the link', async () => {
    // A neighbour of the linked event, so it is rendered without scrolling the frame.
    const neighbour = oracle.events[oracle.events.indexOf(eventOf(WHITE_HOUSE)) - 1];
    if (neighbour === undefined) throw new Error('no event before the White House meeting');
    const src = `${baseUrl()}events/${WHITE_HOUSE}/?embed=1`;
    await page.setContent(`<iframe src="${src}" title="Parley" width="900" height="700"></iframe>`);
    const inner = page.frames().find((f) => f.url() === src);
    if (inner === undefined) throw new Error('the iframe did not load the link');
    await waitForTakeover(inner);
    const frame = page.frameLocator('iframe');
    await expect
      .poll(() => frame.locator(`article[data-event-id="${WHITE_HOUSE}"]`).getAttribute('aria-current'), POLL)
      .toBe('true');
    expect(await inner.title()).toContain(eventOf(WHITE_HOUSE).title);

    await frame.locator(`article[data-event-id="${neighbour.id}"] h3 button`).click();
    await expect
      .poll(() => new URL(inner.url()).pathname + new URL(inner.url()).search, POLL)
      .toBe(`${BASE_PATH}events/${neighbour.id}/?embed=1`);
    expect(await cspViolations(inner)).toEqual([]);
  });
});
