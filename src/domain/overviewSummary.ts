/** The overview's text alternative: what the chart shows, in a sentence a screen reader can read. */
import type { EventColumns } from './columns.ts';
import { formatCount, formatMonth } from './format.ts';
import { eventDate } from './overviewMarks.ts';

const events = (n: number) => `${formatCount(n)} ${n === 1 ? 'event' : 'events'}`;

/**
 * "104 events from 8 Aug 2025 to 15 Jun 2026; busiest month: August 2025 (17 events)", or with a
 * filter "12 of 104 events match the filters, from …". `indices` are the visible events (null: all).
 */
export function overviewSummary(columns: EventColumns, indices: readonly number[] | null): string {
  const total = columns.ids.length;
  const n = indices === null ? total : indices.length;
  const at = (k: number) => (indices === null ? k : (indices[k] as number));
  if (n === 0) return total === 0 ? 'No events.' : `None of the ${events(total)} match the filters.`;
  // Counted per day (a number per event), then per month (a string per day, not per event).
  const perDay = new Int32Array(columns.days.length);
  for (let k = 0; k < n; k++) {
    const d = columns.dayOf[at(k)] as number;
    perDay[d] = (perDay[d] as number) + 1;
  }
  const byMonth = new Map<string, number>();
  columns.days.forEach((day, d) => {
    const c = perDay[d] as number;
    if (c > 0) byMonth.set(day.slice(0, 7), (byMonth.get(day.slice(0, 7)) ?? 0) + c);
  });
  let busiest = '';
  let most = 0;
  for (const [m, c] of byMonth)
    if (c > most) {
      busiest = m;
      most = c;
    }
  const what = indices === null ? events(n) : `${formatCount(n)} of ${events(total)} match the filters,`;
  const first = eventDate(columns, at(0));
  const last = eventDate(columns, at(n - 1));
  const span = first === last ? `on ${first}` : `from ${first} to ${last}`;
  return `${what} ${span}; busiest month: ${formatMonth(`${busiest}-01`)} (${events(most)}).`;
}
