import { afterEach, describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../src/domain/filter.ts';
import type { ActorId, EventId, QuoteId } from '../../src/domain/schema.ts';
import { DEFAULT_VIEW } from '../../src/domain/view.ts';
import { selectFilters, selectTitle } from '../../src/store/selectors.ts';
import { startUrlSync } from '../../src/store/urlSync.ts';
import { loadDataset, storeWith } from '../testUtils.tsx';

const TRUMP = 'donald-trump' as ActorId;
const PUTIN = 'vladimir-putin' as ActorId;
const SUMMIT = '2025-08-15-alaska-summit' as EventId;
const SOTU = '2025-08-17-witkoff-cnn-sotu' as EventId;

describe('the view slice', () => {
  it('keeps every view key an action does not name', () => {
    const store = storeWith(loadDataset(), '/?density=compact&embed=1');
    const { actions } = store.getState();
    actions.toggleActor(TRUMP);
    actions.setMatch('all');
    actions.toggleActor(PUTIN);
    actions.selectEvent(SUMMIT);
    expect(store.getState().view).toEqual({
      ...DEFAULT_VIEW,
      eventId: SUMMIT,
      actors: [TRUMP, PUTIN],
      match: 'all',
      density: 'compact',
      embed: true,
    });
  });

  it('"Clear filters" resets the filter keys and nothing else', () => {
    const store = storeWith(loadDataset(), `/events/${SUMMIT}/?actors=donald-trump&match=all&density=compact`);
    store.getState().actions.clearFilters();
    expect(store.getState().view).toEqual({ ...DEFAULT_VIEW, eventId: SUMMIT, density: 'compact' });
  });

  it('gives the filters as one object while they stay the same, and a new one when they change', () => {
    const store = storeWith(loadDataset(), '/?actors=donald-trump');
    const before = selectFilters(store.getState());
    store.getState().actions.selectEvent(SUMMIT);
    expect(selectFilters(store.getState())).toBe(before);
    store.getState().actions.setMatch('all');
    expect(selectFilters(store.getState())).not.toBe(before);
    expect(selectFilters(store.getState())).toEqual({ ...NO_FILTERS, actors: [TRUMP], match: 'all' });
    const matchAll = selectFilters(store.getState());
    store.getState().actions.toggleTopic('sanctions');
    expect(selectFilters(store.getState())).toEqual({ ...matchAll, topics: ['sanctions'] });
  });

  it('applies a search answer only to the query it answers', () => {
    const store = storeWith(loadDataset(), '/?q=sanctions');
    expect(selectFilters(store.getState()).search).toBeNull();
    const { actions } = store.getState();
    actions.searchAnswered({ query: 'ceasefire', events: [1], quotes: [], terms: ['ceasefire'] });
    expect(selectFilters(store.getState()).search).toBeNull();
    actions.searchAnswered({ query: 'sanctions', events: [0, 2], quotes: [], terms: ['sanctions'] });
    expect(selectFilters(store.getState()).search).toEqual([0, 2]);
    actions.setQuery('  ');
    expect(selectFilters(store.getState()).search).toBeNull();
  });

  it('makes links under the base path, and shares the view on screen without the embed frame', () => {
    const store = storeWith(loadDataset(), '/parley/?actors=vladimir-putin,donald-trump&density=compact&embed=1', {
      base: '/parley/',
      origin: 'https://news.example',
    });
    const { actions } = store.getState();
    expect(actions.linkTo({})).toBe('/parley/');
    expect(actions.linkTo({ eventId: SOTU })).toBe(`/parley/events/${SOTU}/`);
    expect(actions.shareLink(SOTU, 'q-witkoff-first-time' as QuoteId)).toBe(
      `https://news.example/parley/events/${SOTU}/?actors=donald-trump,vladimir-putin&density=compact#quote-q-witkoff-first-time`,
    );
  });

  it('names the page after the selected event, or says the event was not found', () => {
    const store = storeWith(loadDataset(), `/events/${SUMMIT}/`);
    expect(selectTitle(store.getState())).toBe('Trump–Putin summit in Alaska — Talks on ending the war in Ukraine');
    const missing = storeWith(loadDataset(), '/events/2025-08-15-no-such-meeting/');
    expect(selectTitle(missing.getState())).toBe('Event not found — Talks on ending the war in Ukraine');
    expect(missing.getState().notFound?.date).toBe('2025-08-15');
  });
});

describe('urlSync', () => {
  let stop = () => undefined as void;
  afterEach(() => stop());

  it('pushes a history entry for a new event and replaces it for any other change of the view', () => {
    window.history.replaceState(null, '', '/');
    const store = storeWith(loadDataset(), '/');
    stop = startUrlSync(store);
    const { actions } = store.getState();
    const before = window.history.length;
    actions.selectEvent(SUMMIT);
    expect(window.location.pathname).toBe(`/events/${SUMMIT}/`);
    expect(window.history.length).toBe(before + 1);
    expect(document.title).toBe('Trump–Putin summit in Alaska — Talks on ending the war in Ukraine');
    actions.toggleActor(PUTIN);
    actions.setDensity('compact');
    expect(`${window.location.pathname}${window.location.search}`).toBe(
      `/events/${SUMMIT}/?actors=vladimir-putin&density=compact`,
    );
    expect(window.history.length).toBe(before + 1);
  });

  it('sets the store from the address on Back and Forward', () => {
    window.history.replaceState(null, '', '/');
    const store = storeWith(loadDataset(), '/');
    stop = startUrlSync(store);
    window.history.pushState(null, '', `/events/${SOTU}/?actors=donald-trump#quote-q-witkoff-first-time`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.getState().view).toMatchObject({ eventId: SOTU, actors: [TRUMP], quoteId: 'q-witkoff-first-time' });
  });
});
