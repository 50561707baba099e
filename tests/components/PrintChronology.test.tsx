import { act, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPositions } from '../../src/components/LazyPositions.tsx';
import { PrintButton } from '../../src/components/PrintButton.tsx';
import { PrintChronology, PrintView } from '../../src/components/PrintChronology.tsx';
import { actorIdSchema } from '../../src/domain/schema.ts';
import { datasetWithStances } from '../positionsFixture.ts';
import { renderWithData } from '../testUtils.tsx';

// The valid fixture: two events on 15 Aug 2025, Witkoff's CNN interview (three quotes) on 17 Aug.
describe('PrintChronology', () => {
  it('lays out every event of the view under its day, with quotes and numbered sources', () => {
    const { container } = renderWithData(<PrintChronology />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Talks on ending the war in Ukraine');
    const days = screen.getAllByRole('region').filter((r) => r.classList.contains('print-day'));
    expect(days.map((d) => within(d).getByRole('heading', { level: 2 }).textContent)).toHaveLength(2);
    expect(
      within(days[0]!)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Trump–Putin summit in Alaska', expect.stringMatching(/three/i)]);
    expect(within(days[0]!).getAllByRole('time')[0]).toHaveTextContent('11:00 AKDT');
    expect(within(days[1]!).getAllByRole('blockquote')).toHaveLength(3);
    const sources = screen.getByRole('region', { name: 'Sources' });
    expect(within(sources).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByText(/^All 3 events, in the order they happened/)).toBeInTheDocument();
    expect(container.querySelector('button, input, select')).toBeNull();
  });

  it('holds only the filtered view, and says which it is', () => {
    renderWithData(<PrintChronology />, {
      view: { actors: [actorIdSchema.parse('steve-witkoff')], match: 'any' },
    });
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(2);
    expect(screen.getByText(/^2 of 3 events: those with Steve Witkoff/)).toBeInTheDocument();
  });

  it('names the topics and the search of the view too', () => {
    renderWithData(<PrintChronology />, { view: { topics: ['nato-membership', 'territory'] } });
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(2);
    expect(screen.getByText(/^2 of 3 events: those on NATO membership or territory, in the order/)).toBeInTheDocument();
  });
});

describe('PrintView of the positions', () => {
  // Printed from the positions view, which has fetched the positions' chunk by then.
  beforeAll(() => loadPositions());

  it('prints the positions table, not the chronology, when the positions are on view', () => {
    const { container } = renderWithData(<PrintView />, { dataset: datasetWithStances(), url: '/?view=positions' });
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(container.querySelector('.print-positions')).not.toBeNull();
    expect(screen.getByText(/^Positions in the quotes of all 3 events\. This view:/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /^Stances of 3 quotes by 1 actor on 2 topics/ });
    // On paper a cell's count is text, not a button.
    expect(within(table).queryByRole('button')).not.toBeInTheDocument();
    expect(within(table).getByText('2 quotes')).toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
  });
});

describe('PrintView', () => {
  it('mounts the chronology only while printing', () => {
    const { container } = renderWithData(<PrintView />);
    expect(container.querySelector('.print-chronology')).toBeNull();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(container.querySelector('.print-chronology')).not.toBeNull();
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(container.querySelector('.print-chronology')).toBeNull();
  });

  it('is what the Print button prints', async () => {
    let printed = false;
    const print = window.print;
    window.print = () => {
      printed = document.querySelector('.print-chronology') !== null;
    };
    try {
      const { user } = renderWithData(
        <>
          <PrintButton />
          <PrintView />
        </>,
      );
      await user.click(screen.getByRole('button', { name: 'Print' }));
      await screen.findByRole('button', { name: 'Print' });
      expect(printed, 'the chronology was on the page when the print dialog opened').toBe(true);
      act(() => {
        window.dispatchEvent(new Event('afterprint'));
      });
    } finally {
      window.print = print;
    }
  });
});
