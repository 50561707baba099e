/**
 * Per-event numbers and date ids in flat arrays. The views that walk every event (rows, overview
 * bins, jump targets, filters) read these instead of the event objects: they are all the index file
 * carries for each event, so they exist before any event's details have been fetched, and a loop
 * over 100,000 numbers costs far less than one over 100,000 objects scattered over the heap.
 */
import type { TimelineEvent } from './dataset.ts';
import type { EventKind, Topic } from './schema.ts';
import { EVENT_KINDS, TOPICS } from './vocabulary.ts';

/** The kinds in the order their positions are published. */
export const KINDS: readonly EventKind[] = EVENT_KINDS;

/** An event's topics as one number: bit k is set when it names `TOPICS[k]` (12 topics fit any integer). */
export function topicBits(topics: readonly Topic[]): number {
  let bits = 0;
  for (const t of topics) {
    const k = TOPICS.indexOf(t);
    if (k >= 0) bits |= 1 << k;
  }
  return bits;
}

/** The topics a bit set names, in vocabulary order. */
export function topicsOfBits(bits: number): Topic[] {
  return TOPICS.filter((_, k) => (bits & (1 << k)) !== 0);
}

export interface EventColumns {
  readonly ids: readonly string[];
  readonly startMs: Float64Array;
  readonly endMs: Float64Array;
  /** For each event, the id of its venue-local start date in `days`. */
  readonly dayOf: Int32Array;
  /** The start dates (YYYY-MM-DD), in order of first appearance. */
  readonly days: readonly string[];
  /** For each event, its topics as bits (`topicBits`): a topic filter is one pass over small integers. */
  readonly topics: Uint16Array;
  /** For each event, the position of its kind in `KINDS`: the overview shapes marks before details arrive. */
  readonly kindOf: Uint8Array;
}

/** The columns of a list of complete events (at build time, or for a dataset held whole). */
export function eventColumns(events: readonly TimelineEvent[]): EventColumns {
  const n = events.length;
  const startMs = new Float64Array(n);
  const endMs = new Float64Array(n);
  const dayOf = new Int32Array(n);
  const topics = new Uint16Array(n);
  const kindOf = new Uint8Array(n);
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
    topics[i] = topicBits(e.topics);
    kindOf[i] = Math.max(0, KINDS.indexOf(e.kind));
  }
  return { ids: eventIds, startMs, endMs, dayOf, days: [...ids.keys()], topics, kindOf };
}
