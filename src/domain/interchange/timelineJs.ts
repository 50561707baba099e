/**
 * A view as TimelineJS3 JSON (timeline.knightlab.com/docs/json-format.html), so a Parley timeline
 * can go back to TimelineJS: a title slide, one slide per event and the timeline's eras.
 *
 * TimelineJS has no time zones: a date's parts are read as a wall clock. They are written as the
 * venue's wall clock, as Parley shows it, and each slide's `display_date` says the time with its
 * zone and only as precisely as the sources give it ("Fri 15 Aug 2025, 11:00 AKDT", "late October
 * 2025"). A date object has only the parts the precision gives: a year; a year and month; a day;
 * an hour; an hour and minute.
 */
import type { TimelineEvent } from '../dataset.ts';
import { eventTimeText } from '../eventTime.ts';
import { ROLE_LABEL } from '../labels.ts';
import type { TimePoint } from '../schema.ts';
import { eventPageUrl } from './ics.ts';
import type { ExportInput } from './types.ts';

/** A TimelineJS date object: only the parts the precision gives. */
export interface TimelineJsDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly hour?: number;
  readonly minute?: number;
  readonly display_date?: string;
}

export interface TimelineJsSlide {
  readonly start_date?: TimelineJsDate;
  readonly end_date?: TimelineJsDate;
  readonly text: { readonly headline: string; readonly text: string };
  readonly group?: string;
  readonly display_date?: string;
  readonly unique_id: string;
}

export interface TimelineJsEra {
  readonly start_date: TimelineJsDate;
  readonly end_date: TimelineJsDate;
  readonly text: { readonly headline: string };
}

export interface TimelineJsDocument {
  readonly title: TimelineJsSlide;
  readonly events: readonly TimelineJsSlide[];
  readonly eras?: readonly TimelineJsEra[];
  readonly scale: 'human';
}

/** Text made safe inside HTML elements and quoted attributes: TimelineJS renders headline and text as HTML. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The date parts a time point's precision gives, from its venue-local date and time. */
export function timelineJsDate(p: TimePoint): TimelineJsDate {
  const year = Number(p.date.slice(0, 4));
  const month = Number(p.date.slice(5, 7));
  const day = Number(p.date.slice(8, 10));
  const [hour, minute] = (p.time ?? '00:00').split(':').map(Number);
  switch (p.precision) {
    case 'year':
      return { year };
    case 'month':
      return { year, month };
    case 'hour':
      return { year, month, day, hour: hour ?? 0 };
    case 'minute':
      return { year, month, day, hour: hour ?? 0, minute: minute ?? 0 };
    default:
      return { year, month, day };
  }
}

/** A paragraph per line of plain text. */
const paragraphs = (text: string) =>
  text
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');

/** The summary, who took part, the event's page on the site, and the sources as links. */
function slideText(input: ExportInput, e: TimelineEvent): string {
  const parts = [paragraphs(e.summary)];
  if (e.participants.length > 0) {
    const who = e.participants.map(
      (p) => `${escapeHtml(input.actorById.get(p.actorId)?.name ?? p.actorId)} (${escapeHtml(ROLE_LABEL[p.role])})`,
    );
    parts.push(`<p>Participants: ${who.join(', ')}</p>`);
  }
  const items = e.sourceIds.map((id) => {
    const s = input.sourceById.get(id);
    if (s === undefined) return `<li>${escapeHtml(id)}</li>`;
    const name = escapeHtml([s.outlet, s.title].filter((x) => x !== undefined).join(': '));
    const published = s.published === undefined ? '' : ` (${escapeHtml(s.published)})`;
    return s.url === undefined
      ? `<li>${name}${published}</li>`
      : `<li><a href="${escapeHtml(s.url)}">${name}</a>${published}</li>`;
  });
  if (items.length > 0) parts.push(`<p>Sources:</p><ol>${items.join('')}</ol>`);
  const page = eventPageUrl(input.site, e.id);
  if (page !== undefined) parts.push(`<p><a href="${escapeHtml(page)}">This event in Parley</a></p>`);
  return parts.join('');
}

function slideOf(input: ExportInput, e: TimelineEvent): TimelineJsSlide {
  const time = eventTimeText(e);
  const first = e.participants[0];
  const group = first === undefined ? undefined : input.actorById.get(first.actorId)?.name;
  return {
    start_date: timelineJsDate(e.start),
    ...(e.end === undefined ? {} : { end_date: timelineJsDate(e.end) }),
    text: { headline: escapeHtml(e.title), text: slideText(input, e) },
    ...(group === undefined ? {} : { group }),
    display_date: time.until === undefined ? time.label : `${time.label}, ${time.until}`,
    unique_id: e.id,
  };
}

const dateOfDay = (date: string): TimelineJsDate => ({
  year: Number(date.slice(0, 4)),
  month: Number(date.slice(5, 7)),
  day: Number(date.slice(8, 10)),
});

/** The view as a TimelineJS3 document (the object `toTimelineJs` writes). */
export function timelineJsDocument(input: ExportInput): TimelineJsDocument {
  const { timeline } = input;
  const eras = (timeline.eras ?? []).map((era) => ({
    start_date: dateOfDay(era.from),
    end_date: dateOfDay(era.to),
    text: { headline: escapeHtml(era.title) },
  }));
  return {
    title: {
      text: {
        headline: escapeHtml(timeline.title),
        text: `${paragraphs(timeline.subtitle)}${paragraphs(timeline.description)}`,
      },
      unique_id: 'title',
    },
    events: input.events.map((e) => slideOf(input, e)),
    ...(eras.length === 0 ? {} : { eras }),
    scale: 'human',
  };
}

/** The view as TimelineJS3 JSON text. */
export function toTimelineJs(input: ExportInput): string {
  return `${JSON.stringify(timelineJsDocument(input), null, 2)}\n`;
}
