import { describe, expect, it } from 'vitest';
import { COMPACT_AFTER, defaultDensity } from '../../src/domain/density.ts';

describe('defaultDensity', () => {
  it('opens small datasets with full cards and large ones compact', () => {
    expect(defaultDensity(22)).toBe('detailed');
    expect(defaultDensity(COMPACT_AFTER)).toBe('detailed');
    expect(defaultDensity(COMPACT_AFTER + 1)).toBe('compact');
    expect(defaultDensity(100_000)).toBe('compact');
  });
});
