import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Timeline } from '../../src/components/Timeline.tsx';
import { EventCard } from '../../src/components/EventCard.tsx';
import { DensityControl } from '../../src/components/DensityControl.tsx';
import { loadDataset, renderWithData } from '../testUtils.tsx';
import type { ActorId, EventId } from '../../src/domain/schema.ts';
import { buildDataset, eventById } from '../../src/domain/dataset.ts';
import { generateDataset } from '../../scripts/lib/generateDataset.ts';

const ds = loadDataset();
const summit = eventById(ds, '2025-08-15-alaska-summit' as EventId);
if (summit === undefined) throw new Error('fixture changed: no summit');

describe('EventCard', () => {
  it('is an article named by its title, with a machine-readable venue time', () => {
    renderWithData(<EventCard event={summit} selected={false} active onOpen={() => undefined} />);
    const card = screen.getByRole('article', { name: 'Trump–Putin summit in Alaska' });
    const time = card.querySelector('time');
    expect(time).toHaveAttribute('datetime', '2025-08-15T11:00-08:00');
    expect(time).toHaveTextContent('Fri 15 Aug 2025, 11:00 AKDT');
    expect(within(card).getByText('(scheduled time)')).toBeInTheDocument();
    expect(within(card).getByRole('list', { name: 'Participants' })).toHaveTextContent('Donald Trump (host)');
    expect(within(card).getByRole('list', { name: 'Participants' })).toHaveTextContent('Vladimir Putin (guest)');
    expect(within(card).getByText('Joint Base Elmendorf-Richardson, Anchorage, Alaska')).toBeInTheDocument();
  });

  it('leads with the time, then the headline, the summary and who, and leaves the date to its day heading', () => {
    renderWithData(<EventCard event={summit} selected={false} active onOpen={() => undefined} />);
    const card = screen.getByRole('article', { name: 'Trump–Putin summit in Alaska' });
    const dateline = card.querySelector('.event-dateline');
    // The date is in the <time> for screen readers, but only the time shows under the day heading.
    expect(dateline).toHaveTextContent(/^Fri 15 Aug 2025, 11:00 AKDT \(scheduled time\) · Summit · Joint Base/);
    expect(within(card).getByText('Fri 15 Aug 2025,')).toHaveClass('visually-hidden');
    const order = [...card.children].map((el) => el.className || el.tagName.toLowerCase());
    expect(order.slice(0, 4)).toEqual(['event-dateline', 'event-title', 'summary', 'chips']);
    expect(within(card).getByRole('heading', { level: 3 })).toHaveClass('event-title');
  });

  it('says the status only when the event did not simply take place, and verification only when not confirmed', () => {
    const { unmount } = renderWithData(<EventCard event={summit} selected={false} active onOpen={() => undefined} />);
    const plain = screen.getByRole('article');
    expect(plain).not.toHaveTextContent(/took place|confirmed|occurred/i);
    unmount();
    const postponed = { ...summit, status: 'postponed' as const, verification: 'reported' as const };
    renderWithData(<EventCard event={postponed} selected={false} active onOpen={() => undefined} />);
    const card = screen.getByRole('article');
    expect(within(card).getByText('Postponed')).toBeInTheDocument();
    expect(within(card).getByText('Reported by one source')).toBeInTheDocument();
  });

  it('shows its sources as one footnote line that opens into the numbered list', async () => {
    const sotu = eventById(ds, '2025-08-17-witkoff-cnn-sotu' as EventId);
    if (sotu === undefined) throw new Error('fixture changed');
    const { user } = renderWithData(<EventCard event={sotu} selected={false} active onOpen={() => undefined} />);
    const card = screen.getByRole('article');
    const line = within(card).getByText('Sources: Associated Press, IFP News');
    const note = line.closest('details');
    expect(note).not.toHaveAttribute('open');
    expect(note?.querySelector('ol')).not.toBeVisible();
    await user.click(line);
    expect(note).toHaveAttribute('open');
    const items = within(note as HTMLElement).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Associated Press: .*Witkoff/),
      // The description already names the outlet; the note "(headline not recorded)" is left out.
      "IFP News report on Witkoff's CNN interview",
    ]);
  });

  it('lets no internal wording reach the reader', () => {
    renderWithData(<Timeline />);
    expect(screen.getAllByRole('article')).toHaveLength(ds.events.length);
    expect(document.body).not.toHaveTextContent(/not recorded|not known|unknown|No quotes recorded/i);
  });

  it('offers the reader’s own time and UTC on request', async () => {
    const { user } = renderWithData(<EventCard event={summit} selected={false} active onOpen={() => undefined} />);
    await user.click(screen.getByText('Other time zones'));
    expect(screen.getByText(/UTC: Fri 15 Aug 2025, 19:00 UTC/)).toBeVisible();
  });

  it('shows no invented time for a day-precision event', () => {
    const sotu = eventById(ds, '2025-08-17-witkoff-cnn-sotu' as EventId);
    if (sotu === undefined) throw new Error('fixture changed');
    renderWithData(<EventCard event={sotu} selected={false} active onOpen={() => undefined} />);
    const time = screen.getByRole('article').querySelector('time');
    expect(time).toHaveAttribute('datetime', '2025-08-17');
    expect(time).toHaveTextContent(/^Sun 17 Aug 2025$/);
    // Under its day heading, a card with no time of day shows none, and says nothing of it.
    expect(within(screen.getByRole('article')).getByText('Sun 17 Aug 2025')).toHaveClass('visually-hidden');
    expect(screen.getByRole('article')).not.toHaveTextContent(/time of day|not recorded/);
  });

  it('opens the event from its title and its quote button', async () => {
    const opened: string[] = [];
    const sotu = eventById(ds, '2025-08-17-witkoff-cnn-sotu' as EventId);
    if (sotu === undefined) throw new Error('fixture changed');
    const { user } = renderWithData(
      <EventCard event={sotu} selected={false} active onOpen={(id) => opened.push(id)} />,
    );
    await user.click(screen.getByRole('button', { name: "Witkoff interview on CNN's State of the Union" }));
    await user.click(screen.getByRole('button', { name: /^Show 3 quotes/ }));
    expect(opened).toEqual(['2025-08-17-witkoff-cnn-sotu', '2025-08-17-witkoff-cnn-sotu']);
  });

  it('marks the selected card in words as well as colour, unlike any label of the event', () => {
    renderWithData(
      <EventCard event={{ ...summit, verification: 'reported' }} selected active onOpen={() => undefined} />,
    );
    const card = screen.getByRole('article');
    expect(card).toHaveAttribute('aria-current', 'true');
    const mark = within(card).getByText('Selected');
    expect(mark.className).not.toBe(within(card).getByText('Reported by one source').className);
  });
});

describe('compact cards', () => {
  it('show time, title and who, and the whole card, with its date, once selected', () => {
    const { rerender } = renderWithData(
      <EventCard event={summit} selected={false} active onOpen={() => undefined} compact />,
    );
    const card = screen.getByRole('article', { name: 'Trump–Putin summit in Alaska' });
    expect(card.querySelector('time')).toHaveTextContent('Fri 15 Aug 2025, 11:00 AKDT');
    expect(card.querySelector('time')).toHaveAttribute('datetime', '2025-08-15T11:00-08:00');
    const who = within(card).getByRole('list', { name: 'Participants' });
    expect(
      within(who)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['●\u00a0Donald Trump', '●\u00a0Vladimir Putin']);
    expect(within(card).getByRole('button', { name: 'Trump–Putin summit in Alaska' })).toHaveAttribute(
      'title',
      'Trump–Putin summit in Alaska',
    );
    expect(within(card).queryByText('Joint Base Elmendorf-Richardson, Anchorage, Alaska')).not.toBeInTheDocument();
    expect(within(card).queryByRole('link')).not.toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: /^Copy link/ })).not.toBeInTheDocument();
    rerender(<EventCard event={summit} selected active onOpen={() => undefined} compact />);
    const opened = screen.getByRole('article');
    // No day heading stands above it in the compact list: the date shows.
    expect(within(opened).getByText('Fri 15 Aug 2025,')).not.toHaveClass('visually-hidden');
    expect(within(opened).getByText('Joint Base Elmendorf-Richardson, Anchorage, Alaska')).toBeInTheDocument();
    expect(within(opened).getAllByRole('link').length).toBeGreaterThan(0);
    expect(within(opened).getByRole('button', { name: /^Copy link/ })).toBeInTheDocument();
  });

  it('are chosen with "Show events as", and a small dataset starts with full cards', async () => {
    const { user } = renderWithData(
      <>
        <DensityControl />
        <Timeline />
      </>,
    );
    const full = screen.getByRole('radio', { name: 'Full cards' });
    expect(full).toBeChecked();
    const summaries = () => document.querySelectorAll('.summary').length;
    expect(summaries()).toBe(ds.events.length);
    await user.click(screen.getByRole('radio', { name: 'Compact list' }));
    expect(summaries()).toBe(0);
    expect(screen.getAllByRole('article')).toHaveLength(ds.events.length);
    // Months head the compact list; each row names its own day, so there are no day headings or breaks.
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['August 2025']);
    expect(screen.queryByText('1 day later')).not.toBeInTheDocument();
    expect(screen.getAllByRole('article').map((a) => a.querySelector('time')?.textContent)).toEqual([
      'Fri 15 Aug 2025, 11:00 AKDT',
      'Fri 15 Aug 2025, 11:26 AKDT',
      'Sun 17 Aug 2025',
    ]);
  });
});

describe('Timeline', () => {
  it('lists the events in time order under venue-local day headings', () => {
    renderWithData(<Timeline />);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Fri 15 Aug 2025',
      'Sun 17 Aug 2025',
    ]);
    expect(screen.getAllByRole('article').map((a) => a.getAttribute('data-event-id'))).toEqual(ds.columns.ids);
    expect(screen.getByText('1 day later')).toBeInTheDocument();
  });

  it('shows only the events involving the filtered actor', () => {
    const { actions } = renderWithData(<Timeline />);
    act(() => actions.setView({ actors: ['steve-witkoff' as ActorId], match: 'any' }));
    expect(screen.getAllByRole('article').map((a) => a.getAttribute('data-event-id'))).toEqual([
      '2025-08-15-three-on-three-talks',
      '2025-08-17-witkoff-cnn-sotu',
    ]);
  });

  it('moves focus between events with j/k and arrows, opens with Enter, closes with Escape', async () => {
    const { user, store } = renderWithData(<Timeline />);
    const [first, second] = screen.getAllByRole('article');
    first?.focus();
    await user.keyboard('j');
    expect(second).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(first).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getAllByRole('article').at(-1)).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(store.getState().view.eventId).toBe('2025-08-17-witkoff-cnn-sotu');
    await user.keyboard('{Escape}');
    expect(store.getState().view.eventId).toBeNull();
  });

  it('says so, and offers to clear, when no event matches', () => {
    const { actions } = renderWithData(<Timeline />);
    act(() => {
      actions.selectEvent(null);
      actions.setView({ actors: ['vladimir-putin' as ActorId, 'keir-starmer' as ActorId], match: 'all' });
    });
    expect(screen.getByRole('heading', { name: 'No events match these filters' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeInTheDocument();
  });
});

describe('the compact list of a large dataset', () => {
  const big = buildDataset(generateDataset(3_000, 11));
  const setScroll = (y: number) => {
    Object.defineProperty(window, 'scrollY', { value: y, configurable: true });
    act(() => {
      window.dispatchEvent(new Event('scroll'));
    });
  };
  const shown = () => screen.getAllByRole('article').map((a) => a.getAttribute('data-event-id'));

  it('renders about a screenful of rows, and the rows of wherever the window is scrolled to', () => {
    renderWithData(<Timeline />, { dataset: big });
    try {
      const first = shown();
      expect(first[0]).toBe(big.columns.ids[0]);
      expect(first.length).toBeGreaterThan(5);
      expect(first.length).toBeLessThan(40);
      // Rows have fixed heights (3.5rem, a month heading 2.5rem; 16 px to the rem here): 1,000 event
      // rows down is past the 900th event (fewer than 100 month headings above), and the window
      // (768 px: 14 rows) and 4 rows of overscan end before the 1,020th.
      setScroll(56 * 1_000);
      const later = shown();
      const at = (id: string | null) => big.columns.ids.indexOf(id as EventId);
      expect(at(later[0] ?? null)).toBeGreaterThan(900);
      expect(at(later.at(-1) ?? null)).toBeLessThan(1_020);
      // In order, with none left out.
      expect(later).toEqual(big.columns.ids.slice(at(later[0] ?? null), at(later[0] ?? null) + later.length));
      setScroll(0);
      expect(shown()).toEqual(first);
    } finally {
      setScroll(0);
    }
  });
});
