import { describe, expect, it } from 'vitest';
import {
  buildDataset,
  CHUNK_FORMAT,
  compileDataset,
  datasetFromIndex,
  eventById,
  INDEX_FORMAT,
  joinPublished,
  publishDataset,
  type PublishedChunk,
} from '../../src/domain/dataset.ts';
import type { EventId, Topic } from '../../src/domain/schema.ts';
import { eventTimeText, machineTime } from '../../src/domain/eventTime.ts';
import { formatGap, formatZonedTime } from '../../src/domain/format.ts';
import { buildRows } from '../../src/domain/rows.ts';
import { makeTimeScale, timeExtent } from '../../src/domain/overview.ts';
import { KINDS, topicsOfBits } from '../../src/domain/columns.ts';
import { TOPICS } from '../../src/domain/vocabulary.ts';

const byVocabulary = (a: Topic, b: Topic) => TOPICS.indexOf(a) - TOPICS.indexOf(b);
import { nearestPosition } from '../../src/domain/filter.ts';
import { chunkOf, eventAt, hasEvery, noDetails, wholeDetails, withChunk } from '../../src/domain/details.ts';
import { resolveView } from '../../src/domain/resolveView.ts';
import { DEFAULT_VIEW, type View } from '../../src/domain/view.ts';
import { officeOn } from '../../src/domain/labels.ts';
import { sample } from './sample.ts';

const ds = buildDataset(sample);
/** The view a link asks for, before it is checked against the dataset. */
const asked = (view: Record<string, unknown>) => ({ ...DEFAULT_VIEW, ...view }) as View;
/** Every event a details cache holds, by position. */
const loaded = (details: ReturnType<typeof noDetails>, count: number) =>
  Array.from({ length: count }, (_, i) => eventAt(details, i));
const id = (i: number) => ds.events[i]?.id;

describe('buildDataset', () => {
  it('sorts events by their UTC instant, derived from venue time', () => {
    expect(ds.columns.ids).toEqual([
      '2025-08-15-alaska-summit',
      '2025-08-18-trump-putin-call',
      '2025-08-18-white-house-meeting',
    ]);
    expect(new Date(ds.events[0]?.startMs ?? 0).toISOString()).toBe('2025-08-15T19:00:00.000Z');
    expect(new Date(ds.events[2]?.startMs ?? 0).toISOString()).toBe('2025-08-18T17:15:00.000Z');
  });
  it('counts an actor as involved when they take part or are quoted', () => {
    expect(ds.eventsByActor.get('vladimir-putin' as never)).toEqual([0, 1]);
    expect(ds.eventsByActor.get('donald-trump' as never)).toEqual([0, 1, 2]);
  });
  it('resolves redirects', () => {
    expect(ds.redirects.get('2025-08-18-white-house-summit')).toBe('2025-08-18-white-house-meeting');
  });
});

describe('times and labels', () => {
  it('shows minute-precision times in the venue zone with a machine-readable offset', () => {
    const summit = ds.events[0];
    if (summit === undefined) throw new Error('missing');
    expect(eventTimeText(summit)).toEqual({
      datetime: '2025-08-15T11:00-08:00',
      label: 'Fri 15 Aug 2025, 11:00 AKDT',
      hasTime: true,
    });
    expect(formatZonedTime(summit.startMs, 'UTC')).toBe('19:00 UTC');
  });
  it('never invents a time for a day-precision event', () => {
    const call = ds.events[1];
    if (call === undefined) throw new Error('missing');
    expect(machineTime(call.start)).toBe('2025-08-18');
    expect(eventTimeText(call).label).toBe('Mon 18 Aug 2025');
  });
  it.each([
    [3_600_000, '1 hour later'],
    [5 * 3_600_000, '5 hours later'],
    [3 * 86_400_000, '3 days later'],
    [90 * 86_400_000, '3 months later'],
    [800 * 86_400_000, '2 years later'],
  ])('formats a gap of %i ms as "%s"', (ms, label) => expect(formatGap(ms)).toBe(label));
  it('picks the office held on the date', () => {
    const trump = ds.actorById.get('donald-trump' as never);
    if (trump === undefined) throw new Error('missing');
    expect(officeOn(trump, '2025-08-15')).toBe('President of the United States');
    expect(officeOn(trump, '2024-08-15')).toBeUndefined();
  });
});

describe('buildRows', () => {
  it('opens each venue-local day with a heading and marks long gaps as breaks', () => {
    expect(
      buildRows(ds.columns, null).map((r) =>
        r.kind === 'event'
          ? `event:${id(r.index)}:${r.spaceBefore}`
          : r.kind === 'break'
            ? `break:${formatGap(r.gapMs)}`
            : `day:${r.dateKey}`,
      ),
    ).toEqual([
      'day:2025-08-15',
      'event:2025-08-15-alaska-summit:0',
      'break:2 days later',
      'day:2025-08-18',
      'event:2025-08-18-trump-putin-call:0',
      'event:2025-08-18-white-house-meeting:0',
    ]);
  });
  it('builds rows for filtered positions only', () => {
    expect(buildRows(ds.columns, [2]).map((r) => r.kind)).toEqual(['day', 'event']);
  });
});

describe('overview', () => {
  it('maps the extent onto the width with exact pixels', () => {
    const extent = timeExtent(ds.columns);
    if (extent === null) throw new Error('empty');
    const scale = makeTimeScale(extent, 100);
    expect(scale(extent[0])).toBe(0);
    expect(scale(extent[1])).toBe(100);
  });
  it('widens an empty domain instead of producing NaN', () => {
    const scale = makeTimeScale([1000, 1000], 100);
    expect(scale(1000)).toBe(50);
    expect(timeExtent(buildDataset({ ...sample, events: [], quotes: [], redirects: [] }).columns)).toBeNull();
  });
  it('finds the visible event nearest to a time', () => {
    expect(nearestPosition(ds.columns.startMs, null, Date.UTC(2025, 7, 16))).toBe(0);
    expect(nearestPosition(ds.columns.startMs, [0, 2], Date.UTC(2025, 7, 18, 12))).toBe(2);
    expect(nearestPosition(ds.columns.startMs, [], 0)).toBeUndefined();
  });
});

describe('resolveView', () => {
  it('follows a redirect and says so', () => {
    const resolved = resolveView(ds, asked({ eventId: '2025-08-18-white-house-summit' }), []);
    const view = { ...resolved, eventId: resolved.view.eventId };
    expect(view.eventId).toBe('2025-08-18-white-house-meeting');
    expect(view.notices).toEqual([{ kind: 'redirected', to: '2025-08-18-white-house-meeting' }]);
  });
  it('drops unknown actors with a notice that does not echo them', () => {
    const resolved = resolveView(ds, asked({ actors: ['donald-trump', 'putin-surrenders'] }), []);
    const view = { ...resolved, filters: resolved.view };
    expect(view.filters.actors).toEqual(['donald-trump']);
    expect(view.notices).toEqual([{ kind: 'unknown-actors', count: 1 }]);
  });
  it('answers an unknown event with its date and the closest events', () => {
    const resolved = resolveView(ds, asked({ eventId: '2025-08-18-white-house-meting' }), []);
    const view = { ...resolved, eventId: resolved.view.eventId };
    expect(view.eventId).toBeNull();
    expect(view.notFound).toEqual({
      date: '2025-08-18',
      suggestions: ['2025-08-18-white-house-meeting', '2025-08-18-trump-putin-call'],
    });
  });
});

describe('publishDataset and datasetFromIndex', () => {
  // Two events per chunk, so the sample's three events make two chunks.
  const published = JSON.parse(JSON.stringify(publishDataset(compileDataset(sample), 2))) as ReturnType<
    typeof publishDataset
  >;

  it('split the dataset into an index and chunks of consecutive events', () => {
    expect(published.index.format).toBe(INDEX_FORMAT);
    expect(published.index.events.ids).toEqual(ds.columns.ids);
    expect(published.chunks.map((c) => [c.format, c.first, c.events.length])).toEqual([
      [CHUNK_FORMAT, 0, 2],
      [CHUNK_FORMAT, 2, 1],
    ]);
  });

  it('give every index from the index file alone, before any event is loaded', () => {
    const fromIndex = datasetFromIndex(published.index);
    const details = noDetails(fromIndex);
    expect(fromIndex.count).toBe(3);
    expect(loaded(details, 3).every((e) => e === undefined)).toBe(true);
    expect(fromIndex.columns).toEqual(ds.columns);
    // Kinds and topics are in the index, so the overview and the topic filter need no details.
    expect([...fromIndex.columns.kindOf].map((k) => KINDS[k])).toEqual(ds.events.map((e) => e.kind));
    expect([...fromIndex.columns.topics].map(topicsOfBits)).toEqual(
      ds.events.map((e) => [...e.topics].sort(byVocabulary)),
    );
    expect([...fromIndex.eventsByActor]).toEqual([...ds.eventsByActor]);
    expect([...fromIndex.eventIndex]).toEqual([...ds.eventIndex]);
    expect(buildRows(fromIndex.columns, null)).toEqual(buildRows(ds.columns, null));
    expect(chunkOf(details, 1)).toBe(0);
    expect(chunkOf(details, 2)).toBe(1);
  });

  it('fill in the events of each chunk, the same events as the whole dataset', () => {
    const fromIndex = datasetFromIndex(published.index);
    const empty = noDetails(fromIndex);
    const some = withChunk(empty, fromIndex, published.chunks[1] as PublishedChunk);
    expect(loaded(some, 3).map((e) => e?.id)).toEqual([undefined, undefined, '2025-08-18-white-house-meeting']);
    expect(eventAt(some, 2)).toEqual(eventById(ds, '2025-08-18-white-house-meeting' as EventId));
    expect(eventAt(some, 0)).toBeUndefined();
    expect(hasEvery(some, 3)).toBe(false);
    const all = withChunk(some, fromIndex, published.chunks[0] as PublishedChunk);
    expect(loaded(all, 3)).toEqual(ds.events);
    expect(hasEvery(all, 3)).toBe(true);
    // Each arrival is a new cache; the ones before it, and the dataset, are left as they were.
    expect(loaded(empty, 3).every((e) => e === undefined)).toBe(true);
    expect(loaded(wholeDetails(ds), 3)).toEqual(ds.events);
  });

  it('join again into the compiled dataset', () => {
    expect(joinPublished(published.index, published.chunks)).toEqual(
      JSON.parse(JSON.stringify(compileDataset(sample))),
    );
  });

  it('refuse a chunk that does not match the index, naming the event', () => {
    const fromIndex = datasetFromIndex(published.index);
    const details = noDetails(fromIndex);
    const shifted = { ...(published.chunks[0] as PublishedChunk), first: 1 };
    expect(() => withChunk(details, fromIndex, shifted)).toThrow(
      'event 1 of the chunk from 1 is "2025-08-15-alaska-summit", but the index has "2025-08-18-trump-putin-call" there',
    );
    expect(loaded(details, 3).every((e) => e === undefined)).toBe(true);
  });
});
