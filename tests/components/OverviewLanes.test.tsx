import { describe, expect, it } from 'vitest';
import { binsPath, LABEL_W } from '../../src/components/OverviewLanes.tsx';

describe('binsPath', () => {
  it('draws one rectangle per bin holding the mark, at the bin’s place after the labels', () => {
    const bins = Uint8Array.from([0, 1, 2, 1]);
    expect(binsPath(bins, 1, 10)).toBe(`M${LABEL_W + 10} 1h9v12h-9zM${LABEL_W + 30} 1h9v12h-9z`);
    expect(binsPath(bins, 2, 10)).toBe(`M${LABEL_W + 20} 1h9v12h-9z`);
    expect(binsPath(bins, 2, 1.5)).toBe(`M${LABEL_W + 3} 1h2v12h-2z`);
    expect(binsPath(Uint8Array.from([0, 0]), 1, 10)).toBe('');
  });
});
