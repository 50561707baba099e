/** The timeline's headings over an event known only to its year: the year, in either density. */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Timeline } from '../../src/components/Timeline.tsx';
import { buildDataset } from '../../src/domain/dataset.ts';
import { readDataset } from '../../scripts/lib/readDataset.ts';
import { renderWithData } from '../testUtils.tsx';

/** The valid fixture with its last event (Witkoff on CNN) moved to a year alone, 1850. */
function withYearOnlyEvent() {
  const read = readDataset('tests/fixtures/valid');
  if (!read.ok) throw new Error('fixture invalid');
  const raw = structuredClone(read.dataset);
  const sotu = raw.events.find((e) => e.id === '2025-08-17-witkoff-cnn-sotu');
  if (sotu === undefined) throw new Error('fixture changed: no Witkoff interview');
  sotu.start = { date: '1850-01-01', tz: 'UTC', precision: 'year' };
  return buildDataset(raw);
}

const headings = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);

describe('headings over an event known only to its year', () => {
  it('reads the year above it in the compact list, not January', () => {
    renderWithData(<Timeline />, { dataset: withYearOnlyEvent(), view: { density: 'compact' } });
    expect(screen.getByRole('heading', { level: 2, name: '1850' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'January 1850' })).not.toBeInTheDocument();
    expect(headings()).toEqual(['1850', 'August 2025']);
  });

  it('reads the year as the full view’s day heading does', () => {
    renderWithData(<Timeline />, { dataset: withYearOnlyEvent(), view: { density: 'detailed' } });
    expect(headings()).toEqual(['1850', 'Fri 15 Aug 2025']);
  });
});
