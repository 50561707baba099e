import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ActorFilter } from '../../src/components/ActorFilter.tsx';
import { EmptyResults } from '../../src/components/EmptyResults.tsx';
import { ResultCount } from '../../src/components/ResultCount.tsx';
import { actorIdSchema } from '../../src/domain/schema.ts';
import { filtersOf, renderWithData } from '../testUtils.tsx';

// The valid fixture: Trump and Witkoff (United States, 3 events between them), Putin (Russia, 2).
// Trump: summit + three-on-three; Witkoff: three-on-three + CNN; Putin: summit + three-on-three.

function renderFilter(view?: Parameters<typeof renderWithData>[1]) {
  const result = renderWithData(
    <>
      <ActorFilter />
      <ResultCount />
    </>,
    view,
  );
  const group = screen.getByRole('group', { name: 'Filter by actor' });
  const toggle = (name: string) => within(group).getByRole('button', { name });
  return { ...result, group, toggle };
}

describe('ActorFilter', () => {
  it('is a group named "Filter by actor" with one unpressed toggle per actor, largest group first', () => {
    const { group } = renderFilter();
    const toggles = within(group).getAllByRole('button', { pressed: false });
    expect(toggles).toHaveLength(3);
    ['Donald Trump', 'Steve Witkoff', 'Vladimir Putin'].forEach((name, i) =>
      expect(toggles[i]).toHaveAccessibleName(name),
    );
    expect(
      within(group)
        .getAllByRole('heading')
        .map((h) => h.textContent),
    ).toEqual(['United States', 'Russia']);
    expect(within(group).queryByRole('button', { pressed: true })).not.toBeInTheDocument();
  });

  it('names each toggle by the actor alone and gives the event count as its description', () => {
    const { toggle } = renderFilter();
    expect(toggle('Vladimir Putin')).toHaveAccessibleName('Vladimir Putin');
    expect(toggle('Vladimir Putin')).toHaveAccessibleDescription('2 events');
  });

  it('starts with every event counted', () => {
    renderFilter();
    expect(screen.getByRole('status')).toHaveTextContent('3 of 3 events');
  });

  it('pressing a toggle filters the events and pressing it again undoes it', async () => {
    const { user, toggle } = renderFilter();
    await user.click(toggle('Vladimir Putin'));
    expect(toggle('Vladimir Putin')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('2 of 3 events');
    expect(screen.getByText('Actors (1 chosen)')).toBeInTheDocument();

    await user.click(toggle('Vladimir Putin'));
    expect(toggle('Vladimir Putin')).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('status')).toHaveTextContent('3 of 3 events');
  });

  it('switching between any and all changes the count', async () => {
    const { user, toggle, store } = renderFilter();
    await user.click(toggle('Donald Trump'));
    await user.click(toggle('Steve Witkoff'));
    const mode = screen.getByRole('group', { name: 'Show events with' });
    expect(within(mode).getByRole('radio', { name: 'any chosen actor' })).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('3 of 3 events');

    await user.click(within(mode).getByRole('radio', { name: 'all chosen actors' }));
    expect(screen.getByRole('status')).toHaveTextContent('1 of 3 events');
    expect(store.getState().view.match).toBe('all');

    await user.click(within(mode).getByRole('radio', { name: 'any chosen actor' }));
    expect(screen.getByRole('status')).toHaveTextContent('3 of 3 events');
  });

  it('offers "Clear filters" only while a filter is active, and it resets everything', async () => {
    const { user, group, toggle } = renderFilter();
    expect(within(group).queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();

    await user.click(toggle('Donald Trump'));
    await user.click(toggle('Vladimir Putin'));
    await user.click(screen.getByRole('radio', { name: 'all chosen actors' }));
    expect(screen.getByRole('status')).toHaveTextContent('2 of 3 events');

    await user.click(within(group).getByRole('button', { name: 'Clear filters' }));
    expect(within(group).getAllByRole('button', { pressed: false })).toHaveLength(3);
    expect(screen.getByRole('radio', { name: 'any chosen actor' })).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('3 of 3 events');
    expect(within(group).queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
  });

  it('shows a filter set elsewhere (a link, a quote) as pressed', () => {
    const { toggle } = renderFilter({ view: { actors: [actorIdSchema.parse('steve-witkoff')], match: 'any' } });
    expect(toggle('Steve Witkoff')).toHaveAttribute('aria-pressed', 'true');
    expect(toggle('Donald Trump')).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('status')).toHaveTextContent('2 of 3 events');
  });
});

describe('EmptyResults', () => {
  const ids = (...a: string[]) => a.map((s) => actorIdSchema.parse(s));

  it('names the chosen actors and the mode, and clears the filters', async () => {
    const { user, store } = renderWithData(<EmptyResults />, {
      view: { actors: ids('donald-trump', 'steve-witkoff'), match: 'all' },
    });
    expect(screen.getByRole('heading', { name: 'No events match these filters' })).toBeInTheDocument();
    expect(screen.getByText('There are no events with Donald Trump and Steve Witkoff.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(filtersOf(store)).toEqual({ actors: [], match: 'any' });
  });

  it.each([
    {
      actors: ['vladimir-putin', 'steve-witkoff'],
      match: 'any' as const,
      text: 'There are no events with Vladimir Putin or Steve Witkoff.',
    },
    { actors: ['vladimir-putin'], match: 'all' as const, text: 'There are no events with Vladimir Putin.' },
    { actors: ['keir-starmer'], match: 'any' as const, text: 'There are no events with keir-starmer.' },
    {
      actors: ['vladimir-putin'],
      match: 'any' as const,
      topics: ['sanctions', 'energy'] as const,
      text: 'There are no events with Vladimir Putin, on sanctions or energy.',
    },
  ])('says "$text"', ({ actors, match, text, ...rest }) => {
    const topics = 'topics' in rest ? [...rest.topics] : [];
    renderWithData(<EmptyResults />, { view: { actors: ids(...actors), match, topics } });
    expect(screen.getByText(text)).toBeInTheDocument();
  });
});
