import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LazyOverview } from '../../src/components/LazyOverview.tsx';
import { loadDataset, renderWithData } from '../testUtils.tsx';

// The chart's chunk cannot be fetched (a dropped connection, a deploy that removed the old chunk).
vi.mock('../../src/components/Overview.tsx', () => {
  throw new Error('network error');
});

describe('LazyOverview', () => {
  it('says so when the chart cannot be loaded, instead of loading forever', async () => {
    renderWithData(<LazyOverview dataset={loadDataset()} />);
    const section = screen.getByRole('region', { name: 'Overview' });
    expect(section).toHaveAttribute('aria-busy', 'true');
    expect(
      await within(section).findByText('The overview could not be loaded. Reload the page to try again.'),
    ).toBeInTheDocument();
    expect(section).toHaveAttribute('aria-busy', 'false');
  });
});
