import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/domain/dataset.ts';
import { filterEventIndices } from '../../src/domain/filter.ts';
import { buildRows, rowKey } from '../../src/domain/rows.ts';
import type { ActorId } from '../../src/domain/schema.ts';
import { generateDataset } from '../../scripts/lib/generateDataset.ts';

const ds = buildDataset(generateDataset(2_000, 5));

describe('rowKey', () => {
  it('names every row of a list apart, and a row the same in every list that holds it', () => {
    const all = buildRows(ds.columns, null);
    const filtered = buildRows(
      ds.columns,
      filterEventIndices(ds, { actors: [ds.actors[0]?.id as ActorId], match: 'any' }),
    );
    for (const rows of [all, filtered]) expect(new Set(rows.map(rowKey)).size).toBe(rows.length);
    const events = (rows: typeof all) =>
      new Map(rows.flatMap((r) => (r.kind === 'event' ? [[rowKey(r), r.key] as const] : [])));
    const inAll = events(all);
    for (const [key, id] of events(filtered)) expect(inAll.get(key)).toBe(id);
    expect(all.filter((r) => r.kind !== 'event').every((r) => rowKey(r) < 0)).toBe(true);
  });
});
