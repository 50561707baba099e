import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PHONE_QUERY } from '../../src/hooks/mediaQueries.ts';
import { FilterBar } from '../../src/components/FilterBar.tsx';
import { filtersOf, renderWithData } from '../testUtils.tsx';

// The valid fixture: 3 events; Vladimir Putin takes part in 2 of them.
const filtersButton = () => screen.getByRole('button', { name: /^Filters/ });
const sheet = () => screen.getByRole('dialog', { name: 'Filters' });

describe('FilterBar and its sheet', () => {
  /** A phone-sized window, as the CSS breakpoint sees it (jsdom has no matchMedia of its own). */
  const onAPhone = () =>
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query === PHONE_QUERY,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }));
  afterEach(() => vi.unstubAllGlobals());

  it('opens the search in the bar on "Search", focused, and keeps it while a search is set', async () => {
    onAPhone();
    const { user, store } = renderWithData(<FilterBar />);
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
    const toggle = screen.getByRole('button', { name: 'Search' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    const box = screen.getByRole('searchbox', { name: 'Search events and quotes' });
    expect(box).toHaveFocus();
    await user.type(box, 'Rubio');
    await vi.waitFor(() => expect(store.getState().view.q).toBe('Rubio'));
    // With a search set, the box stays and the button that opens it is not needed.
    expect(screen.queryByRole('button', { name: 'Search' })).not.toBeInTheDocument();
  });

  it('shows the box at once when the page opens with a search, on a phone only', () => {
    renderWithData(<FilterBar />, { view: { q: 'sanctions' } });
    // Wider screens have the top bar's box; a second one here would only be hidden.
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
    cleanup();
    onAPhone();
    renderWithData(<FilterBar />, { view: { q: 'sanctions' } });
    expect(screen.getByRole('searchbox', { name: 'Search events and quotes' })).toHaveValue('sanctions');
  });

  it('keeps the count beside a "Filters" button, which says how many actors are chosen', () => {
    renderWithData(<FilterBar />, { view: { actors: [], match: 'any' } });
    expect(screen.getByRole('status')).toHaveTextContent('3 of 3 events');
    expect(filtersButton()).toHaveAccessibleName('Filters');
    expect(filtersButton()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('opens the filters in a dialog that takes focus, and shows a filter’s effect at once', async () => {
    const { user, store } = renderWithData(<FilterBar />);
    await user.click(filtersButton());
    const dialog = sheet();
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    expect(filtersButton()).toHaveAttribute('aria-expanded', 'true');
    expect(within(dialog).getByRole('button', { name: 'Show 3 events' })).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Vladimir Putin' }));
    expect(filtersOf(store).actors).toEqual(['vladimir-putin']);
    expect(within(dialog).getByRole('button', { name: 'Show 2 events' })).toBeInTheDocument();
    expect(within(dialog).getByRole('status')).toHaveTextContent('2 of 3 events');
    expect(filtersButton()).toHaveAccessibleName('Filters, 1 chosen');
  });

  it.each([
    ['Escape', async (user: ReturnType<typeof renderWithData>['user']) => user.keyboard('{Escape}')],
    [
      'its Close button',
      async (user: ReturnType<typeof renderWithData>['user']) =>
        user.click(within(sheet()).getByRole('button', { name: 'Close' })),
    ],
    [
      '"Show N events"',
      async (user: ReturnType<typeof renderWithData>['user']) =>
        user.click(within(sheet()).getByRole('button', { name: /^Show \d+ events$/ })),
    ],
  ])('closes with %s and gives focus back to the Filters button', async (_how, close) => {
    const { user } = renderWithData(<FilterBar />);
    await user.click(filtersButton());
    expect(sheet()).toBeInTheDocument();
    await close(user);
    await screen.findByRole('button', { name: /^Filters/ });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(filtersButton()).toHaveFocus();
    expect(filtersButton()).toHaveAttribute('aria-expanded', 'false');
  });

  it('counts one event in the singular, with "all" as with "any"', async () => {
    const { user } = renderWithData(<FilterBar />, { view: { actors: [], match: 'all' } });
    await user.click(filtersButton());
    const dialog = sheet();
    // Putin and Witkoff together: the three-on-three meeting alone.
    await user.click(within(dialog).getByRole('button', { name: 'Vladimir Putin' }));
    await user.click(within(dialog).getByRole('button', { name: 'Steve Witkoff' }));
    expect(within(dialog).getByRole('button', { name: 'Show 1 event' })).toBeInTheDocument();
  });

  it('holds the topic filter and the timeline-or-positions choice; "Show N events" and the button follow topics', async () => {
    const { user, store } = renderWithData(<FilterBar />);
    await user.click(filtersButton());
    const dialog = sheet();
    const topics = within(dialog).getByRole('group', { name: 'Filter by topic' });
    await user.click(within(topics).getByRole('button', { name: 'Security guarantees' }));
    expect(within(dialog).getByRole('button', { name: 'Show 2 events' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Vladimir Putin' }));
    expect(within(dialog).getByRole('button', { name: 'Show 1 event' })).toBeInTheDocument();
    expect(filtersButton()).toHaveAccessibleName('Filters, 2 chosen');

    await user.click(within(dialog).getByRole('button', { name: 'Positions' }));
    expect(store.getState().view.display).toBe('positions');
  });

  it('offers the view’s downloads, and Escape closes their list before the sheet', async () => {
    const { user } = renderWithData(<FilterBar />);
    await user.click(filtersButton());
    const dialog = sheet();
    await user.click(within(dialog).getByRole('button', { name: 'Vladimir Putin' }));
    await user.click(within(dialog).getByRole('button', { name: 'Download' }));
    await within(dialog).findByRole('button', { name: 'Download', expanded: true });
    expect(within(dialog).getByText('Download the 2 events shown as:')).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Calendar (.ics)' })).toBeVisible();

    await user.keyboard('{Escape}');
    expect(within(sheet()).getByRole('button', { name: 'Download', expanded: false })).toHaveFocus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(filtersButton()).toHaveFocus();
  });
});
