import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ActorFilter } from '../../src/components/ActorFilter.tsx';
import { EventCard } from '../../src/components/EventCard.tsx';
import { ResultCount } from '../../src/components/ResultCount.tsx';
import { TopicFilter } from '../../src/components/TopicFilter.tsx';
import { actorIdSchema } from '../../src/domain/schema.ts';
import { loadDataset, renderWithData } from '../testUtils.tsx';

// The valid fixture: the Alaska summit (Trump, Putin; ceasefire, security guarantees, territory),
// the three-on-three talks (Trump, Putin, Witkoff; diplomacy) and Witkoff on CNN (Witkoff;
// security guarantees, NATO membership).

function renderFilter(view?: Parameters<typeof renderWithData>[1]) {
  const result = renderWithData(
    <>
      <ActorFilter />
      <TopicFilter />
      <ResultCount />
    </>,
    view,
  );
  const group = screen.getByRole('group', { name: 'Filter by topic' });
  const toggle = (name: string) => within(group).getByRole('button', { name });
  return { ...result, group, toggle };
}

describe('TopicFilter', () => {
  it('is a group named "Filter by topic" with one unpressed toggle per topic the events name, with its count', () => {
    const { group, toggle } = renderFilter();
    const list = within(group).getByRole('list', { name: 'Topics' });
    expect(
      within(list)
        .getAllByRole('button')
        .map((b) => b.textContent?.replace(/\d+.*$/, '')),
    ).toEqual(['Ceasefire', 'Territory', 'Security guarantees', 'NATO membership', 'Diplomacy']);
    expect(within(group).queryByRole('button', { pressed: true })).not.toBeInTheDocument();
    expect(toggle('Security guarantees')).toHaveAccessibleDescription('2 events');
    expect(toggle('Diplomacy')).toHaveAccessibleDescription('1 event');
    expect(within(group).queryByRole('button', { name: 'Sanctions' })).not.toBeInTheDocument();
  });

  it('narrows the events to a chosen topic, puts it in the view, and a second press undoes it', async () => {
    const { user, toggle, store } = renderFilter();
    await user.click(toggle('Security guarantees'));
    expect(toggle('Security guarantees')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('2 of 3 events');
    expect(store.getState().view.topics).toEqual(['security-guarantees']);

    await user.click(toggle('Security guarantees'));
    expect(toggle('Security guarantees')).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('status')).toHaveTextContent('3 of 3 events');
  });

  it('matches any or all of the chosen topics', async () => {
    const { user, toggle, store } = renderFilter();
    await user.click(toggle('Security guarantees'));
    await user.click(toggle('NATO membership'));
    const mode = screen.getByRole('group', { name: 'Show events on' });
    expect(within(mode).getByRole('radio', { name: 'any chosen topic' })).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('2 of 3 events');

    await user.click(within(mode).getByRole('radio', { name: 'all chosen topics' }));
    expect(screen.getByRole('status')).toHaveTextContent('1 of 3 events');
    expect(store.getState().view.topicMatch).toBe('all');
    // The actors' own choice is untouched.
    expect(screen.getByRole('radio', { name: 'any chosen actor' })).toBeChecked();
  });

  it('combines with the actor filter, and its counts follow the actors chosen', async () => {
    const { user, toggle } = renderFilter();
    await user.click(screen.getByRole('button', { name: 'Vladimir Putin' }));
    expect(screen.getByText('Counts are of the events the other filters show.')).toBeInTheDocument();
    // The counts follow once the filtered timeline has been painted.
    await waitFor(() => expect(toggle('Security guarantees')).toHaveAccessibleDescription('1 event'));
    expect(toggle('NATO membership')).toHaveAccessibleDescription('0 events');

    await user.click(toggle('Security guarantees'));
    expect(screen.getByRole('status')).toHaveTextContent('1 of 3 events');
  });

  it('offers "Clear topics" only while a topic is chosen, and it leaves the actors chosen', async () => {
    const { user, group, toggle, store } = renderFilter({
      view: { actors: [actorIdSchema.parse('steve-witkoff')], match: 'any' },
    });
    expect(within(group).queryByRole('button', { name: 'Clear topics' })).not.toBeInTheDocument();
    await user.click(toggle('Diplomacy'));
    expect(screen.getByRole('status')).toHaveTextContent('1 of 3 events');

    await user.click(within(group).getByRole('button', { name: 'Clear topics' }));
    expect(store.getState().view.topics).toEqual([]);
    expect(store.getState().view.actors).toEqual(['steve-witkoff']);
    expect(screen.getByRole('status')).toHaveTextContent('2 of 3 events');
  });
});

describe('Topic chips on a card', () => {
  it('are buttons that filter by their topic, pressed while it is chosen', async () => {
    const dataset = loadDataset();
    const event = dataset.events.find((e) => e.id === '2025-08-17-witkoff-cnn-sotu');
    if (event === undefined) throw new Error('fixture event missing');
    const { user, store } = renderWithData(
      <>
        <EventCard event={event} selected={false} active onOpen={() => {}} />
        <ResultCount />
      </>,
    );
    const topics = screen.getByRole('list', { name: 'Topics' });
    const chip = within(topics).getByRole('button', { name: 'Filter by topic: NATO membership' });
    expect(chip).toHaveTextContent('NATO membership');
    expect(chip).toHaveAttribute('aria-pressed', 'false');

    await user.click(chip);
    expect(store.getState().view.topics).toEqual(['nato-membership']);
    expect(chip).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('1 of 3 events')).toHaveClass('result-count');
  });
});
