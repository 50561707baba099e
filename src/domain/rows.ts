/**
 * The timeline as a list of rows: day headings, marked breaks over long quiet stretches, and events
 * spaced in proportion to the time between them. A flat row list is what the virtualised view renders,
 * so its cost depends on the rows on screen, not on the number of events.
 */
import type { EventColumns } from './columns.ts';
import type { EventId } from './schema.ts';

/** Quiet stretches longer than this become a labelled break instead of blank space. */
export const BREAK_AFTER_MS = 12 * 3_600_000;

/**
 * Day headings, month headings (the compact list's, instead of days and breaks) and breaks name the
 * position of the event they come before.
 */
export type TimelineRow =
  | { readonly kind: 'day'; readonly before: number; readonly dateKey: string }
  | { readonly kind: 'month'; readonly before: number; readonly dateKey: string }
  | { readonly kind: 'break'; readonly before: number; readonly gapMs: number }
  | { readonly kind: 'event'; readonly key: EventId; readonly index: number; readonly spaceBefore: number };

/**
 * A number that names the row in any filtered list: the event's position, or a negative number
 * for the heading or break before it. Numbers, because the virtualiser looks every row's key up
 * on each new list, and making and hashing a string per row cost more than the rest of the list.
 */
export function rowKey(row: TimelineRow): number {
  if (row.kind === 'event') return row.index;
  // A month heading takes the place of the day heading it stands for: no list holds both.
  return row.kind === 'break' ? -2 * row.before - 2 : -2 * row.before - 1;
}

/**
 * Pixels of space before an event at the longest gap that is not a break: enough to show that hours
 * passed, little enough that a second card still starts on the first screen.
 */
const SPACE_PX = 64;

/**
 * Rows for the events at `indices` (positions in the columns, in time order), or for every event when
 * `indices` is null. A day heading opens each new venue-local date.
 */
export function buildRows(columns: EventColumns, indices: readonly number[] | null): TimelineRow[] {
  const { ids, startMs, endMs, dayOf, days } = columns;
  const rows: TimelineRow[] = [];
  let prev = -1;
  let prevDay = -1;
  const count = indices === null ? ids.length : indices.length;
  for (let n = 0; n < count; n++) {
    const index = indices === null ? n : (indices[n] ?? 0);
    // A missing id is a position with no event.
    const id = ids[index] as EventId | undefined;
    if (id === undefined) continue;
    // The start date is already the venue-local date; no zone conversion is needed per event.
    const day = dayOf[index] as number;
    const dateKey = days[day] as string;
    const gap = prev === -1 ? 0 : Math.max(0, (startMs[index] as number) - (endMs[prev] as number));
    const isBreak = prev !== -1 && gap >= BREAK_AFTER_MS;
    if (isBreak) rows.push({ kind: 'break', before: index, gapMs: gap });
    if (day !== prevDay) rows.push({ kind: 'day', before: index, dateKey });
    // Space proportional to the time since the previous event, up to a break (a clamped linear map).
    const spaceBefore = prev === -1 || day !== prevDay || isBreak ? 0 : Math.round(SPACE_PX * (gap / BREAK_AFTER_MS));
    rows.push({ kind: 'event', key: id, index, spaceBefore });
    prev = index;
    prevDay = day;
  }
  return rows;
}

/**
 * The compact list's rows for the events at `indices` (or every event): a heading wherever the
 * venue-local month changes, then the events, without day headings, breaks or spacing, since each
 * compact row names its own day. Built straight from the columns: a compact list of 100,000 events
 * should not first build and then drop the card list's day rows and breaks.
 */
export function buildCompactRows(
  columns: EventColumns,
  indices: readonly number[] | null,
  eventRows?: readonly (EventRow | undefined)[],
): TimelineRow[] {
  const { ids, dayOf, days } = columns;
  const rows: TimelineRow[] = [];
  let month = '';
  let lastDay = -1;
  const count = indices === null ? ids.length : indices.length;
  for (let n = 0; n < count; n++) {
    const index = indices === null ? n : (indices[n] ?? 0);
    const id = ids[index] as EventId | undefined;
    if (id === undefined) continue;
    const day = dayOf[index] as number;
    // Most events share their day with the one before: only a new day can start a month.
    if (day !== lastDay) {
      lastDay = day;
      const dateKey = days[day] as string;
      // Venue-local dates in other zones can step back a day, and so back a month: a heading again.
      if (month === '' || !dateKey.startsWith(month)) {
        month = dateKey.slice(0, 7);
        rows.push({ kind: 'month', before: index, dateKey });
      }
    }
    rows.push(eventRows?.[index] ?? { kind: 'event', key: id, index, spaceBefore: 0 });
  }
  return rows;
}

type EventRow = Extract<TimelineRow, { kind: 'event' }>;

/** The rows of every event, per dataset and density: the list a cleared filter returns to. */
interface Unfiltered {
  compact?: readonly TimelineRow[];
  detailed?: readonly TimelineRow[];
  /** The compact list's event rows by event position, which every filtered compact list shares. */
  compactEvents?: readonly (EventRow | undefined)[];
}
const unfiltered = new WeakMap<EventColumns, Unfiltered>();

function unfilteredOf(columns: EventColumns): Unfiltered {
  let lists = unfiltered.get(columns);
  if (lists === undefined) unfiltered.set(columns, (lists = {}));
  return lists;
}

/** The compact event rows by position: a compact row is the same in every list that holds it. */
function compactEventRows(columns: EventColumns): readonly (EventRow | undefined)[] {
  const lists = unfilteredOf(columns);
  if (lists.compactEvents === undefined) {
    const byPosition = new Array<EventRow | undefined>(columns.ids.length);
    for (const row of (lists.compact ??= buildCompactRows(columns, null)))
      if (row.kind === 'event') byPosition[row.index] = row;
    lists.compactEvents = byPosition;
  }
  return lists.compactEvents;
}

/**
 * The timeline's rows for the events at `indices` (or every event), compact or with cards. The
 * list of every event is built once per dataset and density and handed out again whenever a
 * filter is cleared, and a filtered compact list reuses its event rows: at 100,000 events, making
 * them anew for each filter or keystroke made up to 100,000 short-lived objects, whose copying by
 * the garbage collector then stalled the next scrolls for up to 90 ms.
 */
export function timelineRows(
  columns: EventColumns,
  indices: readonly number[] | null,
  compact: boolean,
): readonly TimelineRow[] {
  if (indices !== null)
    return compact ? buildCompactRows(columns, indices, compactEventRows(columns)) : buildRows(columns, indices);
  const lists = unfilteredOf(columns);
  return compact ? (lists.compact ??= buildCompactRows(columns, null)) : (lists.detailed ??= buildRows(columns, null));
}

export interface RowPositions {
  /** The row of each event shown. */
  readonly rowOf: ReadonlyMap<EventId, number>;
  /** The rows that hold events, in order. */
  readonly eventRows: readonly number[];
}

function eventRowPositions(rows: readonly TimelineRow[]): RowPositions {
  const rowOf = new Map<EventId, number>();
  const eventRows: number[] = [];
  rows.forEach((r, i) => {
    if (r.kind === 'event') {
      rowOf.set(r.key, i);
      eventRows.push(i);
    }
  });
  return { rowOf, eventRows };
}

/** Worked out once per list of rows: the list of every event comes back each time a filter is cleared. */
const rowPositions = new WeakMap<readonly TimelineRow[], RowPositions>();

/**
 * The row positions, worked out on first use: a filter at 100,000 events would otherwise index
 * every visible event by id before its first paint, while only keyboard moves, focus requests
 * and a selection need the index.
 */
export function lazyRowPositions(rows: readonly TimelineRow[]): () => RowPositions {
  return () => {
    let positions = rowPositions.get(rows);
    if (positions === undefined) rowPositions.set(rows, (positions = eventRowPositions(rows)));
    return positions;
  };
}

/** The row `step` events away from the event at `row` (clamped to the first and last), or undefined. */
export function eventRowAfter(positions: RowPositions, row: number | undefined, step: number): number | undefined {
  const { eventRows } = positions;
  if (eventRows.length === 0) return undefined;
  const at = row === undefined ? -1 : eventRows.indexOf(row);
  if (at === -1) return eventRows[0];
  return eventRows[Math.min(eventRows.length - 1, Math.max(0, at + step))];
}

/** Rows in the static list: from the selected event on, or from the top. */
const STATIC_ROWS = { selected: 16, top: 20 } as const;

export interface StaticItem {
  readonly key: number;
  readonly index: number;
}

/**
 * The rows shown before the list's position is measured: on the server (prerendered pages) and in
 * the client's first render, which the virtualised rows replace, under the same keys, before paint.
 */
export function staticItems(rows: readonly TimelineRow[], selectedRow: number | undefined): StaticItem[] {
  const from = selectedRow ?? 0;
  const count = selectedRow === undefined ? STATIC_ROWS.top : STATIC_ROWS.selected;
  return rows.slice(from, from + count).map((row, i) => ({ key: rowKey(row), index: from + i }));
}

/** The time range (UTC ms) of the events in the rows at `items`, or null when they hold none. */
export function rowsTimeRange(
  columns: EventColumns,
  rows: readonly TimelineRow[],
  items: readonly { readonly index: number }[],
): readonly [number, number] | null {
  let from = Infinity;
  let to = -Infinity;
  for (const item of items) {
    const row = rows[item.index];
    if (row?.kind !== 'event') continue;
    from = Math.min(from, columns.startMs[row.index] ?? Infinity);
    to = Math.max(to, columns.endMs[row.index] ?? -Infinity);
  }
  return from <= to ? [from, to] : null;
}
