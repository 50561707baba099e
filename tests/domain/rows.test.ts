import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/domain/dataset.ts';
import { filterEventIndices, NO_FILTERS } from '../../src/domain/filter.ts';
import { buildCompactRows, buildRows, lazyRowPositions, rowKey, timelineRows } from '../../src/domain/rows.ts';
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

describe('buildCompactRows', () => {
  const actorId = ds.actors[0]?.id as ActorId;
  const some = filterEventIndices(ds, { ...NO_FILTERS, actors: [actorId], match: 'any' });

  it.each([
    ['every event', null],
    ['a filtered view', some],
  ])('holds the events of the card list, in order, under one heading per month (%s)', (_, indices) => {
    const full = buildRows(ds.columns, indices);
    const compact = buildCompactRows(ds.columns, indices);
    const events = full.flatMap((r) => (r.kind === 'event' ? [[r.key, r.index]] : []));
    expect(compact.flatMap((r) => (r.kind === 'event' ? [[r.key, r.index]] : []))).toEqual(events);
    expect(compact.some((r) => r.kind === 'day' || r.kind === 'break')).toBe(false);
    expect(compact.every((r) => r.kind !== 'event' || r.spaceBefore === 0)).toBe(true);
    const months = compact.flatMap((r) => (r.kind === 'month' ? [r.dateKey.slice(0, 7)] : []));
    // A new heading wherever the month changes (venue-local dates in other zones can step back a day).
    const eventMonths = events.map(([, index]) => ds.columns.days[ds.columns.dayOf[index as number] ?? 0]?.slice(0, 7));
    expect(months).toEqual(eventMonths.filter((m, i) => i === 0 || m !== eventMonths[i - 1]));
    expect(months.length).toBeGreaterThan(1);
    // Each month heading comes right before the first event of its month.
    compact.forEach((r, i) => {
      if (r.kind === 'month') expect(compact[i + 1]).toMatchObject({ kind: 'event', index: r.before });
    });
    expect(new Set(compact.map(rowKey)).size).toBe(compact.length);
  });

  it('is empty for a view without events', () => {
    expect(buildCompactRows(ds.columns, [])).toEqual([]);
  });
});

describe('timelineRows', () => {
  const some = filterEventIndices(ds, { ...NO_FILTERS, actors: [ds.actors[0]?.id as ActorId], match: 'any' });

  it('hands out the one list of every event per density, whatever was filtered in between', () => {
    const compact = timelineRows(ds.columns, null, true);
    const detailed = timelineRows(ds.columns, null, false);
    expect(compact).toEqual(buildCompactRows(ds.columns, null));
    expect(detailed).toEqual(buildRows(ds.columns, null));
    timelineRows(ds.columns, some, true);
    expect(timelineRows(ds.columns, null, true)).toBe(compact);
    expect(timelineRows(ds.columns, null, false)).toBe(detailed);
  });

  it('shares the compact event rows between every list that holds them', () => {
    const all = new Map(
      timelineRows(ds.columns, null, true).flatMap((r) => (r.kind === 'event' ? [[r.index, r]] : [])),
    );
    const filtered = timelineRows(ds.columns, some, true).filter((r) => r.kind === 'event');
    expect(filtered.length).toBeGreaterThan(0);
    for (const row of filtered) expect(row).toBe(all.get(row.kind === 'event' ? row.index : -1));
  });

  it('builds a filtered view afresh, and another dataset its own list', () => {
    expect(timelineRows(ds.columns, some, true)).toEqual(buildCompactRows(ds.columns, some));
    const other = buildDataset(generateDataset(50, 6));
    expect(timelineRows(other.columns, null, true)).toEqual(buildCompactRows(other.columns, null));
  });
});

describe('lazyRowPositions', () => {
  it('indexes a list once, however often it is asked for again', () => {
    const rows = timelineRows(ds.columns, null, true);
    const first = lazyRowPositions(rows)();
    expect(lazyRowPositions(rows)()).toBe(first);
    const event = rows.find((r) => r.kind === 'event');
    expect(event?.kind === 'event' && first.rowOf.get(event.key)).toBe(rows.indexOf(event as (typeof rows)[number]));
  });
});
