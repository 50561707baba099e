import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EmptyResults } from '../../src/components/EmptyResults.tsx';
import { EventCard } from '../../src/components/EventCard.tsx';
import { ResultCount } from '../../src/components/ResultCount.tsx';
import { SearchBox } from '../../src/components/SearchBox.tsx';
import { compileDataset, type TimelineEvent } from '../../src/domain/dataset.ts';
import { buildSearch } from '../../src/domain/search.ts';
import { readDataset } from '../../scripts/lib/readDataset.ts';
import { loadDataset, renderWithData } from '../testUtils.tsx';

// The valid fixture: the Alaska summit at Joint Base Elmendorf-Richardson, the three-on-three
// talks, and Witkoff on CNN with his three quotes on security guarantees.
const raw = readDataset('tests/fixtures/valid');
if (!raw.ok) throw new Error('the valid fixture does not validate');
const published = JSON.stringify(buildSearch(compileDataset(raw.dataset)));

let fetches: string[] = [];
beforeEach(() => {
  fetches = [];
  vi.stubGlobal('fetch', (url: string) => {
    fetches.push(url);
    return Promise.resolve(new Response(published, { headers: { 'Content-Type': 'application/json' } }));
  });
});
afterEach(() => vi.unstubAllGlobals());

/** The result count: the live status that says what the view shows (cards have statuses of their own). */
const resultCount = () => {
  const count = screen.getAllByRole('status').find((el) => el.classList.contains('result-count'));
  if (count === undefined) throw new Error('no result count');
  return count;
};

function renderSearch(url = '/') {
  const dataset = loadDataset();
  const summit = (dataset.events as readonly TimelineEvent[]).find((e) => e.id === '2025-08-15-alaska-summit');
  if (summit === undefined) throw new Error('the fixture has no Alaska summit');
  const result = renderWithData(
    <>
      <SearchBox />
      <ResultCount />
      <EventCard event={summit} selected={false} active onOpen={() => {}} />
      <EmptyResults />
    </>,
    { dataset, url },
  );
  const box = screen.getByRole('searchbox', { name: 'Search events and quotes' });
  return { ...result, box };
}

describe('SearchBox', () => {
  it('is a search landmark with a labelled search field, and loads nothing until it is used', () => {
    const { box } = renderSearch();
    expect(screen.getByRole('search')).toContainElement(box);
    expect(box).toHaveAttribute('type', 'search');
    expect(resultCount()).toHaveTextContent('3 of 3 events');
    expect(fetches).toEqual([]);
  });

  it('loads the index on focus, then narrows, counts and marks the matched words as the reader types', async () => {
    const { box, user, store } = renderSearch();
    await user.click(box);
    expect(fetches).toEqual(['/search.json']);
    await user.type(box, 'elmendorf');
    await waitFor(() => expect(resultCount()).toHaveTextContent('2 events and 0 quotes match “elmendorf”'));
    expect(store.getState().view.q).toBe('elmendorf');
    const marks = document.querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual(['Elmendorf']);
    expect(fetches).toHaveLength(1);
  });

  it('folds accents and capitals in the query, and finds quotes by their words and topics', async () => {
    const { box, user } = renderSearch();
    await user.type(box, 'Guarantées');
    await waitFor(() => expect(resultCount()).toHaveTextContent('2 events and 2 quotes match “Guarantées”'));
  });

  it('says when nothing matches, and "Clear search" brings every event back and empties the box', async () => {
    const { box, user, store } = renderSearch();
    await user.type(box, 'xylophone');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'No events match “xylophone”' })).toBeVisible());
    expect(resultCount()).toHaveTextContent('0 events and 0 quotes match “xylophone”');
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(store.getState().view.q).toBe('');
    expect(box).toHaveValue('');
    expect(resultCount()).toHaveTextContent('3 of 3 events');
  });

  it('finds a prefix, and a word with a typo', async () => {
    const { box, user } = renderSearch();
    await user.type(box, 'elmendrof');
    await waitFor(() => expect(resultCount()).toHaveTextContent('2 events and 0 quotes match “elmendrof”'));
    await user.clear(box);
    await user.type(box, 'witk');
    await waitFor(() => expect(resultCount()).toHaveTextContent('2 events and 3 quotes match “witk”'));
  });

  it('opens at the search of a ?q= link, answered without a keystroke', async () => {
    const { box } = renderSearch('/?q=Witkoff');
    expect(box).toHaveValue('Witkoff');
    await waitFor(() => expect(resultCount()).toHaveTextContent('2 events and 3 quotes match “Witkoff”'));
  });

  it('is focused by "/" from anywhere but a text field, and cleared by Escape', async () => {
    const { box, user, store } = renderSearch();
    const title = screen.getByRole('button', { name: 'Trump–Putin summit in Alaska' });
    title.focus();
    await user.keyboard('/');
    expect(box).toHaveFocus();
    expect(box).toHaveValue('');
    await user.type(box, 'talks');
    await waitFor(() => expect(store.getState().view.q).toBe('talks'));
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');
    expect(store.getState().view.q).toBe('');
    // "/" typed into the box is text.
    await user.type(box, 'a/b');
    expect(box).toHaveValue('a/b');
  });

  it('follows the query when it changes elsewhere (Back, a link)', async () => {
    const { box, store } = renderSearch();
    act(() => store.getState().actions.setQuery('summit'));
    expect(box).toHaveValue('summit');
    fireEvent.change(box, { target: { value: 'summit alaska' } });
    await waitFor(() => expect(store.getState().view.q).toBe('summit alaska'));
  });
});
