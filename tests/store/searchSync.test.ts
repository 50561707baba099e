import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileDataset } from '../../src/domain/dataset.ts';
import { buildSearch } from '../../src/domain/search.ts';
import { selectAnswer, selectSearchTerms, startSearchSync } from '../../src/store/searchSlice.ts';
import { selectFilters } from '../../src/store/selectors.ts';
import type { ParleyStore } from '../../src/store/store.ts';
import { readDataset } from '../../scripts/lib/readDataset.ts';
import { loadDataset, storeWith } from '../testUtils.tsx';

const raw = readDataset('tests/fixtures/valid');
if (!raw.ok) throw new Error('the valid fixture does not validate');
const published = JSON.stringify(buildSearch(compileDataset(raw.dataset)));

beforeEach(() => {
  vi.stubGlobal('fetch', () =>
    Promise.resolve(new Response(published, { headers: { 'Content-Type': 'application/json' } })),
  );
});
afterEach(() => vi.unstubAllGlobals());

/** Resolves once the store holds the answer to `q`. */
const answered = (store: ParleyStore, q: string) =>
  vi.waitFor(() => expect(selectAnswer(store.getState())?.query).toBe(q));

describe('the search sync', () => {
  it('keeps the last matches on screen while the next query is answered, and none once the search is cleared', async () => {
    const store = storeWith(loadDataset(), '/');
    const stop = startSearchSync(store);
    const { actions } = store.getState();
    actions.setQuery('elmendorf');
    await answered(store, 'elmendorf');
    const elmendorf = selectFilters(store.getState()).search;
    expect(elmendorf?.length).toBeGreaterThan(0);

    // The next keystroke: until its answer is in, the list keeps the last matches and their words,
    // and the count is not yet said to be the new query's.
    actions.setQuery('witkoff');
    expect(selectFilters(store.getState()).search).toBe(elmendorf);
    expect(selectSearchTerms(store.getState())).toEqual(store.getState().searchHits?.terms);
    expect(selectAnswer(store.getState())).toBeNull();
    await answered(store, 'witkoff');
    expect(selectFilters(store.getState()).search).not.toEqual(elmendorf);

    // A cleared search shows every event; a later query starts from none, not from an old answer.
    actions.setQuery('');
    expect(selectFilters(store.getState()).search).toBeNull();
    actions.setQuery('summit');
    expect(selectFilters(store.getState()).search).toBeNull();
    await answered(store, 'summit');
    expect(selectFilters(store.getState()).search?.length).toBeGreaterThan(0);
    stop();
  });
});
