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

/** The five shapes the overview draws, each standing for a family of event kinds. */
export type MarkKind = 'meeting' | 'call' | 'statement' | 'decision' | 'other';

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
  // A kind the vocabulary does not name (an imported event): a shape of its own, so that it is not
  // read as one of the families above.
  other: 'other',
};

/** The legend's words for each shape, in the legend's order. */
export const MARK_KIND_LABEL: Record<MarkKind, string> = {
  meeting: 'Meeting or summit',
  call: 'Call or video call',
  statement: 'Statement or post',
  decision: 'Decision or document',
  other: 'Other event',
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

/** The first k in [lo, events.length) for which `after(startMs[events[k]])` holds (it must be monotonic). */
function firstWhere(events: Int32Array, startMs: Float64Array, lo: number, after: (t: number) => boolean): number {
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after(startMs[events[mid] as number] as number)) hi = mid;
    else lo = mid + 1;
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
 * event's kind once its details are here. The lane's events are in time order, so each column's are
 * found by binary search: without a filter the cost is per column, not per event; with one, a pass
 * over the span's events checks which pass. Kinds are tallied over a column's first few events.
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
  const binOf = (t: number) => Math.min(binCount - 1, Math.floor(((t - from) / span) * binCount));
  const tally = new Int32Array(MARK_KINDS.length);
  const end = firstWhere(events, startMs, 0, (t) => t > to);
  let lo = firstWhere(events, startMs, 0, (t) => t >= from);
  while (lo < end) {
    const bin = binOf(startMs[events[lo] as number] as number);
    const hi = Math.min(
      end,
      firstWhere(events, startMs, lo, (t) => binOf(t) > bin),
    );
    let count = 0;
    let target = -1;
    for (let k = lo; k < hi; k++)
      if (shown === null || shown[events[k] as number] === 1) {
        count++;
        if (target < 0) target = events[k] as number;
        if (shown === null) {
          count = hi - lo;
          break;
        }
      }
    tally.fill(0);
    for (let k = lo; k < Math.min(hi, lo + KIND_SAMPLE); k++) {
      const kind = kindOf(events[k] as number);
      if (kind === undefined) continue;
      const f = MARK_KINDS.indexOf(MARK_KIND_OF[kind]);
      tally[f] = (tally[f] as number) + 1;
    }
    const first = events[lo] as number;
    marks.push({
      bin,
      count: hi - lo,
      shown: count,
      first,
      last: events[hi - 1] as number,
      target: target >= 0 ? target : first,
      kind: dominant(tally),
    });
    lo = hi;
  }
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

const dayLabels = new WeakMap<readonly string[], (string | undefined)[]>();

/** The venue-local start date of the event at `i`: "18 Aug 2025" (formatted once per day: marks are named on every render). */
export function eventDate(columns: EventColumns, i: number): string {
  const d = columns.dayOf[i] ?? -1;
  let labels = dayLabels.get(columns.days);
  if (labels === undefined) dayLabels.set(columns.days, (labels = []));
  const key = columns.days[d];
  if (key === undefined) return '';
  return (labels[d] ??= formatShortDate(key));
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
