/**
 * The overview's date axis: ticks on calendar boundaries (UTC), labelled in the app's date style
 * ("18 Aug", "Aug" with "2025" beneath, "2026"), at the finest step whose labels all fit without
 * touching. The
 * width of a label is estimated from its length, generously, so that the check needs no layout.
 */

const DAY = 86_400_000;

/**
 * Estimated advances in a tick label (12 px system UI text, --text-xs), taken from the widest common
 * system fonts (DejaVu Sans: digits 0.64 em, letters up to 0.6 em on average, a space 0.32 em).
 */
const DIGIT_W = 7.7;
const LETTER_W = 7.2;
const SPACE_W = 4;
/** Space between the tick line and its label, and the least space left between two labels. */
export const TICK_PAD = 3;
export const TICK_GAP = 10;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

type Unit = 'day' | 'month' | 'year';

interface Step {
  readonly unit: Unit;
  readonly every: number;
}

/** From finest to coarsest; the first whose labels fit is used. */
const STEPS: readonly Step[] = [
  { unit: 'day', every: 1 },
  { unit: 'day', every: 2 },
  { unit: 'day', every: 7 },
  { unit: 'day', every: 14 },
  { unit: 'month', every: 1 },
  { unit: 'month', every: 2 },
  { unit: 'month', every: 3 },
  { unit: 'month', every: 6 },
  { unit: 'year', every: 1 },
  { unit: 'year', every: 2 },
  { unit: 'year', every: 5 },
  { unit: 'year', every: 10 },
  { unit: 'year', every: 25 },
  { unit: 'year', every: 100 },
];

export interface Tick {
  /** UTC ms of the boundary. */
  readonly ms: number;
  /** Pixels from the start of the plot. */
  readonly x: number;
  /** "18 Aug", "Aug", "2026". */
  readonly label: string;
  /** The year, under the label, on the first tick and where the year changes (days and months only). */
  readonly year?: string;
}

/** The estimated width in pixels of a tick label. */
export function labelWidth(label: string): number {
  let w = 0;
  for (const c of label) w += c === ' ' ? SPACE_W : c >= '0' && c <= '9' ? DIGIT_W : LETTER_W;
  return Math.ceil(w);
}

/** The estimated width of a tick's text: its label or its year, whichever is wider. */
export function tickWidth(t: Pick<Tick, 'label' | 'year'>): number {
  return Math.max(labelWidth(t.label), labelWidth(t.year ?? ''));
}

/** Calendar boundaries of `step` within [from, to], in UTC. */
function boundaries(from: number, to: number, { unit, every }: Step): number[] {
  const out: number[] = [];
  const d = new Date(from);
  if (unit === 'day') {
    // Steps of days count from a Monday (5 Jan 1970) so weeks start on Mondays and the ticks stay
    // put while the span pans.
    const monday = 4 * DAY;
    const first = Math.ceil((from - monday) / DAY / every) * every * DAY + monday;
    for (let t = first; t <= to; t += every * DAY) out.push(t);
    return out;
  }
  let y = d.getUTCFullYear();
  let m = unit === 'month' ? Math.floor(d.getUTCMonth() / every) * every : 0;
  if (unit === 'year') y = Math.floor(y / every) * every;
  for (;;) {
    const t = Date.UTC(y, m, 1);
    if (t > to) break;
    if (t >= from) out.push(t);
    if (unit === 'month') {
      m += every;
      y += Math.floor(m / 12);
      m %= 12;
    } else y += every;
  }
  return out;
}

/** "18 Aug", "Aug", "2026", with the year beneath where it changes, and on the first tick. */
function textOf(ms: number, unit: Unit, previous: number | undefined): Pick<Tick, 'label' | 'year'> {
  const d = new Date(ms);
  const year = String(d.getUTCFullYear());
  const newYear = previous === undefined || new Date(previous).getUTCFullYear() !== d.getUTCFullYear();
  const month = MONTHS[d.getUTCMonth()] ?? '';
  if (unit === 'year') return { label: year };
  const label = unit === 'month' ? month : `${d.getUTCDate()} ${month}`;
  return newYear ? { label, year } : { label };
}

/** Whether every label fits in [0, width] and clears the next one. */
function fits(ticks: readonly Tick[], width: number): boolean {
  for (let k = 0; k < ticks.length; k++) {
    const t = ticks[k] as Tick;
    const end = t.x + TICK_PAD + tickWidth(t);
    const next = ticks[k + 1];
    if (end > width || (next !== undefined && end + TICK_GAP > next.x)) return false;
  }
  return true;
}

function ticksFor(from: number, to: number, width: number, step: Step): Tick[] {
  const span = to - from;
  const ms = boundaries(from, to, step);
  return ms.map((t, k) => ({ ms: t, x: ((t - from) / span) * width, ...textOf(t, step.unit, ms[k - 1]) }));
}

/**
 * The axis ticks for [from, to] (UTC ms) drawn `width` pixels wide: the finest calendar step with at
 * least two ticks whose labels (each drawn from its tick towards the right) all fit and never
 * touch. A last label that would run past the end is dropped rather than squeezed; with no step
 * that fits twice, the coarsest step that fits once.
 */
export function axisTicks(from: number, to: number, width: number): Tick[] {
  if (!(to > from) || !(width > 0)) return [];
  let fallback: Tick[] = [];
  for (const step of STEPS) {
    // A day step over decades would make thousands of candidates: skip steps far too fine to fit.
    const count = (to - from) / approxMs(step);
    if (count > width / 10) continue;
    const all = ticksFor(from, to, width, step);
    const ticks = fits(all, width) ? all : fits(all.slice(0, -1), width) ? all.slice(0, -1) : null;
    if (ticks === null) continue;
    if (ticks.length >= 2) return ticks;
    if (fallback.length === 0 && ticks.length === 1) fallback = ticks;
  }
  return fallback;
}

function approxMs({ unit, every }: Step): number {
  return every * (unit === 'day' ? DAY : unit === 'month' ? 30.44 * DAY : 365.25 * DAY);
}
