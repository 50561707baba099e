/** Parley → TimelineJS JSON (the exporter) → Parley (the importer): the same titles, dates and precision. */
import { describe, expect, it } from 'vitest';
import { toTimelineJs } from '../../../src/domain/interchange/timelineJs.ts';
import { readTimelineJsJson } from '../../../src/domain/interchange/timelineJsJson.ts';
import type { ExportInput } from '../../../src/domain/interchange/types.ts';
import type { TimePoint } from '../../../src/domain/schema.ts';
import { bundledInput, madeUpInput } from './exportFixture.ts';
import { ofSeverity, validationLines } from './importCheck.ts';

/**
 * What of a time point TimelineJS can hold: its date, time and precision, except that a part of the
 * day is only its day, and a part of a month only its month (TimelineJS has neither).
 */
function expressible(p: TimePoint) {
  if (p.precision === 'part-of-day') return { date: p.date, precision: 'day' };
  if (p.precision === 'month') return { date: `${p.date.slice(0, 8)}01`, precision: 'month' };
  return { date: p.date, precision: p.precision, ...(p.time === undefined ? {} : { time: p.time }) };
}
const read = (p: TimePoint | undefined) =>
  p === undefined
    ? undefined
    : { date: p.date, precision: p.precision, ...(p.time === undefined ? {} : { time: p.time }) };

function roundTrip(input: ExportInput) {
  // TimelineJS has no zones: the venue's wall clock goes out, and is read back in one zone without gaps.
  return readTimelineJsJson(toTimelineJs(input), { fileName: 'export.json', zone: 'UTC', today: '2026-12-02' });
}

describe('Parley → TimelineJS JSON → import', () => {
  it.each<[string, () => ExportInput]>([
    ['the bundled dataset', () => bundledInput()],
    ['made-up events of every precision', () => madeUpInput()],
  ])('%s comes back with the same ids, titles, dates and precision, and validates', (_, input) => {
    const before = input();
    const r = roundTrip(before);
    expect(ofSeverity(r, 'error')).toEqual([]);
    const after = r.data?.events ?? [];
    // An id starts with its start date: only where TimelineJS cannot hold the date (late October) does it change.
    expect(after.map((e) => e.id)).toEqual(before.events.map((e) => `${expressible(e.start).date}${e.id.slice(10)}`));
    expect(after.map((e) => e.title)).toEqual(before.events.map((e) => e.title));
    expect(after.map((e) => read(e.start))).toEqual(before.events.map((e) => expressible(e.start)));
    expect(after.map((e) => read(e.end))).toEqual(
      before.events.map((e) => (e.end === undefined ? undefined : expressible(e.end))),
    );
    expect(r.data?.timeline.title).toBe(before.timeline.title);
    expect(validationLines(r.data ?? (null as never))).toEqual([]);
  });

  it('keeps the eras', () => {
    const input = madeUpInput();
    const withEras = {
      ...input,
      timeline: { ...input.timeline, eras: [{ title: 'Spring talks', from: '2025-03-01', to: '2025-05-31' }] },
    };
    expect(roundTrip(withEras).data?.timeline.eras).toEqual([
      { title: 'Spring talks', from: '2025-03-01', to: '2025-05-31' },
    ]);
  });
});
