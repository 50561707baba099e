/**
 * Periods to zoom the overview to: years, quarters, months, weeks or days, whichever splits the span
 * on view into a handful, so the same buttons serve ten days and four years. Calendar periods in UTC,
 * as the axis is.
 */
import { formatMonth, formatShortDate } from './format.ts';

export type PeriodUnit = 'year' | 'quarter' | 'month' | 'week' | 'day';

export interface Period {
  readonly unit: PeriodUnit;
  /** UTC ms: the period is [from, to). */
  readonly from: number;
  readonly to: number;
  /** "2026", "Jul–Sep 2025", "August 2025", "Week of 18 Aug 2025", "18 Aug 2025". */
  readonly label: string;
}

const DAY = 86_400_000;
const UNITS: readonly PeriodUnit[] = ['year', 'quarter', 'month', 'week', 'day'];
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** At most this many periods are offered at once. */
export const MAX_PERIODS = 12;

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The start of the period of `unit` holding `ms`. */
function startOf(unit: PeriodUnit, ms: number): number {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  if (unit === 'year') return Date.UTC(y, 0, 1);
  if (unit === 'quarter') return Date.UTC(y, m - (m % 3), 1);
  if (unit === 'month') return Date.UTC(y, m, 1);
  const day = Date.UTC(y, m, d.getUTCDate());
  // Weeks start on Monday.
  return unit === 'week' ? day - ((d.getUTCDay() + 6) % 7) * DAY : day;
}

function next(unit: PeriodUnit, from: number): number {
  const d = new Date(from);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  if (unit === 'year') return Date.UTC(y + 1, 0, 1);
  if (unit === 'quarter') return Date.UTC(y, m + 3, 1);
  if (unit === 'month') return Date.UTC(y, m + 1, 1);
  return from + (unit === 'week' ? 7 : 1) * DAY;
}

function labelOf(unit: PeriodUnit, from: number): string {
  const d = new Date(from);
  const y = d.getUTCFullYear();
  if (unit === 'year') return String(y);
  if (unit === 'quarter') {
    const m = d.getUTCMonth();
    return `${SHORT_MONTHS[m] ?? ''}–${SHORT_MONTHS[(m + 2) % 12] ?? ''} ${y}`;
  }
  if (unit === 'month') return formatMonth(isoDay(from));
  if (unit === 'week') return `Week of ${formatShortDate(isoDay(from))}`;
  return formatShortDate(isoDay(from));
}

/** The periods of `unit` that overlap [from, to]. */
export function periodsOf(unit: PeriodUnit, from: number, to: number): Period[] {
  const out: Period[] = [];
  for (let a = startOf(unit, from); a <= to && out.length <= 10_000; a = next(unit, a)) {
    const b = next(unit, a);
    out.push({ unit, from: a, to: b, label: labelOf(unit, a) });
  }
  return out;
}

/** Visible events (positions `indices`, null: all) starting in [from, to): the first one and how many. */
export function eventsIn(
  startMs: ArrayLike<number>,
  indices: readonly number[] | null,
  from: number,
  to: number,
): { first: number | undefined; count: number } {
  const n = indices === null ? startMs.length : indices.length;
  const at = (k: number) => (indices === null ? k : (indices[k] as number));
  const bound = (t: number) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((startMs[at(mid)] as number) < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const a = bound(from);
  const b = bound(to);
  return { first: a < b ? at(a) : undefined, count: b - a };
}

/**
 * The periods to offer for the span [from, to]: those of the coarsest unit that splits it into at
 * least three periods holding events (at most MAX_PERIODS), keeping only periods with events.
 * Empty when no unit splits it (a single day).
 */
export function periodsWithin(startMs: ArrayLike<number>, from: number, to: number): Period[] {
  let previous: Period[] = [];
  for (const unit of UNITS) {
    const periods = periodsOf(unit, from, to).filter((p) => eventsIn(startMs, null, p.from, p.to).count > 0);
    if (periods.length > MAX_PERIODS) return previous.length >= 2 ? previous : periods.slice(0, MAX_PERIODS);
    if (periods.length >= 3) return periods;
    if (periods.length >= 2) previous = periods;
  }
  return previous;
}

/**
 * The span `factor` times as long around the middle of [from, to] (below 1 zooms in), kept inside
 * `extent` and at least a day long.
 */
export function zoomSpan(
  [from, to]: readonly [number, number],
  factor: number,
  [lo, hi]: readonly [number, number],
): [number, number] {
  const length = Math.min(hi - lo, Math.max(DAY, (to - from) * factor));
  const mid = (from + to) / 2;
  const a = Math.min(Math.max(lo, mid - length / 2), hi - length);
  return [Math.max(lo, a), Math.min(hi, Math.max(lo, a) + length)];
}
