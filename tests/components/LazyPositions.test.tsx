import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LazyPositionsView } from '../../src/components/LazyPositions.tsx';
import { datasetWithStances } from '../positionsFixture.ts';
import { renderWithData } from '../testUtils.tsx';

describe('LazyPositionsView', () => {
  it('says the positions are on their way, then shows the table once its code is here', async () => {
    renderWithData(<LazyPositionsView />, { dataset: datasetWithStances(), url: '/?view=positions' });
    expect(screen.getByRole('status')).toHaveTextContent('Loading the positions…');
    expect(await screen.findByRole('table', { name: /^Stances of 3 quotes by 1 actor/ })).toBeInTheDocument();
    expect(screen.queryByText('Loading the positions…')).not.toBeInTheDocument();
  });
});
