import { describe, expect, it } from 'vitest';
import { rowStarts, rowsWithin, scrollTargetFor, sizeOf, startOf, totalOf } from '../../src/domain/fixedRows.ts';

// Headings of 40 px before rows 0 and 4, events of 56 px: 40, 56, 56, 56, 40, 56, 56.
const heights = [40, 56, 56, 56, 40, 56, 56];
const starts = rowStarts(heights.length, (i) => heights[i] ?? 0);

describe('rowStarts', () => {
  it('places each row where the rows above it end, and the list ends after the last', () => {
    expect([...starts]).toEqual([0, 40, 96, 152, 208, 248, 304, 360]);
    expect(totalOf(starts, null)).toBe(360);
    expect(sizeOf(starts, 4, null)).toBe(40);
  });

  it('moves only the rows below a grown row, by how much it grew', () => {
    const grown = { row: 2, extra: 300 };
    expect(startOf(starts, 2, grown)).toBe(96);
    expect(sizeOf(starts, 2, grown)).toBe(356);
    expect(startOf(starts, 3, grown)).toBe(452);
    expect(totalOf(starts, grown)).toBe(660);
  });

  it('lays out a list without rows as empty', () => {
    const none = rowStarts(0, () => 56);
    expect(totalOf(none, null)).toBe(0);
    expect(rowsWithin(none, null, 0, 800, 4)).toBeNull();
  });
});

describe('rowsWithin', () => {
  it('finds the rows between two offsets, with overscan clamped to the list', () => {
    expect(rowsWithin(starts, null, 100, 200, 0)).toEqual([2, 3]);
    expect(rowsWithin(starts, null, 100, 200, 1)).toEqual([1, 4]);
    expect(rowsWithin(starts, null, 0, 10_000, 4)).toEqual([0, 6]);
    // A window above the list (the page's header on screen) starts at the first row.
    expect(rowsWithin(starts, null, -500, 30, 0)).toEqual([0, 0]);
    // Below the list: the last rows.
    expect(rowsWithin(starts, null, 5_000, 5_800, 0)).toEqual([6, 6]);
  });

  it('counts a grown row in full', () => {
    const grown = { row: 1, extra: 500 };
    // Row 1 now reaches from 40 to 596: a window inside it shows it alone.
    expect(rowsWithin(starts, grown, 200, 500, 0)).toEqual([1, 1]);
    expect(rowsWithin(starts, grown, 600, 700, 0)).toEqual([2, 3]);
  });

  it('finds the rows of a list of 100,000 by search, not by walking it', () => {
    const many = rowStarts(100_000, (i) => (i % 10 === 0 ? 40 : 56));
    const range = rowsWithin(many, null, 3_000_000, 3_000_800, 0);
    expect(range).not.toBeNull();
    const [first, last] = range ?? [0, 0];
    expect(startOf(many, first, null)).toBeLessThanOrEqual(3_000_000);
    expect(startOf(many, first + 1, null)).toBeGreaterThan(3_000_000);
    expect(startOf(many, last, null)).toBeLessThanOrEqual(3_000_800);
    expect(startOf(many, last + 1, null)).toBeGreaterThan(3_000_800);
  });
});

describe('scrollTargetFor', () => {
  const view = { top: 0, height: 200, clearance: 20 };

  it("puts a row's top just below the bars for 'start'", () => {
    expect(scrollTargetFor(starts, null, 4, 'start', view)).toBe(188);
  });

  it("leaves a row in view alone for 'auto', and scrolls a row below only as far as it needs", () => {
    expect(scrollTargetFor(starts, null, 1, 'auto', view)).toBeNull();
    // Row 5 ends at 304: the window's bottom goes there.
    expect(scrollTargetFor(starts, null, 5, 'auto', view)).toBe(104);
  });

  it("brings a row above the window, or one too tall for it, to the top for 'auto'", () => {
    expect(scrollTargetFor(starts, null, 0, 'auto', { ...view, top: 150 })).toBe(-20);
    expect(scrollTargetFor(starts, { row: 5, extra: 400 }, 5, 'auto', view)).toBe(228);
  });
});
