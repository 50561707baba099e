/**
 * Per-event numbers and date ids in flat typed arrays, built once per events list. The views that
 * walk every event (rows, overview bins, jump targets) read these instead of touching 100,000
 * objects scattered over the heap, which costs far more than the arithmetic itself.
 */
import type { TimelineEvent } from './dataset';

export interface EventColumns {
  /** The ids, so that a loop needing only the id does not load the event object. */
  readonly ids: readonly string[];
  readonly startMs: Float64Array;
  readonly endMs: Float64Array;
  /** For each event, the id of its venue-local start date in `days`. */
  readonly dayOf: Int32Array;
  /** The start dates (YYYY-MM-DD), in order of first appearance. */
  readonly days: readonly string[];
}

const cache = new WeakMap<readonly TimelineEvent[], EventColumns>();

/** The columns of `events` (computed on first use, then cached for that list). */
export function eventColumns(events: readonly TimelineEvent[]): EventColumns {
  const cached = cache.get(events);
  if (cached !== undefined) return cached;
  const n = events.length;
  const startMs = new Float64Array(n);
  const endMs = new Float64Array(n);
  const dayOf = new Int32Array(n);
  const eventIds: string[] = new Array<string>(n);
  const ids = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const e = events[i] as TimelineEvent;
    eventIds[i] = e.id;
    startMs[i] = e.startMs;
    endMs[i] = e.endMs;
    let id = ids.get(e.start.date);
    if (id === undefined) ids.set(e.start.date, (id = ids.size));
    dayOf[i] = id;
  }
  const columns = { ids: eventIds, startMs, endMs, dayOf, days: [...ids.keys()] };
  cache.set(events, columns);
  return columns;
}
