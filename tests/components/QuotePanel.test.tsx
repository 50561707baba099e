import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { QuotePanel } from '../../src/components/QuotePanel.tsx';
import { SourceLinks } from '../../src/components/SourceLinks.tsx';
import { buildDataset } from '../../src/domain/dataset.ts';
import { actorIdSchema, eventIdSchema, quoteIdSchema, sourceIdSchema } from '../../src/domain/schema.ts';
import { readDataset } from '../../scripts/lib/readDataset.ts';
import { generateDataset } from '../../scripts/lib/generateDataset.ts';
import { QUOTE_PAGE } from '../../src/components/QuoteList.tsx';
import { filtersOf, renderWithData, selectionOf } from '../testUtils.tsx';

// The valid fixture has three Witkoff quotes, all from his CNN interview, in this order.
const CNN = eventIdSchema.parse('2025-08-17-witkoff-cnn-sotu');
const CNN_TITLE = "Witkoff interview on CNN's State of the Union";
const SUMMIT = eventIdSchema.parse('2025-08-15-alaska-summit');
const actors = (...ids: string[]) => ids.map((id) => actorIdSchema.parse(id));

const panel = () => screen.getByRole('complementary', { name: 'Quotes' });
const heading = () => within(panel()).getByRole('heading', { level: 2 });
const figures = () => within(panel()).getAllByRole('figure');

describe('QuotePanel headings', () => {
  it('with nothing chosen, shows all quotes and says how many, from how many events', () => {
    renderWithData(<QuotePanel />);
    expect(heading()).toHaveTextContent('All quotes');
    expect(within(panel()).getByText('3 quotes from 1 event')).toBeInTheDocument();
    expect(figures()).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Show all quotes' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Close quotes' })).not.toBeInTheDocument();
  });

  it.each([
    {
      ids: ['steve-witkoff'],
      match: 'any',
      text: 'Quotes from events with Steve Witkoff',
      count: '3 quotes from 1 event',
    },
    {
      ids: ['steve-witkoff', 'vladimir-putin'],
      match: 'any',
      text: 'Quotes from events with Steve Witkoff or Vladimir Putin',
      count: '3 quotes from 1 event',
    },
    {
      ids: ['steve-witkoff', 'vladimir-putin'],
      match: 'all',
      text: 'Quotes from events with Steve Witkoff and Vladimir Putin',
      count: '0 quotes',
    },
    { ids: ['vladimir-putin'], match: 'any', text: 'Quotes from events with Vladimir Putin', count: '0 quotes' },
  ] as const)('with actors chosen ($match): "$text"', ({ ids, match, text, count }) => {
    renderWithData(<QuotePanel />, { view: { actors: actors(...ids), match } });
    expect(heading()).toHaveTextContent(text);
    expect(within(panel()).getByText(count)).toBeInTheDocument();
  });

  it('with topics chosen, shows the quotes of the events on them and says which topics', () => {
    renderWithData(<QuotePanel />, { view: { topics: ['nato-membership'] } });
    expect(heading()).toHaveTextContent('Quotes from events on NATO membership');
    expect(figures()).toHaveLength(3);
    renderWithData(<QuotePanel />, { view: { topics: ['diplomacy'] } });
    expect(screen.getAllByRole('heading', { level: 2 })[1]).toHaveTextContent('Quotes from events on diplomacy');
    expect(screen.getByText('No quotes are recorded at the events these filters show.')).toBeInTheDocument();
  });

  it('lists only the quotes of the events the filters show, with "all" as with "any"', () => {
    // Witkoff and Putin together: only the three-on-three meeting, where nobody is quoted.
    renderWithData(<QuotePanel />, { view: { actors: actors('steve-witkoff', 'vladimir-putin'), match: 'all' } });
    expect(within(panel()).queryByRole('figure')).not.toBeInTheDocument();
    expect(within(panel()).getByText('No quotes are recorded at the events these filters show.')).toBeInTheDocument();
  });

  it('with the events of actors who were never quoted, says so', () => {
    renderWithData(<QuotePanel />, { view: { actors: actors('vladimir-putin'), match: 'any' } });
    expect(within(panel()).getByText('No quotes are recorded at the events these filters show.')).toBeInTheDocument();
    expect(within(panel()).queryByRole('figure')).not.toBeInTheDocument();
  });

  it('says when the filters hide the selected event, and shows it again by adding one of its actors', async () => {
    const { user, store } = renderWithData(<QuotePanel />, {
      view: { eventId: CNN, actors: actors('vladimir-putin'), match: 'any' },
    });
    expect(heading()).toHaveTextContent(`Quotes at ${CNN_TITLE}`);
    expect(figures()).toHaveLength(3);
    expect(
      within(panel()).getByText(
        `“${CNN_TITLE}” is not in the timeline: the filters show only events with Vladimir Putin.`,
      ),
    ).toBeInTheDocument();
    expect(within(panel()).getByRole('button', { name: 'Clear filters' })).toBeInTheDocument();
    await user.click(within(panel()).getByRole('button', { name: 'Add Steve Witkoff to the filter' }));
    expect(filtersOf(store)).toEqual({ actors: ['vladimir-putin', 'steve-witkoff'], match: 'any' });
    expect(store.getState().jump?.eventId).toBe(CNN);
    expect(within(panel()).queryByText(/is not in the timeline/)).not.toBeInTheDocument();
  });

  it('offers to clear the filters when only that shows the hidden event', async () => {
    const { user, store } = renderWithData(<QuotePanel />, {
      view: { eventId: CNN, actors: actors('vladimir-putin'), match: 'all' },
    });
    expect(within(panel()).queryByRole('button', { name: /^Add / })).not.toBeInTheDocument();
    await user.click(within(panel()).getByRole('button', { name: 'Clear filters' }));
    expect(filtersOf(store).actors).toEqual([]);
    expect(within(panel()).queryByText(/is not in the timeline/)).not.toBeInTheDocument();
  });

  it('says when a topic filter hides the selected event, and shows it again by adding one of its topics', async () => {
    const { user, store } = renderWithData(<QuotePanel />, { view: { eventId: CNN, topics: ['diplomacy'] } });
    expect(
      within(panel()).getByText(`“${CNN_TITLE}” is not in the timeline: the filters show only events on diplomacy.`),
    ).toBeInTheDocument();
    expect(within(panel()).queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
    expect(within(panel()).getByRole('button', { name: 'Clear topics' })).toBeInTheDocument();
    await user.click(within(panel()).getByRole('button', { name: 'Add Security guarantees to the topics' }));
    expect(store.getState().view.topics).toEqual(['diplomacy', 'security-guarantees']);
    expect(store.getState().jump?.eventId).toBe(CNN);
    expect(within(panel()).queryByText(/is not in the timeline/)).not.toBeInTheDocument();
  });

  it('names the actors and the topics when both hide the event, and clears either', async () => {
    const { user, store } = renderWithData(<QuotePanel />, {
      view: { eventId: CNN, actors: actors('vladimir-putin'), match: 'any', topics: ['diplomacy'] },
    });
    expect(
      within(panel()).getByText(
        `“${CNN_TITLE}” is not in the timeline: the filters show only events with Vladimir Putin, on diplomacy.`,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show the filtered quotes' })).toBeInTheDocument();
    await user.click(within(panel()).getByRole('button', { name: 'Clear topics' }));
    expect(store.getState().view.topics).toEqual([]);
    expect(within(panel()).getByText(/the filters show only events with Vladimir Putin\.$/)).toBeInTheDocument();
  });

  it('says nothing of the filters when they show the selected event', () => {
    renderWithData(<QuotePanel />, { view: { eventId: CNN, actors: actors('steve-witkoff'), match: 'any' } });
    expect(within(panel()).queryByText(/is not in the timeline/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show the filtered quotes' })).toBeInTheDocument();
  });

  it('with an event selected, shows its quotes and a way back to all', async () => {
    const { user, store } = renderWithData(<QuotePanel />, { view: { eventId: CNN } });
    expect(heading()).toHaveTextContent(`Quotes at ${CNN_TITLE}`);
    expect(figures()).toHaveLength(3);

    await user.click(screen.getByRole('button', { name: 'Show all quotes' }));
    expect(store.getState().view.eventId).toBeNull();
    expect(heading()).toHaveTextContent('All quotes');
  });

  it('with an event that has no quotes, says so', () => {
    renderWithData(<QuotePanel />, { view: { eventId: SUMMIT } });
    expect(heading()).toHaveTextContent('Quotes at Trump–Putin summit in Alaska');
    expect(within(panel()).getByText('No quotes are recorded for this event.')).toBeInTheDocument();
    expect(within(panel()).getByText('0 quotes')).toBeInTheDocument();
  });

  it('offers "Close quotes" only when given onClose', async () => {
    const onClose = vi.fn();
    const { user } = renderWithData(<QuotePanel onClose={onClose} />);
    await user.click(screen.getByRole('button', { name: 'Close quotes' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('highlights the selected quote', () => {
    renderWithData(<QuotePanel />, { view: { eventId: CNN, quoteId: quoteIdSchema.parse('q-witkoff-first-time') } });
    const [first, second, third] = figures();
    expect(second).toHaveAttribute('aria-current', 'true');
    expect(second).toHaveAttribute('id', 'quote-q-witkoff-first-time');
    expect(second).toHaveClass('is-current');
    expect(first).not.toHaveAttribute('aria-current');
    expect(third).not.toHaveAttribute('aria-current');
  });
});

describe('QuoteFigure', () => {
  const figure = (id: string) => {
    const found = figures().find((f) => f.id === `quote-${id}`);
    if (found === undefined) throw new Error(`no figure for ${id}`);
    return found;
  };

  it('holds the words in a blockquote and the facts in the caption', () => {
    renderWithData(<QuotePanel />);
    const f = figure('q-witkoff-first-time');
    expect(within(f).getByRole('blockquote')).toHaveTextContent(
      'was the first time we had ever heard the Russians agree to that',
    );
    const caption = f.querySelector('figcaption');
    expect(caption).toHaveTextContent('Steve Witkoff, U.S. special envoy');
    expect(within(f).getByText('17 Aug 2025')).toHaveAttribute('datetime', '2025-08-17');
    expect(within(f).getByRole('button', { name: `Go to event: ${CNN_TITLE}` })).toHaveTextContent(CNN_TITLE);
  });

  it('shows the reporting chain, the wording and the verification in words', () => {
    renderWithData(<QuotePanel />);
    const f = figure('q-witkoff-first-time');
    expect(f).toHaveTextContent('said on CNN State of the Union → quoted by Associated Press');
    expect(within(f).getByText('As reported by an outlet')).toBeInTheDocument();
    expect(within(f).getByText('Single source')).toBeInTheDocument();
    expect(within(f).getByText(/Reported by one source/)).toBeInTheDocument();
  });

  it('links a source with a URL, safely, in a new tab', () => {
    renderWithData(<QuotePanel />);
    const link = within(figure('q-witkoff-first-time')).getByRole('link', {
      name: /^AP report on Witkoff's interview/,
    });
    expect(link).toHaveAttribute('href', 'https://chachara.club/post/236653/563295');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAccessibleName(/\(opens in a new tab\)$/);
  });

  it('names a source without a URL as text, not a link', () => {
    renderWithData(<QuotePanel />);
    const f = figure('q-witkoff-legislative-enshrinement');
    // The headline was not kept: the source is named by what it is, with no placeholder.
    expect(within(f).getByText("IFP News report on Witkoff's CNN interview")).toBeInTheDocument();
    expect(f).not.toHaveTextContent('not recorded');
    expect(within(f).queryByRole('link')).not.toBeInTheDocument();
  });

  it('lists other wordings with their sources and note, and labels the origin article', () => {
    renderWithData(<QuotePanel />);
    const f = figure('q-witkoff-game-changing');
    expect(within(f).getByText('Other wordings')).toBeInTheDocument();
    const [, variant] = within(f).getAllByRole('blockquote');
    expect(variant).toHaveTextContent('These are robust security guarantees that I would describe as game changing');
    expect(within(f).getByText("The article's wording; not found in any other source read.")).toBeInTheDocument();
    // The origin article is said to be one once, and no internal wording ("outlet not known") reaches the reader.
    expect(f).toHaveTextContent('The article the project started from');
    expect(f).not.toHaveTextContent('outlet not known');
  });

  it('"Go to event" selects the event and the quote', async () => {
    const { user, store } = renderWithData(<QuotePanel />);
    const f = figure('q-witkoff-legislative-enshrinement');
    await user.click(within(f).getByRole('button', { name: `Go to event: ${CNN_TITLE}` }));
    expect(selectionOf(store)).toEqual({
      eventId: CNN,
      quoteId: 'q-witkoff-legislative-enshrinement',
    });
    expect(heading()).toHaveTextContent(`Quotes at ${CNN_TITLE}`);
    expect(figure('q-witkoff-legislative-enshrinement')).toHaveAttribute('aria-current', 'true');
  });

  it('"Filter by <name>" filters by the speaker', async () => {
    const { user, store } = renderWithData(<QuotePanel />);
    const f = figure('q-witkoff-first-time');
    await user.click(within(f).getByRole('button', { name: 'Filter by Steve Witkoff' }));
    expect(filtersOf(store)).toEqual({ actors: ['steve-witkoff'], match: 'any' });
    expect(heading()).toHaveTextContent('Quotes from events with Steve Witkoff');
  });
});

describe('quote edge cases', () => {
  /** The fixture with one quote moved off its event and its AP source turned into a copy of TASS. */
  function editedDataset() {
    const read = readDataset('tests/fixtures/valid');
    if (!read.ok) throw new Error('fixture invalid');
    const raw = structuredClone(read.dataset);
    delete raw.quotes[1]!.eventId;
    raw.sources[1] = { ...raw.sources[1]!, copyOf: sourceIdSchema.parse('tass-2025-08-16-summit-brief') };
    return buildDataset(raw);
  }

  it('says where and when is not known for a quote with no event, and labels copies', () => {
    renderWithData(<QuotePanel />, { dataset: editedDataset() });
    const f = figures().find((x) => x.id === 'quote-q-witkoff-first-time')!;
    expect(within(f).getByText('not known')).toBeInTheDocument();
    expect(within(f).queryByRole('button', { name: /^Go to event/ })).not.toBeInTheDocument();
    expect(f).toHaveTextContent('(copy of TASS)');
  });

  it('labels state media in a source list', () => {
    renderWithData(<SourceLinks sourceIds={[sourceIdSchema.parse('tass-2025-08-16-summit-brief')]} />);
    const item = screen.getByRole('listitem');
    expect(item).toHaveTextContent(/^TASS: IN BRIEF: .*\(state media\)$/);
    expect(within(item).getByRole('link')).toHaveAttribute(
      'href',
      'https://finland.news-pravda.com/en/world/2025/08/16/8356.html',
    );
  });
});

describe('a long list of quotes', () => {
  // About one event in eight has a quote: some 500 quotes, over 30 for each of the 12 actors.
  const big = () => buildDataset(generateDataset(4000, 7));

  it('shows a page of quotes and adds a page at each "Show more quotes"', async () => {
    const dataset = big();
    const total = dataset.quotes.length;
    const { user } = renderWithData(<QuotePanel />, { dataset });
    expect(within(panel()).getByText(new RegExp(`^${total} quotes( from|:)`))).toBeInTheDocument();
    expect(figures()).toHaveLength(QUOTE_PAGE);
    expect(within(panel()).getByText(`Showing ${QUOTE_PAGE} of ${total}`)).toBeInTheDocument();
    await user.click(within(panel()).getByRole('button', { name: `Show ${QUOTE_PAGE} more quotes` }));
    expect(figures()).toHaveLength(2 * QUOTE_PAGE);
  });

  // A few hundred figures in jsdom: seconds on a busy machine.
  it('shows enough of the list to include a highlighted quote far down it', { timeout: 20_000 }, () => {
    const dataset = big();
    const last = dataset.quotes[dataset.quotes.length - 1]!;
    renderWithData(<QuotePanel />, { dataset, view: { quoteId: last.id } });
    expect(figures().length).toBeGreaterThan(QUOTE_PAGE);
    expect(
      within(panel())
        .getAllByRole('figure')
        .some((f) => f.id === `quote-${last.id}`),
    ).toBe(true);
  });

  it('starts again at one page when the view changes', async () => {
    const dataset = big();
    const { user, actions } = renderWithData(<QuotePanel />, { dataset });
    await user.click(within(panel()).getByRole('button', { name: /^Show \d+ more quotes$/ }));
    const actor = dataset.actors[0]!;
    expect(dataset.quotes.filter((q) => q.speakerId === actor.id).length).toBeGreaterThan(QUOTE_PAGE);
    act(() => actions.setView({ actors: [actor.id], match: 'any' }));
    expect(heading()).toHaveTextContent(`Quotes from events with ${actor.name}`);
    expect(figures()).toHaveLength(QUOTE_PAGE);
  });
});
