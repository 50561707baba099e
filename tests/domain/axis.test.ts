import { describe, expect, it } from 'vitest';
import { axisTicks, tickWidth, TICK_GAP, TICK_PAD, type Tick } from '../../src/domain/axis.ts';

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

/** The spans the overview must read at: ten days, fourteen months, four years (the benchmark's). */
const SPANS = {
  '10 days': [utc(2025, 8, 12), utc(2025, 8, 22)],
  '14 months': [utc(2025, 8, 8), utc(2026, 10, 8)],
  '4 years': [utc(2022, 1, 1), utc(2025, 12, 31)],
} as const;

const WIDTHS = [280, 290, 300, 310, 320, 330, 340, 350, 360, 375, 380, 390, 400, 410, 420, 794, 1200];

/** The pixels each label covers: from its tick (plus the pad) to the end of its estimated width. */
const extent = (t: Tick) => [t.x + TICK_PAD, t.x + TICK_PAD + tickWidth(t)] as const;

describe('axisTicks', () => {
  for (const [name, [from, to]] of Object.entries(SPANS)) {
    for (const width of WIDTHS) {
      it(`${name} at ${width} px: at least two ticks, in order, inside the chart, labels never touching`, () => {
        const ticks = axisTicks(from, to, width);
        expect(ticks.length).toBeGreaterThanOrEqual(2);
        for (const t of ticks) {
          const [a, b] = extent(t);
          expect(a).toBeGreaterThanOrEqual(0);
          expect(b).toBeLessThanOrEqual(width);
          expect(t.ms).toBeGreaterThanOrEqual(from);
          expect(t.ms).toBeLessThanOrEqual(to);
        }
        for (let k = 1; k < ticks.length; k++) {
          const prev = ticks[k - 1] as Tick;
          const next = ticks[k] as Tick;
          expect(next.ms).toBeGreaterThan(prev.ms);
          expect(extent(prev)[1] + TICK_GAP).toBeLessThanOrEqual(extent(next)[0]);
        }
      });
    }
  }

  it('labels days as "18 Aug", with the year beneath the first tick and where it changes', () => {
    const ticks = axisTicks(utc(2025, 12, 28), utc(2026, 1, 4) + 43_200_000, 1200);
    expect(ticks.map((t) => [t.label, t.year])).toEqual([
      ['28 Dec', '2025'],
      ['29 Dec', undefined],
      ['30 Dec', undefined],
      ['31 Dec', undefined],
      ['1 Jan', '2026'],
      ['2 Jan', undefined],
      ['3 Jan', undefined],
      ['4 Jan', undefined],
    ]);
  });

  it('starts weeks on Mondays', () => {
    for (const width of [300, 500]) {
      const ticks = axisTicks(utc(2025, 7, 2), utc(2025, 8, 13), width);
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      for (const t of ticks) expect(new Date(t.ms).getUTCDay()).toBe(1);
    }
  });

  it('labels months as "Sep" with "2025" beneath, and years as "2024" when the span is long', () => {
    const months = axisTicks(...SPANS['14 months'], 1200);
    expect(months.map((t) => t.label).join(' ')).toBe('Sep Oct Nov Dec Jan Feb Mar Apr May Jun Jul Aug Sep');
    expect(months.filter((t) => t.year !== undefined).map((t) => `${t.label} ${t.year}`)).toEqual([
      'Sep 2025',
      'Jan 2026',
    ]);
    expect(axisTicks(...SPANS['4 years'], 300).map((t) => t.label)).toEqual(['2022', '2023', '2024', '2025']);
  });

  it('uses the app’s date style only: "18 Aug", "Aug", "2025", years as four digits', () => {
    for (const [from, to] of Object.values(SPANS))
      for (const width of WIDTHS)
        for (const t of axisTicks(from, to, width)) {
          expect(t.label).toMatch(/^(\d{1,2} [A-Z][a-z]{2}|[A-Z][a-z]{2}|\d{4})$/);
          if (t.year !== undefined) expect(t.year).toMatch(/^\d{4}$/);
        }
  });

  it('places each tick at its instant, in pixels from the start', () => {
    const ticks = axisTicks(utc(2025, 1, 1), utc(2025, 1, 11), 1000);
    expect(ticks[0]).toEqual({ ms: utc(2025, 1, 1), x: 0, label: '1 Jan', year: '2025' });
    expect(ticks[5]).toEqual({ ms: utc(2025, 1, 6), x: 500, label: '6 Jan' });
  });

  it('has nothing to draw for an empty span or no width', () => {
    expect(axisTicks(5, 5, 300)).toEqual([]);
    expect(axisTicks(0, 1e10, 0)).toEqual([]);
  });
});
