/**
 * The topic filter on the production build: topics narrow the timeline with the actor filter, the
 * choice is in the address (and survives a reload), and a topic chip on a card filters by its
 * topic. Expected counts come from the served dataset (./dataset.ts), never from numbers written here.
 */
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { baseUrl, expectNoA11yViolations, openApp, browserSession } from './browser.ts';
import { loadOracle, type Oracle } from './dataset.ts';
import { actorToggle, expectCount, main, visible } from './timelinePage.ts';

const POLL = { timeout: 5_000, interval: 50 } as const;

const session = browserSession();
let oracle: Oracle;
let page: Page;

const topicFilter = (p: Page) => p.getByRole('group', { name: 'Filter by topic' });
const topicToggle = (p: Page, name: string) => topicFilter(p).getByRole('button', { name, exact: true });
const onTopic = (topic: string) => oracle.events.filter((e) => (e.topics as readonly string[]).includes(topic));

beforeAll(async () => {
  oracle = await loadOracle(baseUrl());
});

beforeEach(async () => {
  page = await session.openPage();
});

describe('the topic filter', () => {
  it('narrows the events with an actor chosen, says its counts, and puts the topics in the address', async () => {
    const putin = oracle.involving('Vladimir Putin');
    const both = putin.filter((e) => (e.topics as readonly string[]).includes('ceasefire'));
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(putin.length);
    await openApp(page);

    const ceasefire = topicToggle(page, 'Ceasefire');
    await visible(ceasefire);
    expect(await ceasefire.getAttribute('aria-describedby')).not.toBeNull();
    await expect
      .poll(() => ceasefire.evaluate((el) => el.textContent), POLL)
      .toContain(String(onTopic('ceasefire').length));

    await actorToggle(page, 'Vladimir Putin').click();
    await expectCount(page, putin.length, oracle.total);
    // The counts now follow the actor chosen.
    await expect.poll(() => ceasefire.evaluate((el) => el.textContent), POLL).toContain(String(both.length));
    await ceasefire.click();
    await expectCount(page, both.length, oracle.total);
    expect(await ceasefire.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => new URL(page.url()).searchParams.get('topics'), POLL).toBe('ceasefire');
    await expectNoA11yViolations(page, 'topics-putin-ceasefire');

    // "All" of two topics: only the events on both.
    const twoTopics = onTopic('ceasefire').filter((e) => (e.topics as readonly string[]).includes('territory'));
    const withPutin = twoTopics.filter((e) => putin.includes(e));
    await topicToggle(page, 'Territory').click();
    await topicFilter(page).getByRole('radio', { name: 'all chosen topics' }).check();
    await expectCount(page, withPutin.length, oracle.total);
    await expect.poll(() => new URL(page.url()).searchParams.get('topicmatch'), POLL).toBe('all');

    // A link: the same view when the address is opened afresh.
    await openApp(page, page.url().slice(baseUrl().length), { expectEvents: withPutin.length > 0 });
    await expectCount(page, withPutin.length, oracle.total);
    expect(await topicToggle(page, 'Territory').getAttribute('aria-pressed')).toBe('true');

    await topicFilter(page).getByRole('button', { name: 'Clear topics' }).click();
    await expectCount(page, putin.length, oracle.total);
    expect(new URL(page.url()).searchParams.get('topics')).toBeNull();
  });

  it('filters by a topic from a chip on a card, pressed while chosen', async () => {
    await openApp(page);
    const card = main(page).locator('article').first();
    const title = (await card.getByRole('heading').first().textContent()) ?? '';
    const topic = oracle.eventByTitle(title.trim()).topics[0];
    if (topic === undefined) throw new Error(`"${title}" names no topic`);
    const chip = card.getByRole('list', { name: 'Topics' }).getByRole('button').first();
    const name = (await chip.getAttribute('aria-label')) ?? '';
    expect(name).toMatch(/^Filter by topic: /);
    expect(await chip.getAttribute('aria-pressed')).toBe('false');
    await chip.click();
    await expectCount(page, onTopic(topic).length, oracle.total);
    await expect.poll(() => new URL(page.url()).searchParams.get('topics'), POLL).toBe(topic);
    await expect
      .poll(
        () =>
          main(page).locator('article').first().getByRole('button', { name, exact: true }).getAttribute('aria-pressed'),
        POLL,
      )
      .toBe('true');
    await expectNoA11yViolations(page, 'topics-chip');
  });
});
