import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/domain/dataset.ts';
import { filterEventIndices, NO_FILTERS } from '../../src/domain/filter.ts';
import { buildRows, compactRows, rowKey } from '../../src/domain/rows.ts';
import type { ActorId } from '../../src/domain/schema.ts';
import { generateDataset } from '../../scripts/lib/generateDataset.ts';

const ds = buildDataset(generateDataset(2_000, 5));

describe('rowKey', () => {
  it('names every row of a list apart, and a row the same in every list that holds it', () => {
    const all = buildRows(ds.columns, null);
    const filtered = buildRows(
      ds.columns,
      filterEventIndices(ds, { ...NO_FILTERS, actors: [ds.actors[0]?.id as ActorId], match: 'any' }),
    );
    for (const rows of [all, filtered]) expect(new Set(rows.map(rowKey)).size).toBe(rows.length);
    const events = (rows: typeof all) =>
      new Map(rows.flatMap((r) => (r.kind === 'event' ? [[rowKey(r), r.key] as const] : [])));
    const inAll = events(all);
    for (const [key, id] of events(filtered)) expect(inAll.get(key)).toBe(id);
    expect(all.filter((r) => r.kind !== 'event').every((r) => rowKey(r) < 0)).toBe(true);
  });
});

describe('compactRows', () => {
  it('keeps every event row, the same objects, under one heading per month, without days or breaks', () => {
    const all = buildRows(ds.columns, null);
    const compact = compactRows(all);
    const events = all.filter((r) => r.kind === 'event');
    expect(compact.filter((r) => r.kind === 'event')).toEqual(events);
    expect(compact.filter((r) => r.kind === 'event').every((r, i) => r === events[i])).toBe(true);
    expect(compact.some((r) => r.kind === 'day' || r.kind === 'break')).toBe(false);
    const months = compact.flatMap((r) => (r.kind === 'month' ? [r.dateKey.slice(0, 7)] : []));
    // A new heading wherever the month changes (venue-local dates in other zones can step back a day).
    const eventMonths = events.map((e) => ds.columns.days[ds.columns.dayOf[e.index] ?? 0]?.slice(0, 7));
    expect(months).toEqual(eventMonths.filter((m, i) => i === 0 || m !== eventMonths[i - 1]));
    // Each month heading comes right before the first event of its month.
    compact.forEach((r, i) => {
      if (r.kind === 'month') expect(compact[i + 1]).toMatchObject({ kind: 'event', index: r.before });
    });
    expect(new Set(compact.map(rowKey)).size).toBe(compact.length);
  });
});
