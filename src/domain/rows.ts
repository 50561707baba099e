/**
 * The timeline as a list of rows: day headings, marked breaks over long quiet stretches, and events
 * spaced in proportion to the time between them. A flat row list is what the virtualised view renders,
 * so its cost depends on the rows on screen, not on the number of events.
 */
import { scaleLinear } from 'd3-scale';
import type { TimelineEvent } from './dataset';
import type { EventId } from './schema';
import { formatGap } from './format';

/** Quiet stretches longer than this become a labelled break instead of blank space. */
export const BREAK_AFTER_MS = 12 * 3_600_000;

export type TimelineRow =
  | { readonly kind: 'day'; readonly key: string; readonly dateKey: string }
  | { readonly kind: 'break'; readonly key: string; readonly label: string; readonly gapMs: number }
  | { readonly kind: 'event'; readonly key: EventId; readonly index: number; readonly spaceBefore: number };

/** Pixels of space before an event, proportional to the time since the previous one (up to the break). */
export const gapToSpace = scaleLinear().domain([0, BREAK_AFTER_MS]).range([0, 160]).clamp(true);

/**
 * Rows for the events at `indices` (positions in `events`, in time order), or for every event when
 * `indices` is null. A day heading opens each new venue-local date.
 */
export function buildRows(events: readonly TimelineEvent[], indices: readonly number[] | null): TimelineRow[] {
  const rows: TimelineRow[] = [];
  let prev: TimelineEvent | undefined;
  let prevDay = '';
  const count = indices === null ? events.length : indices.length;
  for (let n = 0; n < count; n++) {
    const index = indices === null ? n : (indices[n] ?? 0);
    const e = events[index];
    if (e === undefined) continue;
    // The start date is already the venue-local date; no zone conversion is needed per event.
    const day = e.start.date;
    const gap = prev === undefined ? 0 : Math.max(0, e.startMs - prev.endMs);
    if (prev !== undefined && gap >= BREAK_AFTER_MS) rows.push({ kind: 'break', key: `break-${e.id}`, label: formatGap(gap), gapMs: gap });
    if (day !== prevDay) rows.push({ kind: 'day', key: `day-${day}-${e.id}`, dateKey: day });
    const spaceBefore = prev === undefined || day !== prevDay || gap >= BREAK_AFTER_MS ? 0 : Math.round(gapToSpace(gap));
    rows.push({ kind: 'event', key: e.id, index, spaceBefore });
    prev = e;
    prevDay = day;
  }
  return rows;
}
