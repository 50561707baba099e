import { describe, expect, it } from 'vitest';
import { packIds, packLists, unpackIds, unpackLists } from '../../src/domain/packedIds.ts';

/** A strictly increasing list of `n` ids with gaps drawn from 1..maxGap (a seeded generator: failures repeat). */
function sortedIds(n: number, maxGap: number, seed: number): number[] {
  let s = seed;
  const next = () => (s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const out: number[] = [];
  let at = Math.floor(next() * 1000);
  for (let k = 0; k < n; k++) out.push((at += 1 + Math.floor(next() * maxGap)));
  return out;
}

describe('packIds', () => {
  it.each([
    ['sparse', sortedIds(500, 5000, 1)],
    ['dense', sortedIds(5000, 2, 2)],
    ['every id', Array.from({ length: 1000 }, (_, k) => k)],
    ['huge gaps', [0, 31, 32, 1023, 1024, 2 ** 40, 2 ** 52]],
    ['two ids', [7, 8]],
  ])('unpacks a %s list to the same ids in the same order', (_, ids) => {
    const packed = packIds(ids);
    expect(packed).not.toBeNull();
    expect(unpackIds(packed!)).toEqual(ids);
  });

  it('packs a dense list as a bitmap and a sparse one as gaps, each far shorter than JSON', () => {
    const dense = sortedIds(50_000, 2, 3);
    const sparse = sortedIds(2_000, 50, 4);
    const d = packIds(dense)!;
    const s = packIds(sparse)!;
    expect('b' in d).toBe(true);
    expect('g' in s).toBe(true);
    expect(JSON.stringify(d).length).toBeLessThan(JSON.stringify(dense).length / 8);
    expect(JSON.stringify(s).length).toBeLessThan(JSON.stringify(sparse).length / 2);
  });

  it('leaves alone what is not a strictly increasing list of non-negative integers', () => {
    for (const list of [[], [5], [3, 1], [1, 1], [-1, 2], [0.5, 2], ['a', 'b'], [1, '2']])
      expect(packIds(list)).toBeNull();
  });

  it('refuses a packed string with a character no packing writes', () => {
    expect(() => unpackIds({ g: 'A*z' })).toThrow(/holds "\*"/);
    expect(() => unpackIds({ b: 'A?', o: 0 })).toThrow(/holds "\?"/);
  });
});

describe('packLists', () => {
  it('packs the id lists inside an exported index part and unpacks it to the same value', () => {
    const part = [
      ['sanctions', [sortedIds(300, 3, 5)]],
      ['geneva', [[4, 9, 120], [2]]],
      ['unsorted', [[9, 3, 5]]],
    ];
    const packed = packLists(part);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(part).length);
    expect(unpackLists(packed)).toEqual(part);
    expect(unpackLists(packLists({ cfg: 1 }))).toEqual({ cfg: 1 });
  });
});
