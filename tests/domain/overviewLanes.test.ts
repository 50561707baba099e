import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/domain/dataset.ts';
import { buildLanes, timeExtent } from '../../src/domain/overview.ts';
import { generateDataset } from '../../scripts/lib/generateDataset.ts';

const ds = buildDataset(generateDataset(400, 11));
const extent = timeExtent(ds.columns) ?? [0, 0];

/** Each lane worked out directly: per actor, per bin, the highest mark of its events. */
function naiveLanes(binCount: number, visible: ReadonlySet<number> | null) {
  const [start, end] = extent;
  const binOf = (i: number) =>
    Math.min(binCount - 1, Math.floor((((ds.columns.startMs[i] ?? 0) - start) / (end - start)) * binCount));
  const out = new Map<string, number[]>();
  for (const [actorId, positions] of ds.eventsByActor) {
    const bins = new Array<number>(binCount).fill(0);
    for (const i of positions)
      bins[binOf(i)] = Math.max(bins[binOf(i)] ?? 0, visible === null || visible.has(i) ? 2 : 1);
    out.set(actorId, bins);
  }
  return out;
}

describe('buildLanes', () => {
  it('marks, for any filter, the same bins as working each lane out directly, busiest lane first', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 90 }),
        fc.option(fc.uniqueArray(fc.integer({ min: 0, max: 399 }), { maxLength: 120 })),
        (binCount, picked) => {
          const visible = picked === null ? null : [...picked].sort((a, b) => a - b);
          const lanes = buildLanes(ds, binCount, extent, visible);
          const expected = naiveLanes(binCount, visible === null ? null : new Set(visible));
          expect(new Map(lanes.map((l) => [l.actorId, [...l.bins]]))).toEqual(expected);
          const counts = lanes.map((l) => ds.eventsByActor.get(l.actorId)?.length ?? 0);
          expect(counts).toEqual([...counts].sort((a, b) => b - a));
        },
      ),
      { numRuns: 300 },
    );
  });
});
