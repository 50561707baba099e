/**
 * schema.org `Event` structured data for an event's page, as a `<script type="application/ld+json">`
 * data block: search engines and calendars read the event's name, dates, place and status from it.
 * A data block is never run, so the page's `script-src 'self'` allows it.
 */
import type { TimelineEvent } from '../domain/dataset.ts';
import type { Place, PlaceId, TimePoint } from '../domain/schema.ts';
import { isoOffset, timePointStart } from '../domain/time.ts';

type JsonLd = Record<string, unknown>;

const STATUS: Record<TimelineEvent['status'], string> = {
  // schema.org has no "took place": EventScheduled says the event went ahead as planned.
  occurred: 'https://schema.org/EventScheduled',
  scheduled: 'https://schema.org/EventScheduled',
  postponed: 'https://schema.org/EventPostponed',
  cancelled: 'https://schema.org/EventCancelled',
};

/** Kinds held over a line rather than in a room. */
const REMOTE: Partial<Record<TimelineEvent['kind'], string>> = {
  'phone-call': 'Phone call',
  'video-conference': 'Video conference',
};
/** Kinds where the people named met in person, at the event's place. */
const IN_PERSON = new Set<TimelineEvent['kind']>(['summit', 'bilateral-meeting', 'multilateral-meeting']);

/**
 * A time point as ISO 8601, only as precise as it is known: a date-time with the venue's UTC offset
 * for a minute or an hour ("2025-08-15T11:00:00-08:00"), else the date ("2025-08-18"), the month
 * ("2025-10") or the year ("2025"). A part of the day is given as its date: its hours are a
 * convention for ordering, not a time a source gave.
 */
export function isoDate(p: TimePoint): string {
  const precision: string = p.precision;
  if ((precision === 'minute' || precision === 'hour') && p.time !== undefined)
    return `${p.date}T${p.time}:00${isoOffset(p.tz, timePointStart(p))}`;
  if (precision === 'month') return p.date.slice(0, 7);
  if (precision === 'year') return p.date.slice(0, 4);
  return p.date;
}

function place(p: Place): JsonLd {
  const address: JsonLd = {
    '@type': 'PostalAddress',
    ...(p.locality === undefined ? {} : { addressLocality: p.locality }),
    ...(p.region === undefined ? {} : { addressRegion: p.region }),
    addressCountry: p.countryCode,
  };
  return { '@type': 'Place', name: p.name, address };
}

/**
 * The structured data of `event`, whose page is at `url` (absolute when the site's origin is known).
 * Organizer and performer are left out: a participant's role ("host", "guest") does not say who
 * organised an event.
 */
export function eventJsonLd(event: TimelineEvent, placeById: ReadonlyMap<PlaceId, Place>, url: string): JsonLd {
  const venue = event.placeId === undefined ? undefined : placeById.get(event.placeId);
  const remote = REMOTE[event.kind];
  const location =
    remote !== undefined
      ? { '@type': 'VirtualLocation', name: remote }
      : venue === undefined
        ? undefined
        : place(venue);
  const mode =
    remote !== undefined
      ? 'https://schema.org/OnlineEventAttendanceMode'
      : IN_PERSON.has(event.kind) && venue !== undefined
        ? 'https://schema.org/OfflineEventAttendanceMode'
        : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    startDate: isoDate(event.start),
    ...(event.end === undefined ? {} : { endDate: isoDate(event.end) }),
    eventStatus: STATUS[event.status],
    ...(mode === undefined ? {} : { eventAttendanceMode: mode }),
    ...(location === undefined ? {} : { location }),
    url,
  };
}

/**
 * The data as a script element's text. `<` is written `\u003c` so no text in the data can close the
 * element or open a comment; `>` and `&` likewise, and U+2028/U+2029, which older parsers of
 * JavaScript take for line ends. The JSON means the same.
 */
export function jsonLdScript(data: JsonLd): string {
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<script type="application/ld+json">${json}</script>`;
}
