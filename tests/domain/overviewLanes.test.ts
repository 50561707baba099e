import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/domain/dataset.ts';
import { affiliationLanes, chooseLanes, foldedCount } from '../../src/domain/lanes.ts';
import { timeExtent } from '../../src/domain/overview.ts';
import {
  binLane,
  describeMark,
  MARK_KIND_LABEL,
  MARK_KIND_OF,
  shownMask,
  type Mark,
} from '../../src/domain/overviewMarks.ts';
import type { EventKind } from '../../src/domain/schema.ts';
import { generateDataset } from '../../scripts/lib/generateDataset.ts';
import { loadDataset } from '../testUtils.tsx';

const ds = buildDataset(generateDataset(400, 11));
const extent = timeExtent(ds.columns) ?? [0, 0];
const bundled = loadDataset('data');

describe('chooseLanes', () => {
  it('gives each affiliation with events a lane of its distinct events, busiest first', () => {
    const lanes = affiliationLanes(bundled);
    for (const lane of lanes) {
      const expected = new Set(lane.actorIds.flatMap((a) => bundled.eventsByActor.get(a) ?? []));
      expect([...lane.events]).toEqual([...expected].sort((a, b) => a - b));
      for (const a of lane.actorIds) expect(bundled.actorById.get(a)?.affiliation).toBe(lane.label);
    }
    const sizes = lanes.map((l) => l.events.length);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(lanes.map((l) => l.label).slice(0, 3)).toEqual(['United States', 'Ukraine', 'Russia']);
    // An affiliation whose only actor is in no event has no lane.
    expect(lanes.map((l) => l.label)).not.toContain('Unnamed');
  });

  it('folds all but the four busiest under "Others", which holds every event of the folded ones once', () => {
    const lanes = chooseLanes(bundled, false);
    expect(lanes.map((l) => l.label)).toEqual(['United States', 'Ukraine', 'Russia', 'Germany', 'Others']);
    const folded = affiliationLanes(bundled).slice(4);
    expect(foldedCount(bundled)).toBe(folded.length);
    const expected = new Set(folded.flatMap((l) => [...l.events]));
    expect([...(lanes[4]?.events ?? [])]).toEqual([...expected].sort((a, b) => a - b));
    expect(chooseLanes(bundled, true)).toBe(affiliationLanes(bundled));
  });

  it('folds nothing when only one lane would be folded', () => {
    // The fixture has two affiliations: both keep their own lanes.
    const small = loadDataset();
    expect(chooseLanes(small, false).map((l) => l.label)).toEqual(['United States', 'Russia']);
    expect(foldedCount(small)).toBe(0);
    expect(chooseLanes(small, false, 1).map((l) => l.label)).toEqual(['United States', 'Russia']);
  });
});

const KINDS = Object.keys(MARK_KIND_OF) as EventKind[];
const kindOf = (i: number): EventKind | undefined => (i % 7 === 0 ? undefined : KINDS[i % KINDS.length]);

/** The marks worked out directly: per bin, the lane's events in it. */
function naiveMarks(events: Int32Array, from: number, to: number, binCount: number, shown: ReadonlySet<number> | null) {
  const bins = new Map<number, number[]>();
  for (const i of events) {
    const t = ds.columns.startMs[i] ?? 0;
    if (t < from || t > to) continue;
    const b = Math.min(binCount - 1, Math.floor(((t - from) / Math.max(1, to - from)) * binCount));
    bins.set(b, [...(bins.get(b) ?? []), i]);
  }
  return [...bins].map(([bin, list]) => {
    const on = list.filter((i) => shown === null || shown.has(i));
    return { bin, count: list.length, shown: on.length, first: list[0], last: list.at(-1), target: on[0] ?? list[0] };
  });
}

describe('binLane', () => {
  it('bins a lane’s events in any span as working it out directly does, at most one mark per column', () => {
    const [lo, hi] = extent;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 120 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.option(fc.uniqueArray(fc.integer({ min: 0, max: 399 }), { maxLength: 150 })),
        fc.integer({ min: 0, max: 20 }),
        (binCount, a, b, picked, laneNo) => {
          const lanes = affiliationLanes(ds);
          const lane = lanes[laneNo % lanes.length];
          if (lane === undefined) return;
          const from = lo + (hi - lo) * Math.min(a, b);
          const to = lo + (hi - lo) * Math.max(a, b);
          const visible = picked === null ? null : [...picked].sort((x, y) => x - y);
          const marks = binLane(
            lane.events,
            ds.columns.startMs,
            [from, to],
            binCount,
            shownMask(ds.count, visible),
            kindOf,
          );
          const strip = marks.map(({ bin, count, shown, first, last, target }) => ({
            bin,
            count,
            shown,
            first,
            last,
            target,
          }));
          expect(strip).toEqual(
            naiveMarks(lane.events, from, to, binCount, visible === null ? null : new Set(visible)),
          );
          expect(marks.length).toBeLessThanOrEqual(binCount);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives a mark the shape most of its events’ kinds call for, and none while no kind is known', () => {
    const events = Int32Array.from([0, 1, 2]);
    const startMs = Float64Array.from([0, 1, 2]);
    const kinds: (EventKind | undefined)[] = ['phone-call', 'summit', 'video-conference'];
    const [mark] = binLane(events, startMs, [0, 2], 1, null, (i) => kinds[i]);
    expect(mark?.kind).toBe('call');
    const [unknown] = binLane(events, startMs, [0, 2], 1, null, () => undefined);
    expect(unknown?.kind).toBeNull();
  });

  it('gives events of a kind the vocabulary does not name a shape of their own', () => {
    const others = KINDS.filter((k) => k !== 'other').map((k) => MARK_KIND_OF[k]);
    expect(others).not.toContain(MARK_KIND_OF.other);
    const events = Int32Array.from([0, 1, 2]);
    const startMs = Float64Array.from([0, 1, 2]);
    const kinds: EventKind[] = ['other', 'press-statement', 'other'];
    const [mark] = binLane(events, startMs, [0, 2], 1, null, (i) => kinds[i]);
    expect(mark?.kind).toBe('other');
    expect(MARK_KIND_LABEL[MARK_KIND_OF.other]).toBe('Other event');
  });

  it('keeps marks to the width at 100,000 events: one per column and lane at most', () => {
    const n = 100_000;
    const startMs = Float64Array.from({ length: n }, (_, i) => i * 1_000_000);
    const events = Int32Array.from({ length: n }, (_, i) => i);
    const marks = binLane(events, startMs, [0, (n - 1) * 1_000_000], 40, null, () => undefined);
    expect(marks).toHaveLength(40);
    expect(marks.reduce((s, m) => s + m.count, 0)).toBe(n);
  });
});

describe('describeMark', () => {
  const columns = bundled.columns;
  const gistOf = (i: number) => bundled.events[i];
  const at = (id: string) => bundled.eventIndex.get(id as never) ?? -1;

  it('names one event by its date, kind and title', () => {
    const i = at('2025-08-15-alaska-summit');
    const mark: Mark = { bin: 0, count: 1, shown: 1, first: i, last: i, target: i, kind: 'meeting' };
    expect(describeMark('Russia', mark, columns, gistOf)).toBe(
      `Russia, 15 Aug 2025: Summit, ${bundled.events[i]?.title ?? ''}`,
    );
  });

  it('names several by their dates and count, the one it opens, and what the filters leave out', () => {
    const i = at('2025-08-15-alaska-summit');
    const j = at('2025-08-18-white-house-meeting');
    const mark: Mark = { bin: 0, count: 5, shown: 2, first: i, last: j, target: j, kind: 'meeting' };
    expect(describeMark('United States', mark, columns, gistOf)).toBe(
      `United States, 15 Aug 2025 – 18 Aug 2025: 5 events (2 match the filters); opens ${bundled.events[j]?.title ?? ''}`,
    );
    const hidden: Mark = { ...mark, count: 1, shown: 0, last: i, target: i };
    expect(describeMark('Others', hidden, columns, () => undefined)).toBe(
      'Others, 15 Aug 2025: one event (outside the filters)',
    );
  });
});
