/**
 * The overview's marks: a lane's events binned into columns a few pixels wide, so that what is drawn
 * depends on the chart's width, not on the number of events (100,000 events make at most a few
 * hundred marks). Each mark knows how many events it holds, how many pass the filters, its first
 * event (what clicking it opens) and the kind most of its events are.
 */
import type { EventColumns } from './columns.ts';
import { formatShortDate } from './format.ts';
import { KIND_LABEL } from './labels.ts';
import type { EventKind } from './schema.ts';

/** The four shapes the overview draws, each standing for a family of event kinds. */
export type MarkKind = 'meeting' | 'call' | 'statement' | 'decision';

export const MARK_KIND_OF: Record<EventKind, MarkKind> = {
  summit: 'meeting',
  'bilateral-meeting': 'meeting',
  'multilateral-meeting': 'meeting',
  'video-conference': 'call',
  'phone-call': 'call',
  'tv-interview': 'statement',
  'press-statement': 'statement',
  'social-post': 'statement',
  announcement: 'statement',
  'policy-action': 'decision',
  document: 'decision',
};

/** The legend's words for each shape, in the legend's order. */
export const MARK_KIND_LABEL: Record<MarkKind, string> = {
  meeting: 'Meeting or summit',
  call: 'Call or video call',
  statement: 'Statement or post',
  decision: 'Decision or document',
};

export const MARK_KINDS = Object.keys(MARK_KIND_LABEL) as MarkKind[];

export interface Mark {
  readonly bin: number;
  /** The lane's events in the bin. */
  readonly count: number;
  /** Of those, the events that pass the filters. */
  readonly shown: number;
  /** The first and last events in the bin. */
  readonly first: number;
  readonly last: number;
  /** The first event that passes the filters, or the first event when none does: what the mark opens. */
  readonly target: number;
  /** The family most of the bin's events belong to, among those whose kind is known; null when none is. */
  readonly kind: MarkKind | null;
}

/** Kinds are tallied over at most this many events of a bin: enough to say what most of them are. */
const KIND_SAMPLE = 64;

/** The first k with startMs[events[k]] >= t. */
function lowerBound(events: Int32Array, startMs: Float64Array, t: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((startMs[events[mid] as number] as number) < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function dominant(tally: Int32Array): MarkKind | null {
  let best = -1;
  let most = 0;
  for (let k = 0; k < tally.length; k++)
    if ((tally[k] as number) > most) {
      most = tally[k] as number;
      best = k;
    }
  return MARK_KINDS[best] ?? null;
}

/**
 * One lane's marks over [from, to] in `binCount` equal columns. `events` are the lane's sorted
 * positions; `shown` has 1 for each event that passes the filters (null: all do); `kindOf` gives an
 * event's kind once its details are here. One pass over the lane's events in the span.
 */
export function binLane(
  events: Int32Array,
  startMs: Float64Array,
  [from, to]: readonly [number, number],
  binCount: number,
  shown: Uint8Array | null,
  kindOf: (position: number) => EventKind | undefined,
): Mark[] {
  const marks: Mark[] = [];
  const span = Math.max(1, to - from);
  const tally = new Int32Array(MARK_KINDS.length);
  let current: { bin: number; count: number; shown: number; first: number; firstShown: number; last: number } | null =
    null;
  const close = () => {
    if (current === null) return;
    const { bin, count, first, firstShown, last } = current;
    marks.push({
      bin,
      count,
      shown: current.shown,
      first,
      last,
      target: firstShown >= 0 ? firstShown : first,
      kind: dominant(tally),
    });
    tally.fill(0);
  };
  for (let k = lowerBound(events, startMs, from); k < events.length; k++) {
    const i = events[k] as number;
    const t = startMs[i] as number;
    if (t > to) break;
    const bin = Math.min(binCount - 1, Math.floor(((t - from) / span) * binCount));
    if (current === null || current.bin !== bin) {
      close();
      current = { bin, count: 0, shown: 0, first: i, firstShown: -1, last: i };
    }
    current.count++;
    current.last = i;
    const isShown = shown === null || shown[i] === 1;
    if (isShown) {
      current.shown++;
      if (current.firstShown < 0) current.firstShown = i;
    }
    if (current.count <= KIND_SAMPLE) {
      const kind = kindOf(i);
      if (kind !== undefined) {
        const f = MARK_KINDS.indexOf(MARK_KIND_OF[kind]);
        tally[f] = (tally[f] as number) + 1;
      }
    }
  }
  close();
  return marks;
}

const masks = new WeakMap<readonly number[], Uint8Array>();

/** 1 for each position in `indices` (null: every event passes, so no mask is needed). */
export function shownMask(count: number, indices: readonly number[] | null): Uint8Array | null {
  if (indices === null) return null;
  let mask = masks.get(indices);
  if (mask === undefined) {
    mask = new Uint8Array(count);
    for (const i of indices) mask[i] = 1;
    masks.set(indices, mask);
  }
  return mask;
}

/** The venue-local start date of the event at `i`: "18 Aug 2025". */
export function eventDate(columns: EventColumns, i: number): string {
  const key = columns.days[columns.dayOf[i] ?? -1];
  return key === undefined ? '' : formatShortDate(key);
}

/** What an event's details tell a mark's name, once they are here. */
export interface EventGist {
  readonly title: string;
  readonly kind: EventKind;
}

/**
 * A mark's name, for its accessible name and the readout beside the chart: "United States, 18 Aug
 * 2025: Bilateral meeting, White House meeting" or "Russia, 3 Sep 2025 – 9 Sep 2025: 4 events;
 * opens Putin–Xi talks in Beijing"; says when the filters hide its events.
 */
export function describeMark(
  lane: string,
  mark: Mark,
  columns: EventColumns,
  gistOf: (position: number) => EventGist | undefined,
): string {
  const a = eventDate(columns, mark.first);
  const b = eventDate(columns, mark.last);
  const when = a === b ? a : `${a} – ${b}`;
  const gist = gistOf(mark.target);
  const hidden =
    mark.shown === 0 ? ' (outside the filters)' : mark.shown < mark.count ? ` (${mark.shown} match the filters)` : '';
  if (mark.count === 1) {
    const what = gist === undefined ? 'one event' : `${KIND_LABEL[gist.kind]}, ${gist.title}`;
    return `${lane}, ${when}: ${what}${hidden}`;
  }
  const first = gist === undefined ? '' : `; opens ${gist.title}`;
  return `${lane}, ${when}: ${mark.count.toLocaleString('en')} events${hidden}${first}`;
}
