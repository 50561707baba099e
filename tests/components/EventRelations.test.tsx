import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/App.tsx';
import { EventCard } from '../../src/components/EventCard.tsx';
import { eventById } from '../../src/domain/dataset.ts';
import type { EventId } from '../../src/domain/schema.ts';
import { loadDataset, renderWithData, selectionOf } from '../testUtils.tsx';

const ds = loadDataset();
const talks = eventById(ds, '2025-08-15-three-on-three-talks' as EventId);
if (talks === undefined) throw new Error('fixture changed: no three-on-three talks');

describe('EventRelations', () => {
  it('names the event a card is part of, as a link that opens it', async () => {
    const { user, store } = renderWithData(
      <EventCard event={talks} selected={false} active onOpen={() => undefined} />,
      {
        dataset: ds,
      },
    );
    const card = screen.getByRole('article');
    const link = within(card).getByRole('link', { name: 'Trump–Putin summit in Alaska' });
    expect(link.closest('div')).toHaveTextContent(/^Part of:\s*Trump–Putin summit in Alaska$/);
    expect(link).toHaveAttribute('href', '/events/2025-08-15-alaska-summit/');
    await user.click(link);
    expect(selectionOf(store).eventId).toBe('2025-08-15-alaska-summit');
  });

  it('says nothing of relations an event does not have', () => {
    const summit = eventById(ds, '2025-08-15-alaska-summit' as EventId);
    if (summit === undefined) throw new Error('fixture changed');
    renderWithData(<EventCard event={summit} selected={false} active onOpen={() => undefined} />, { dataset: ds });
    expect(screen.queryByText('Part of:')).toBeNull();
    expect(screen.queryByText('Follows:')).toBeNull();
  });
});

describe('the header', () => {
  it('shows the dataset’s own title, subtitle, coverage and last update', () => {
    renderWithData(<App />, { dataset: ds });
    const header = screen.getByRole('banner');
    expect(within(header).getByRole('heading', { level: 1 })).toHaveTextContent(ds.timeline.title);
    expect(header).toHaveTextContent(ds.timeline.subtitle);
    expect(header).toHaveTextContent('1 Jan 2025 – 31 Dec 2025 · Last updated 18 Aug 2025');
    expect(within(header).getByText('18 Aug 2025')).toHaveAttribute('datetime', '2025-08-18');
  });
});
