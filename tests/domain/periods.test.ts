import { describe, expect, it } from 'vitest';
import { overviewSummary } from '../../src/domain/overviewSummary.ts';
import { eventsIn, periodsOf, periodsWithin, zoomSpan } from '../../src/domain/periods.ts';
import { loadDataset } from '../testUtils.tsx';

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const DAY = 86_400_000;
/** One event a day from 1 Jan 2022 to 31 Dec 2025: four years. */
const daily = Float64Array.from({ length: 1461 }, (_, i) => utc(2022, 1, 1) + i * DAY);
const labels = (from: number, to: number, startMs: ArrayLike<number> = daily) =>
  periodsWithin(startMs, from, to).map((p) => p.label);

describe('periodsWithin', () => {
  it('splits four years into years, a year into quarters, a quarter into months', () => {
    expect(labels(utc(2022, 1, 1), utc(2025, 12, 31))).toEqual(['2022', '2023', '2024', '2025']);
    expect(labels(utc(2025, 1, 1), utc(2026, 1, 1) - 1)).toEqual([
      'Jan–Mar 2025',
      'Apr–Jun 2025',
      'Jul–Sep 2025',
      'Oct–Dec 2025',
    ]);
    expect(labels(utc(2025, 7, 1), utc(2025, 10, 1) - 1)).toEqual(['July 2025', 'August 2025', 'September 2025']);
  });

  it('splits a month into weeks from Monday, and ten days into days', () => {
    expect(labels(utc(2025, 8, 1), utc(2025, 9, 1) - 1)).toEqual([
      'Week of 28 Jul 2025',
      'Week of 4 Aug 2025',
      'Week of 11 Aug 2025',
      'Week of 18 Aug 2025',
      'Week of 25 Aug 2025',
    ]);
    expect(labels(utc(2025, 8, 12), utc(2025, 8, 21) + DAY - 1)).toHaveLength(10);
  });

  it('offers only periods that hold events, and none for a single day', () => {
    const sparse = Float64Array.from([utc(2025, 2, 12), utc(2025, 8, 15), utc(2026, 6, 15)]);
    expect(labels(utc(2025, 1, 1), utc(2026, 12, 31), sparse)).toEqual([
      'Jan–Mar 2025',
      'Jul–Sep 2025',
      'Apr–Jun 2026',
    ]);
    expect(labels(utc(2025, 8, 15), utc(2025, 8, 15) + DAY - 1)).toEqual([]);
  });

  it('never offers more than twelve', () => {
    for (const [from, to] of [
      [utc(2022, 1, 1), utc(2025, 12, 31)],
      [utc(2024, 1, 1), utc(2025, 6, 30)],
      [utc(2025, 1, 1), utc(2025, 2, 28)],
    ] as const)
      expect(periodsWithin(daily, from, to).length).toBeLessThanOrEqual(12);
  });
});

describe('periodsOf', () => {
  it('covers the span with adjoining periods', () => {
    const months = periodsOf('month', utc(2025, 11, 20), utc(2026, 2, 3));
    expect(months.map((p) => p.label)).toEqual(['November 2025', 'December 2025', 'January 2026', 'February 2026']);
    for (let k = 1; k < months.length; k++) expect(months[k]?.from).toBe(months[k - 1]?.to);
  });
});

describe('eventsIn', () => {
  it('finds the first visible event of a period and counts them', () => {
    expect(eventsIn(daily, null, utc(2022, 1, 3), utc(2022, 1, 6))).toEqual({ first: 2, count: 3 });
    expect(eventsIn(daily, [0, 4, 5, 9], utc(2022, 1, 3), utc(2022, 1, 7))).toEqual({ first: 4, count: 2 });
    expect(eventsIn(daily, [0, 9], utc(2022, 1, 3), utc(2022, 1, 7))).toEqual({ first: undefined, count: 0 });
  });
});

describe('zoomSpan', () => {
  const all = [utc(2022, 1, 1), utc(2026, 1, 1)] as const;
  it('halves or doubles a span around its middle, inside the whole and at least a day long', () => {
    expect(zoomSpan([utc(2024, 1, 1), utc(2024, 1, 11)], 0.5, all)).toEqual([
      utc(2024, 1, 1) + 2.5 * DAY,
      utc(2024, 1, 1) + 7.5 * DAY,
    ]);
    expect(zoomSpan([utc(2022, 1, 1), utc(2022, 1, 11)], 2, all)).toEqual([utc(2022, 1, 1), utc(2022, 1, 21)]);
    expect(zoomSpan([utc(2024, 1, 1), utc(2024, 1, 1) + 3600_000], 0.5, all)[1]).toBe(
      utc(2024, 1, 1) + 1800_000 + DAY / 2,
    );
    expect(zoomSpan([utc(2021, 1, 1), utc(2027, 1, 1)], 2, all)).toEqual([...all]);
  });
});

describe('overviewSummary', () => {
  const ds = loadDataset('data');
  it('says how many events, over which dates, and the busiest month', () => {
    expect(overviewSummary(ds.columns, null)).toMatch(
      /^104 events from 12 Feb 2025 to 15 Jun 2026; busiest month: August 2025 \(\d+ events\)\.$/,
    );
  });
  it('says how many match a filter, or that none do', () => {
    const some = [...(ds.eventsByActor.get('viktor-orban' as never) ?? [])];
    expect(overviewSummary(ds.columns, some)).toMatch(/^2 of 104 events match the filters, from .+; busiest month: /);
    expect(overviewSummary(ds.columns, [])).toBe('None of the 104 events match the filters.');
  });
});
