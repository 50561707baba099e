/** Eras on the overview: bands behind the lanes, named above them and in the legend's words; nothing when there are none. */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Overview } from '../../src/components/Overview.tsx';
import type { WholeDataset } from '../../src/domain/dataset.ts';
import { loadDataset, renderWithData } from '../testUtils.tsx';

const plain = loadDataset();
const withEras: WholeDataset = {
  ...plain,
  timeline: {
    ...plain.timeline,
    eras: [
      { title: 'Before the summit', from: '2025-08-01', to: '2025-08-14' },
      { title: 'Alaska', from: '2025-08-15', to: '2025-08-15' },
      { title: 'The Sunday shows', from: '2025-08-16', to: '2025-08-17' },
    ],
  },
};

const chartOf = (container: HTMLElement) => {
  const svg = container.querySelector('.overview-plot svg');
  if (svg === null) throw new Error('no chart');
  return svg;
};

describe('Overview with eras', () => {
  it('names every era with its dates beside the legend, in words', () => {
    renderWithData(<Overview dataset={withEras} />, { dataset: withEras });
    expect(screen.getByText((_, el) => el?.classList.contains('overview-era-list') === true)).toHaveTextContent(
      'Eras: Before the summit (1 Aug 2025 – 14 Aug 2025); Alaska (15 Aug 2025 – 15 Aug 2025); The Sunday shows (16 Aug 2025 – 17 Aug 2025).',
    );
  });

  it('draws a named band for each era within the span on view, behind the lanes, hidden from screen readers', () => {
    const { container } = renderWithData(<Overview dataset={withEras} />, { dataset: withEras });
    const svg = chartOf(container);
    const eras = svg.querySelector('.overview-eras');
    expect(eras).toHaveAttribute('aria-hidden', 'true');
    // The first era ends before the first event: outside the span, it has no band. Alaska's day
    // shows only from the summit (19:00 UTC): too narrow a band for its name, which the legend gives.
    const labels = [...svg.querySelectorAll('.era-label')].map((t) => t.textContent);
    expect(labels).toEqual(['The Sunday shows']);
    const bands = [...svg.querySelectorAll('.era-band')];
    expect(bands).toHaveLength(2);
    const [alaska, sunday] = bands.map((b) => ({
      x: Number(b.getAttribute('x')),
      width: Number(b.getAttribute('width')),
    }));
    // Side by side, in order, within the plot.
    expect(alaska!.x + alaska!.width).toBeCloseTo(sunday!.x, 5);
    expect(alaska!.width).toBeGreaterThan(0);
    // The bands come before the lanes, so the marks are drawn over them.
    const order = [...svg.children].map((c) => c.getAttribute('class') ?? c.tagName);
    expect(order.indexOf('overview-eras')).toBeLessThan(order.findIndex((c) => c === 'g'));
  });

  it('changes nothing when the timeline has no eras', () => {
    const { container, unmount } = renderWithData(<Overview dataset={plain} />);
    const svg = chartOf(container);
    expect(svg.querySelector('.overview-eras')).toBeNull();
    expect(container.querySelector('.overview-era-list')).toBeNull();
    const height = Number(svg.getAttribute('height'));
    unmount();
    const again = renderWithData(<Overview dataset={withEras} />, { dataset: withEras });
    expect(Number(chartOf(again.container).getAttribute('height'))).toBe(height + 14);
  });
});
