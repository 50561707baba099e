/**
 * iCalendar (RFC 5545) of a view: one VEVENT per event, timed events in the venue's zone (TZID,
 * with a VTIMEZONE for each zone written from the zone's own offsets), the rest as all-day dates
 * covering the day, part of the day, month or year the sources give. A small writer rather than a
 * library: the format needs only escaping, folding and the time-zone blocks, and the tests check
 * its output with ical.js, a maintained parser.
 */
import type { TimelineEvent } from '../dataset.ts';
import { PART_OF_DAY_LABEL, ROLE_LABEL, TOPIC_LABEL } from '../labels.ts';
import type { Place, TimePoint } from '../schema.ts';
import { DAY_MS, offsetAt, timePointEnd, wallClock, zoneNameFormat } from '../time.ts';
import type { ExportInput, ExportSite } from './types.ts';

const CRLF = '\r\n';
/** RFC 5545 3.1: lines longer than 75 octets are folded. */
const MAX_OCTETS = 75;

/** RFC 5545 3.3.11: a TEXT value with its backslashes, semicolons, commas and line breaks escaped. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** The octets a code point takes in UTF-8. */
function utf8Size(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/**
 * RFC 5545 3.1: a content line folded into lines of at most 75 octets of UTF-8, each continuation
 * starting with a space; a character is never split across lines.
 */
export function foldLine(line: string): string {
  // Short ASCII lines, most of a calendar, need no counting.
  if (line.length <= MAX_OCTETS && /^[\x20-\x7e]*$/.test(line)) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Size(ch);
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = out.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 20250815T190000Z */
function utcStamp(instant: number): string {
  const d = new Date(instant);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** The wall clock of a UTC-fields Date as a floating local DATE-TIME: 20250815T110000 */
function localStamp(wall: Date): string {
  return `${pad(wall.getUTCFullYear(), 4)}${pad(wall.getUTCMonth() + 1)}${pad(wall.getUTCDate())}T${pad(wall.getUTCHours())}${pad(wall.getUTCMinutes())}${pad(wall.getUTCSeconds())}`;
}

/** 2025-08-15 → 20250815 */
const dateValue = (date: string) => date.replaceAll('-', '');

/** The date after `date`, YYYY-MM-DD (any year from 1 to 9999). */
function nextDate(date: string): string {
  const d = new Date(0);
  d.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + 1);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The last venue-local date a time point covers: the day itself, or the last day of its month, third or year. */
function lastDate(p: TimePoint): string {
  const wall = wallClock(timePointEnd(p), p.tz);
  return `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
}

/** A time point the calendar writes as a time of day (the rest are all-day dates). */
const isTimed = (p: TimePoint) => p.time !== undefined && (p.precision === 'minute' || p.precision === 'hour');

/** An event is timed when its start is, and its end too if it has one: a VEVENT's start and end share one type. */
const eventIsTimed = (e: TimelineEvent) => isTimed(e.start) && (e.end === undefined || isTimed(e.end));

/**
 * DTSTART or DTEND of a timed point: the venue's wall clock with its TZID, or UTC when the point
 * names an offset (a time the clocks repeat, where a TZID's wall clock would mean the first of the two).
 */
function timedProperty(name: string, p: TimePoint, instant: number): string {
  if (p.offset !== undefined) return `${name}:${utcStamp(instant)}`;
  return `${name};TZID=${p.tz}:${dateValue(p.date)}T${(p.time ?? '00:00').replace(':', '')}00`;
}

/** +0530, -0800, +002830 for an offset with seconds (local mean time). */
function utcOffset(ms: number): string {
  const total = Math.round(Math.abs(ms) / 1000);
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  return `${ms < 0 ? '-' : '+'}${pad(h)}${pad(m)}${s === 0 ? '' : pad(s)}`;
}

/** The zone's abbreviation at an instant ("AKDT", or "GMT+3" where it has none in English). */
function zoneAbbreviation(tz: string, instant: number): string | undefined {
  return zoneNameFormat('en-US', tz, 'short')
    ?.formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')?.value;
}

interface Transition {
  readonly instant: number;
  readonly before: number;
  readonly after: number;
}

/** The instants in [from, to) where `tz` changes its UTC offset, found to the minute. */
function transitions(tz: string, from: number, to: number): Transition[] {
  const out: Transition[] = [];
  for (let day = from; day < to; day += DAY_MS) {
    const before = offsetAt(tz, day);
    const after = offsetAt(tz, day + DAY_MS);
    if (before === after) continue;
    let [lo, hi] = [day, day + DAY_MS];
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (offsetAt(tz, mid) === before) lo = mid;
      else hi = mid;
    }
    out.push({ instant: hi, before, after });
  }
  return out;
}

/** 1 January of `year`, 00:00 UTC (any year from 1 to 9999). */
function yearStart(year: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, 0, 1);
  return d.getTime();
}

/**
 * A VTIMEZONE for `tz` over the years `from`–`to`: the offset in force on 1 January of the first
 * year, then a STANDARD or DAYLIGHT block for each change of offset in those years (no RRULE: each
 * change is written out). An offset is daylight time when it is above the smallest offset of its year.
 */
function vtimezone(tz: string, from: number, to: number): string[] {
  const start = yearStart(from) - DAY_MS;
  const changes = transitions(tz, start, yearStart(to + 1) + DAY_MS);
  const initial = offsetAt(tz, start);
  const smallest = new Map<number, number>();
  const yearOf = (instant: number) => new Date(instant).getUTCFullYear();
  const note = (instant: number, offset: number) => {
    const y = yearOf(instant);
    smallest.set(y, Math.min(smallest.get(y) ?? offset, offset));
  };
  note(start, initial);
  for (const c of changes) {
    note(c.instant, c.before);
    note(c.instant, c.after);
  }
  const block = (instant: number, fromOffset: number, toOffset: number) => {
    const kind = toOffset > (smallest.get(yearOf(instant)) ?? toOffset) ? 'DAYLIGHT' : 'STANDARD';
    const name = zoneAbbreviation(tz, instant);
    return [
      `BEGIN:${kind}`,
      // RFC 5545 3.6.5: the sub-component starts at the wall clock of the offset before the change.
      `DTSTART:${localStamp(new Date(instant + fromOffset))}`,
      `TZOFFSETFROM:${utcOffset(fromOffset)}`,
      `TZOFFSETTO:${utcOffset(toOffset)}`,
      ...(name === undefined ? [] : [`TZNAME:${escapeText(name)}`]),
      `END:${kind}`,
    ];
  };
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${tz}`,
    ...block(start, initial, initial),
    ...changes.flatMap((c) => block(c.instant, c.before, c.after)),
    'END:VTIMEZONE',
  ];
}

const regionNames = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' });
  } catch {
    return undefined;
  }
})();

/** Country names once per code: asking Intl for each event costs more than the rest of the event. */
const countryNames = new Map<string, string>();

/** "Oval Office, The White House, Washington, D.C., United States" */
function locationOf(place: Place, venue: string | undefined): string {
  let country = countryNames.get(place.countryCode);
  if (country === undefined) {
    country = regionNames?.of(place.countryCode) ?? place.countryCode;
    countryNames.set(place.countryCode, country);
  }
  return [venue, place.name, place.locality, country].filter((p) => p !== undefined && p !== '').join(', ');
}

/** The event's page: origin + base + events/<id>/ (undefined without an origin: a calendar needs an absolute URL). */
export function eventPageUrl(site: ExportSite, id: string): string | undefined {
  if (site.origin === '') return undefined;
  const base = site.base.endsWith('/') ? site.base : `${site.base}/`;
  return `${site.origin.replace(/\/+$/, '')}${base.startsWith('/') ? base : `/${base}`}events/${id}/`;
}

/** The UID's domain: the site's host, or "parley" when the export does not know where it lives. */
function uidDomain(site: ExportSite): string {
  if (site.origin === '') return 'parley';
  try {
    return new URL(site.origin).host || 'parley';
  } catch {
    return 'parley';
  }
}

/** The summary, then who took part, then the numbered sources with their links. */
function descriptionOf(input: ExportInput, e: TimelineEvent): string {
  const parts = [e.summary];
  if (e.start.precision === 'part-of-day' && e.start.partOfDay !== undefined)
    parts.push(`When: ${PART_OF_DAY_LABEL[e.start.partOfDay].toLowerCase()} (${e.start.tz})`);
  if (e.status === 'postponed' || e.status === 'scheduled') parts.push(`Status: ${e.status}`);
  if (e.participants.length > 0) {
    const who = e.participants.map((p) => {
      const name = input.actorById.get(p.actorId)?.name ?? p.actorId;
      return `${name} (${ROLE_LABEL[p.role]})`;
    });
    parts.push(`Participants: ${who.join(', ')}`);
  }
  const sources = e.sourceIds.map((id, k) => {
    const s = input.sourceById.get(id);
    if (s === undefined) return `${k + 1}. ${id}`;
    const head = [s.outlet, s.title].filter((x) => x !== undefined).join(': ');
    const published = s.published === undefined ? '' : ` (${s.published})`;
    return `${k + 1}. ${head}${published}${s.url === undefined ? '' : ` ${s.url}`}`;
  });
  if (sources.length > 0) parts.push(`Sources:\n${sources.join('\n')}`);
  return parts.join('\n\n');
}

const STATUS: Record<TimelineEvent['status'], string> = {
  occurred: 'CONFIRMED',
  scheduled: 'TENTATIVE',
  postponed: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

function vevent(input: ExportInput, e: TimelineEvent, uidAt: string, stamp: string): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${e.id}@${uidAt}`, `DTSTAMP:${stamp}`];
  if (eventIsTimed(e)) {
    // The instants as the dataset works them out, for a time with an offset (written in UTC).
    lines.push(timedProperty('DTSTART', e.start, e.startMs));
    if (e.end !== undefined) lines.push(timedProperty('DTEND', e.end, e.endMs));
  } else {
    const last = lastDate(e.end ?? e.start);
    lines.push(`DTSTART;VALUE=DATE:${dateValue(e.start.date)}`);
    // DTEND of an all-day event is the day after its last day (RFC 5545 3.6.1).
    lines.push(`DTEND;VALUE=DATE:${dateValue(nextDate(last < e.start.date ? e.start.date : last))}`);
    lines.push('TRANSP:TRANSPARENT');
  }
  lines.push(`SUMMARY:${escapeText(e.title)}`);
  lines.push(`DESCRIPTION:${escapeText(descriptionOf(input, e))}`);
  const place = e.placeId === undefined ? undefined : input.placeById.get(e.placeId);
  if (place !== undefined) {
    lines.push(`LOCATION:${escapeText(locationOf(place, e.venueDetail))}`);
    if (place.geo !== undefined) lines.push(`GEO:${place.geo.lat};${place.geo.lon}`);
  }
  if (e.topics.length > 0) lines.push(`CATEGORIES:${e.topics.map((t) => escapeText(TOPIC_LABEL[t])).join(',')}`);
  const url = eventPageUrl(input.site, e.id);
  if (url !== undefined) lines.push(`URL:${url}`);
  lines.push(`STATUS:${STATUS[e.status]}`);
  lines.push('END:VEVENT');
  return lines;
}

/** The years (first, last) that the timed events of each zone span. */
function zoneYears(events: readonly TimelineEvent[]): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  const add = (p: TimePoint) => {
    const year = Number(p.date.slice(0, 4));
    const span = out.get(p.tz);
    if (span === undefined) out.set(p.tz, [year, year]);
    else out.set(p.tz, [Math.min(span[0], year), Math.max(span[1], year)]);
  };
  for (const e of events) {
    if (!eventIsTimed(e)) continue;
    if (e.start.offset === undefined) add(e.start);
    if (e.end !== undefined && e.end.offset === undefined) add(e.end);
  }
  return out;
}

/** The view as an iCalendar file: CRLF line ends, every line folded at 75 octets. */
export function toIcs(input: ExportInput): string {
  const { timeline } = input;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Parley//Parley timeline export//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(timeline.title)}`,
    `X-WR-CALNAME:${escapeText(timeline.title)}`,
    `DESCRIPTION:${escapeText(timeline.description)}`,
    `X-WR-CALDESC:${escapeText(timeline.description)}`,
  ];
  for (const [tz, [from, to]] of [...zoneYears(input.events)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    lines.push(...vtimezone(tz, from, to));
  const uidAt = uidDomain(input.site);
  const stamp = utcStamp(input.now);
  for (const e of input.events) lines.push(...vevent(input, e, uidAt, stamp));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
