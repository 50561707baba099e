import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DisplayToggle } from '../../src/components/DisplayToggle.tsx';
import { PositionsView } from '../../src/components/PositionsView.tsx';
import { actorIdSchema } from '../../src/domain/schema.ts';
import type { View } from '../../src/domain/view.ts';
import { datasetWithStances } from '../positionsFixture.ts';
import { renderWithData } from '../testUtils.tsx';

// Witkoff's three quotes at his CNN interview, 17 Aug 2025: supports, then describes, security
// guarantees; conditional on territory.
const dataset = datasetWithStances();

function renderPositions(view?: Partial<View>) {
  return renderWithData(
    <>
      <DisplayToggle />
      <PositionsView />
    </>,
    { dataset, url: '/?view=positions', ...(view === undefined ? {} : { view }) },
  );
}

describe('PositionsView', () => {
  it('is a table with a caption, topics as column headers and actors as row headers', () => {
    renderPositions();
    const table = screen.getByRole('table', {
      name: 'Stances of 3 quotes by 1 actor on 2 topics, as Parley reads the quoted words',
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Security guarantees', 'Territory']);
    expect(within(table).getByRole('rowheader')).toHaveTextContent('Steve Witkoff');
    expect(screen.getByText(/Parley’s editorial reading of the quoted words/)).toBeInTheDocument();
  });

  it('names every mark by its stance and date, in time order', () => {
    renderPositions();
    const strip = screen.getByRole('list', { name: 'Steve Witkoff on security guarantees, in time order' });
    expect(
      within(strip)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['supports, 17 Aug 2025', 'describes, 17 Aug 2025']);
  });

  it('opens a cell’s quotes in a dialog, in order, each with its stance, note, words and event', async () => {
    const { user } = renderPositions();
    const open = screen.getByRole('button', { name: '2 quotes by Steve Witkoff on security guarantees' });
    await user.click(open);
    const dialog = screen.getByRole('dialog', { name: 'Steve Witkoff on security guarantees' });
    expect(dialog).toHaveAccessibleDescription(/^Steve Witkoff on security guarantees: supports .* describes/);
    const quotes = within(dialog)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('position-quote'));
    expect(quotes).toHaveLength(2);
    expect(quotes[0]).toHaveTextContent(/supports: Article 5-style protection · 17 Aug 2025/);
    expect(within(quotes[0] as HTMLElement).getByRole('link', { name: /^Go to the event/ })).toHaveAttribute(
      'href',
      expect.stringContaining('2025-08-17-witkoff-cnn-sotu'),
    );
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Close' }));

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(document.activeElement).toBe(open);
  });

  it('follows a quote to its event in the timeline', async () => {
    const { user, store } = renderPositions();
    await user.click(screen.getByRole('button', { name: '1 quote by Steve Witkoff on territory' }));
    await user.click(screen.getByRole('link', { name: /^Go to the event/ }));
    const { display, eventId, quoteId } = store.getState().view;
    expect({ display, eventId, quoteId }).toEqual({
      display: 'timeline',
      eventId: '2025-08-17-witkoff-cnn-sotu',
      quoteId: 'q-witkoff-legislative-enshrinement',
    });
    expect(screen.getByRole('button', { name: 'Timeline' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('follows the filters: chosen topics are its columns, chosen actors its rows', () => {
    renderPositions({ topics: ['territory'], actors: [actorIdSchema.parse('steve-witkoff')] });
    const table = screen.getByRole('table', { name: /^Stances of 1 quote by 1 actor on 1 topic in the filtered view/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Territory']);
  });

  it('says so when no quote in the view carries a stance', () => {
    renderPositions({ actors: [actorIdSchema.parse('vladimir-putin')] });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText(/No quote in this view carries a stance/)).toBeInTheDocument();
  });
});

describe('DisplayToggle', () => {
  it('is two toggle buttons, the display on view pressed', async () => {
    const { user, store } = renderWithData(<DisplayToggle />, { dataset });
    const group = screen.getByRole('group', { name: 'Show the events as' });
    expect(within(group).getByRole('button', { name: 'Timeline' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(group).getByRole('button', { name: 'Positions' }));
    expect(store.getState().view.display).toBe('positions');
    expect(within(group).getByRole('button', { name: 'Positions' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(group).getByRole('button', { name: 'Timeline' })).toHaveAttribute('aria-pressed', 'false');
  });
});
