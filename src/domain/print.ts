/**
 * The printed chronology: every event of the view, in order, under day headings, with its time in
 * the venue's zone, participants, summary and quotes, and every source cited as a numbered endnote.
 * Paper cannot follow a link or scroll a virtual list, so the whole view is laid out as text.
 */
import type { Dataset, TimelineEvent } from './dataset.ts';
import { eventAt, type EventDetails } from './details.ts';
import { eventTimeText } from './eventTime.ts';
import { formatDayHeading, formatMonth, formatShortDate } from './format.ts';
import { ROLE_LABEL } from './labels.ts';
import type { EventId, Quote, Source, SourceId } from './schema.ts';

export interface PrintQuote {
  readonly id: string;
  readonly text: string;
  /** "Vladimir Putin". */
  readonly speaker: string;
  /** Endnote numbers of the quote's sources. */
  readonly notes: readonly number[];
}

export interface PrintEvent {
  readonly id: EventId;
  readonly title: string;
  /** For `<time datetime>`. */
  readonly datetime: string;
  /** The time under the day's heading: "11:00 AKDT, until 15:00 AKDT", "afternoon"; "" for a whole day. */
  readonly when: string;
  /** "Joint Base Elmendorf-Richardson, Anchorage", when known. */
  readonly where?: string;
  /** "Donald Trump (host)", … */
  readonly participants: readonly string[];
  readonly summary: string;
  readonly quotes: readonly PrintQuote[];
  /** Endnote numbers of the event's sources. */
  readonly notes: readonly number[];
}

export interface PrintDay {
  /** The venue-local start date (YYYY-MM-DD), or the month (YYYY-MM) of events known only to the month. */
  readonly key: string;
  /** "Fri 15 Aug 2025", or "October 2025". */
  readonly heading: string;
  readonly events: readonly PrintEvent[];
}

export interface PrintNote {
  readonly n: number;
  readonly source: Source;
  /** "Associated Press: “Trump and Putin meet in Alaska”, 15 Aug 2025 (state media)". */
  readonly text: string;
}

export interface Chronology {
  readonly days: readonly PrintDay[];
  readonly notes: readonly PrintNote[];
  /** Events of the view whose details have not arrived (left out until they do). */
  readonly missing: number;
  readonly eventCount: number;
}

/** One line naming a source, as an endnote reads: outlet, title, date, and what qualifies it. */
export function sourceNoteText(source: Source, dataset: Dataset): string {
  const original = source.copyOf === undefined ? undefined : dataset.sourceById.get(source.copyOf);
  const parts = [source.outlet === undefined ? `“${source.title}”` : `${source.outlet}: “${source.title}”`];
  if (source.published !== undefined) parts.push(formatShortDate(source.published));
  const qualifiers = [
    source.stateMedia === true ? 'state media' : undefined,
    original === undefined ? undefined : `copy of ${original.outlet ?? original.title}`,
  ].filter((q) => q !== undefined);
  return `${parts.join(', ')}${qualifiers.length > 0 ? ` (${qualifiers.join('; ')})` : ''}`;
}

/** "11:00 AKDT" from "Fri 15 Aug 2025, 11:00 AKDT": the day heading above already gives the date. */
function timeOfDay(label: string): string | undefined {
  const comma = label.indexOf(', ');
  return comma < 0 ? undefined : label.slice(comma + 2);
}

function placeOf(event: TimelineEvent, dataset: Dataset): string | undefined {
  const place = event.placeId === undefined ? undefined : dataset.placeById.get(event.placeId);
  const where = [event.venueDetail, place?.name, place?.locality].filter((p) => p !== undefined);
  const parts = where.length > 0 ? [where.join(', ')] : [];
  if (event.broadcast !== undefined) parts.push(`${event.broadcast.network}, ${event.broadcast.programme}`);
  return parts.length === 0 ? undefined : parts.join(' · ');
}

/**
 * The chronology of the events at `indices` (positions in time order; null for every event), from
 * the details that have arrived. Sources are numbered in the order they are first cited.
 */
export function buildChronology(
  dataset: Dataset,
  details: EventDetails,
  indices: readonly number[] | null,
): Chronology {
  const numbers = new Map<SourceId, number>();
  const notes: PrintNote[] = [];
  const cite = (ids: readonly SourceId[]) =>
    ids
      .flatMap((id) => {
        const known = numbers.get(id);
        if (known !== undefined) return [known];
        const source = dataset.sourceById.get(id);
        if (source === undefined) return [];
        const n = notes.length + 1;
        numbers.set(id, n);
        notes.push({ n, source, text: sourceNoteText(source, dataset) });
        return [n];
      })
      .sort((a, b) => a - b);
  const name = (id: string) => dataset.actorById.get(id as Quote['speakerId'])?.name ?? id;
  const days: { key: string; heading: string; events: PrintEvent[] }[] = [];
  let missing = 0;
  const count = indices === null ? dataset.count : indices.length;
  for (let k = 0; k < count; k++) {
    const event = eventAt(details, indices === null ? k : (indices[k] ?? -1));
    if (event === undefined) {
      missing++;
      continue;
    }
    const t = eventTimeText(event);
    const precision = event.start.precision;
    const key =
      precision === 'year'
        ? event.start.date.slice(0, 4)
        : precision === 'month'
          ? event.start.date.slice(0, 7)
          : event.start.date;
    if (days[days.length - 1]?.key !== key)
      days.push({
        key,
        heading:
          precision === 'year'
            ? t.label
            : precision === 'month'
              ? formatMonth(event.start.date)
              : formatDayHeading(event.start.date),
        events: [],
      });
    const where = placeOf(event, dataset);
    days[days.length - 1]?.events.push({
      id: event.id,
      title: event.title,
      datetime: t.datetime,
      when: [timeOfDay(t.label), t.until].filter((w) => w !== undefined).join(', '),
      ...(where === undefined ? {} : { where }),
      // An attendee is what a participant is by default: only other roles are worth a word.
      participants: event.participants.map((p) =>
        p.role === 'attendee' ? name(p.actorId) : `${name(p.actorId)} (${ROLE_LABEL[p.role]})`,
      ),
      summary: event.summary,
      notes: cite(event.sourceIds),
      quotes: (dataset.quotesByEvent.get(event.id) ?? []).map((q) => ({
        id: q.id,
        text: q.text,
        speaker: name(q.speakerId),
        notes: cite(q.sourceIds),
      })),
    });
  }
  return { days, notes, missing, eventCount: count };
}
