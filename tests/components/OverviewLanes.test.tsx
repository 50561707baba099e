import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Overview } from '../../src/components/Overview.tsx';
import { buildDataset } from '../../src/domain/dataset.ts';
import { readDataset } from '../../scripts/lib/readDataset.ts';
import { loadDataset, renderWithData, selectionOf } from '../testUtils.tsx';

// The bundled dataset: 104 events, sixteen affiliations, so most are folded under "Others".
const ds = loadDataset('data');

const chart = () => screen.getByRole('group', { name: 'Events by affiliation over time' });
const lanes = () =>
  within(chart())
    .getAllByRole('group')
    .map((g) => g.getAttribute('aria-label'));

describe('Overview', () => {
  it('draws a handful of lanes, the principal affiliations first, the rest under "Others"', () => {
    renderWithData(<Overview dataset={ds} />, { dataset: ds });
    expect(lanes()).toEqual(['United States', 'Ukraine', 'Russia', 'Germany', 'Others']);
  });

  it('shows every affiliation on "Show all lanes", saying the button is pressed', async () => {
    const { user } = renderWithData(<Overview dataset={ds} />, { dataset: ds });
    const button = screen.getByRole('button', { name: 'Show all lanes' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'true');
    // Every affiliation with events (one actor's affiliation has none).
    expect(lanes()).toHaveLength(15);
    expect(lanes()).toContain('Finland');
    expect(lanes()).not.toContain('Others');
    await user.click(button);
    expect(lanes()).toHaveLength(5);
  });

  it('names each mark by its lane, dates, kind and event', () => {
    renderWithData(<Overview dataset={ds} />, { dataset: ds });
    const marks = within(chart()).getAllByRole('button');
    expect(marks.length).toBeGreaterThan(20);
    // Every mark has a name that starts with its lane and its date.
    for (const m of marks)
      expect(m).toHaveAccessibleName(/^(United States|Ukraine|Russia|Germany|Others), \d{1,2} \w{3} \d{4}/);
    const single = marks
      .map((m) => m.getAttribute('aria-label') ?? '')
      .find((n) => /: (Phone call|Bilateral meeting), /.test(n));
    expect(single).toBeDefined();
    const several = marks
      .map((m) => m.getAttribute('aria-label') ?? '')
      .find((n) => / – .*: \d+ events; opens /.test(n));
    expect(several).toBeDefined();
  });

  it('is one tab stop: the arrows move between marks and Enter opens the mark’s event', async () => {
    const { user, store } = renderWithData(<Overview dataset={ds} />, { dataset: ds });
    const marks = within(chart()).getAllByRole('button');
    expect(marks.filter((m) => m.tabIndex === 0)).toHaveLength(1);
    const first = marks.find((m) => m.tabIndex === 0);
    act(() => first?.focus());
    // The readout beside the chart names the focused mark.
    expect(screen.getByText(first?.getAttribute('aria-label') ?? '-')).toHaveClass('overview-readout');
    await user.keyboard('{ArrowRight}');
    const second = document.activeElement;
    expect(second).not.toBe(first);
    expect(second).toHaveAttribute('tabindex', '0');
    expect(first).toHaveAttribute('tabindex', '-1');
    await user.keyboard('{ArrowDown}');
    const below = document.activeElement;
    expect(below?.getAttribute('aria-label')).toMatch(/^Ukraine, /);
    await user.keyboard('{Enter}');
    const opened = selectionOf(store).eventId;
    expect(opened).not.toBeNull();
    // The event opened is the mark's: its title is in the mark's name (details are all here).
    const title = ds.events.find((e) => e.id === opened)?.title ?? '-';
    expect(below?.getAttribute('aria-label')).toContain(title);
    expect(store.getState().jump?.eventId).toBe(opened);
    // The marks holding the opened event say so.
    const current = within(chart())
      .getAllByRole('button')
      .filter((m) => m.getAttribute('aria-current') === 'true');
    expect(current.length).toBeGreaterThan(0);
    expect(current).toContain(below);
  });

  it('zooms to a period, and the timeline is asked to go to its first event', async () => {
    const { user, store } = renderWithData(<Overview dataset={ds} />, { dataset: ds });
    const all = screen.getByRole('button', { name: 'All' });
    expect(all).toHaveAttribute('aria-pressed', 'true');
    const quarter = screen.getByRole('button', { name: /^Jul–Sep 2025, \d+ events$/ });
    expect(quarter).toHaveAttribute('aria-pressed', 'false');
    await user.click(quarter);
    expect(screen.getByRole('button', { name: 'Jul–Sep 2025', pressed: true })).toBeInTheDocument();
    expect(all).toHaveAttribute('aria-pressed', 'false');
    const group = screen.getByRole('group', { name: 'Events by affiliation, 1 Jul 2025 – 30 Sep 2025' });
    const firstInQuarter = ds.events.find((e) => e.startMs >= Date.UTC(2025, 6, 1));
    expect(store.getState().jump?.eventId).toBe(firstInQuarter?.id);
    // Zoomed in, the periods are the quarter's months.
    expect(screen.getByRole('button', { name: /^August 2025, \d+ events$/ })).toBeInTheDocument();
    for (const m of within(group).getAllByRole('button')) expect(m).toHaveAccessibleName(/ (Jul|Aug|Sep) 2025/);
    await user.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(
      screen.getByRole('button', { name: /^\d+ \w{3} 2025 – \d+ \w{3} 2025$/, pressed: true }),
    ).toBeInTheDocument();
    await user.click(all);
    expect(all).toHaveAttribute('aria-pressed', 'true');
    expect(chart()).toBeInTheDocument();
  });

  it('has a text alternative: how many events, over which dates, the busiest month and each lane', () => {
    renderWithData(<Overview dataset={ds} />, { dataset: ds });
    expect(chart()).toHaveAccessibleDescription(
      /^104 events from \d+ \w{3} 2025 to 15 Jun 2026; busiest month: \w+ \d{4} \(\d+ events\)\. Events per lane: United States, \d+; /,
    );
  });

  it('says how many events match when a filter is on, and marks the rest as outside it', () => {
    renderWithData(<Overview dataset={ds} />, { dataset: ds, url: '/?actors=viktor-orban' });
    expect(chart()).toHaveAccessibleDescription(/^2 of 104 events match the filters, from /);
    expect(within(chart()).getAllByRole('button', { name: /\(outside the filters\)/ }).length).toBeGreaterThan(5);
  });

  it('explains its shapes in a legend', () => {
    renderWithData(<Overview dataset={ds} />, { dataset: ds });
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Meeting or summit',
      'Call or video call',
      'Statement or post',
      'Decision or document',
      'Other event',
      'Several events',
      'Outside the filters',
    ]);
  });
});

describe('the overview’s shapes', () => {
  const legend = () => screen.getByRole('list', { name: 'Legend' });
  /** A shape as drawn whatever its size and place: its element, its classes and its path's commands. */
  const shapeOf = (root: Element) => {
    const el = root.querySelector('.mark-shape');
    if (el === null) throw new Error('no shape drawn');
    return `${el.tagName} ${el.getAttribute('class') ?? ''} ${(el.getAttribute('d') ?? '').replace(/[^A-Za-z]/g, '')}`;
  };
  const swatch = (label: string) => shapeOf(within(legend()).getByText(label).closest('li') ?? legend());
  const FAMILIES = [
    'Meeting or summit',
    'Call or video call',
    'Statement or post',
    'Decision or document',
    'Other event',
  ];

  it('gives each family of kinds, "other" among them, a shape of its own', () => {
    renderWithData(<Overview dataset={ds} />, { dataset: ds });
    expect(new Set(FAMILIES.map(swatch)).size).toBe(FAMILIES.length);
  });

  it('draws an event of a kind the vocabulary does not name with the legend’s "Other event" shape', () => {
    const read = readDataset('tests/fixtures/valid');
    if (!read.ok) throw new Error('fixture invalid');
    const raw = structuredClone(read.dataset);
    const sotu = raw.events.find((e) => e.id === '2025-08-17-witkoff-cnn-sotu');
    if (sotu === undefined) throw new Error('fixture changed: no Witkoff interview');
    sotu.kind = 'other';
    const dataset = buildDataset(raw);
    renderWithData(<Overview dataset={dataset} />, { dataset });
    const mark = within(chart()).getByRole('button', { name: (n) => n.endsWith(`: Other event, ${sotu.title}`) });
    expect(shapeOf(mark)).toBe(swatch('Other event'));
    expect(shapeOf(mark)).not.toBe(swatch('Statement or post'));
  });
});
