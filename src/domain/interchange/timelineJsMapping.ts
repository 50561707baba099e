/**
 * How a TimelineJS timeline becomes a Parley data folder, the same for its JSON and for its
 * spreadsheet template (`timelineJsJson.ts` and `timelineJsCsv.ts` read each format into the slides
 * below; everything after that is here). The rules, in short (data/README.md has them for editors):
 *
 * - **Dates** keep their precision: a year alone is precision "year", a year and month "month", a full
 *   date "day", an hour "hour" ("about 09:00") and an hour with minutes "minute". Seconds and
 *   milliseconds are not carried over (listed). Years outside 1–9999 cannot be written as a date: such an
 *   event or era is not carried over (listed). An impossible date (31 February) is an error.
 * - **Zones**: TimelineJS dates have none. Every event takes `options.zone`; without it, each event is
 *   an error naming it. The machine's zone is never used.
 * - **Text**: headline and text are HTML; they become plain text (a real HTML parser, htmlparser2),
 *   with `<script>` and `<style>` removed unread. Their links become sources (kind "web-page"): only
 *   absolute http(s) URLs; javascript:, data:, protocol-relative, relative and other links are listed
 *   and not kept. Too long a headline or text is clipped to the schema's limit (listed).
 * - **Media** becomes a source link (kind "web-page", its credit and caption in the title and notes):
 *   never an image shown. HTML in the media field (an embedded quote) and non-http(s) media are listed.
 * - **Groups** become actors (the default: one actor per group, each its own affiliation, taking part
 *   as "attendee", not verified), or with `groupAs: "topic"` a topic of the vocabulary when the group
 *   names one (its id or label, case and accents folded); any other group is listed.
 * - **Ids**: `unique_id`, else the headline, slugged after the start date ("1950-02-07-blockquote"),
 *   unique, at most 100 characters.
 * - **Sources**: every event cites a source of kind "imported-timeline" for the file, plus its links.
 * - Events are of kind "other", status "occurred", verification "not-verified", with no place (TimelineJS
 *   has none) and no topic unless a group names one.
 * - **Eras** become `timeline.json` eras; the **title slide** its title, subtitle and description.
 * - `display_date`, `background`, thumbnails, `type`, `scale` and anything else are listed as not
 *   carried over.
 */
import { Parser } from 'htmlparser2';
import type {
  Actor,
  ActorId,
  DiplomaticEvent,
  Era,
  EventId,
  Participant,
  RawDataset,
  Source,
  SourceId,
  TimePoint,
  Timeline,
  Topic,
} from '../schema.ts';
import { TOPIC_LABEL } from '../labels.ts';
import { TOPICS } from '../vocabulary.ts';
import { isRealDate, isRealTimeZone, localTimeOffsets, formatOffset, timePointEnd, timePointStart } from '../time.ts';
import type { ImportOptions, ImportProblem, ImportResult } from './types.ts';
import { IdPool, slugOf } from './slug.ts';
import { checkLink, linkNotKept } from './link.ts';

/** Files larger than this are refused before they are read: no timeline needs more. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** The schema's limits on the text an import writes. */
const LIMIT = {
  eventTitle: 140,
  summary: 800,
  sourceTitle: 300,
  sourceNotes: 600,
  timelineTitle: 100,
  subtitle: 200,
  description: 300,
  eraTitle: 100,
  actorName: 100,
  shortName: 40,
  affiliation: 80,
  eventId: 100,
  slug: 80,
} as const;

/** A date as TimelineJS gives it: each part a string or number, any of them absent. */
export interface TjsDate {
  readonly year?: unknown;
  readonly month?: unknown;
  readonly day?: unknown;
  readonly hour?: unknown;
  readonly minute?: unknown;
  readonly second?: unknown;
  readonly millisecond?: unknown;
}

/** The logical fields of a slide; each format says what its own name for each is. */
export type SlideField =
  | 'start'
  | 'year'
  | 'month'
  | 'day'
  | 'hour'
  | 'minute'
  | 'second'
  | 'millisecond'
  | 'end'
  | 'endYear'
  | 'endMonth'
  | 'endDay'
  | 'endHour'
  | 'endMinute'
  | 'endSecond'
  | 'endMillisecond'
  | 'headline'
  | 'text'
  | 'media'
  | 'credit'
  | 'caption'
  | 'group'
  | 'uniqueId';

/** One slide (an event, an era or the title), read from either format. */
export interface TjsSlide {
  /** "events[3]", "row 4", "title". */
  readonly where: string;
  readonly start?: TjsDate | undefined;
  readonly end?: TjsDate | undefined;
  readonly headline?: string | undefined;
  readonly text?: string | undefined;
  readonly media?:
    | { readonly url?: string | undefined; readonly credit?: string | undefined; readonly caption?: string | undefined }
    | undefined;
  readonly group?: string | undefined;
  readonly uniqueId?: string | undefined;
  /** Values this slide has that Parley cannot carry over, by the format's field name (display date, background…). */
  readonly notCarried: readonly { readonly field: string; readonly why: string }[];
}

/** A timeline read from either format. */
export interface TjsTimeline {
  readonly title?: TjsSlide | undefined;
  readonly events: readonly TjsSlide[];
  readonly eras: readonly TjsSlide[];
  /** What the format is called in notes: "TimelineJS JSON", "TimelineJS spreadsheet (CSV)". */
  readonly formatName: string;
  /** Each logical field's name in this format, for messages: "start_date.month", "Month". */
  readonly fieldName: (field: SlideField) => string;
}

/** Collects problems for one input file. */
export class ProblemLog {
  readonly problems: ImportProblem[] = [];
  readonly file: string;
  constructor(file: string) {
    this.file = file;
  }
  add(severity: ImportProblem['severity'], where: string, field: string, message: string): void {
    this.problems.push({ severity, file: this.file, where, field, message });
  }
  get failed(): boolean {
    return this.problems.some((p) => p.severity === 'error');
  }
}

// ---------------------------------------------------------------------------------------------
// Plain text

/** Elements whose content is never text: removed unread. */
const UNREAD = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math']);
/** Elements that end a line of text. */
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'table',
  'section',
  'article',
  'header',
  'footer',
  'hr',
  'pre',
]);

export interface PlainText {
  readonly text: string;
  /** The href of every link, in order, with its text. */
  readonly links: readonly { readonly href: string; readonly text: string }[];
  /** Elements removed with their content ("script"). */
  readonly removed: readonly string[];
  /** True when the input had any markup or entity at all. */
  readonly hadMarkup: boolean;
  /** What was taken out of the decoded text because it would read as markup or is unsafe. */
  readonly cleaned: readonly string[];
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** What the validator reads as markup (`textChecks.ts`): a tag opening or an entity. */
const TAG_LIKE = /<\s*[a-zA-Z/!?][^<>]*>?/g;
const ENTITY_LIKE = /&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);/g;
const MARKUP_SIGN = /[<&]/;

/**
 * HTML as plain text: tags dropped, entities decoded, block elements as line breaks, whitespace
 * collapsed; script and style elements removed with their content. What still reads as markup once
 * decoded ("&lt;b&gt;" is "<b>"), control and directional formatting characters and lone surrogates
 * are taken out, so the text passes the validator's character rules.
 */
export function htmlToPlainText(html: string): PlainText {
  const links: { href: string; text: string }[] = [];
  const removed: string[] = [];
  let out = '';
  let skipping = 0;
  let link: { href: string; start: number } | undefined;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (UNREAD.has(name)) {
          skipping++;
          removed.push(name);
          return;
        }
        if (skipping > 0) return;
        if (BLOCK.has(name)) out += '\n';
        if (name === 'a' && attribs.href !== undefined) link = { href: attribs.href, start: out.length };
      },
      ontext(data) {
        if (skipping === 0) out += data;
      },
      onclosetag(name) {
        if (UNREAD.has(name)) {
          skipping = Math.max(0, skipping - 1);
          return;
        }
        if (skipping > 0) return;
        if (BLOCK.has(name)) out += '\n';
        if (name === 'a' && link !== undefined) {
          links.push({ href: link.href.trim(), text: collapse(out.slice(link.start)) });
          link = undefined;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  const cleaned: string[] = [];
  const strip = (pattern: RegExp, what: string) => {
    const before = out;
    out = out.replace(pattern, '');
    if (out !== before) cleaned.push(what);
  };
  strip(TAG_LIKE, 'text that reads as an HTML tag once decoded');
  strip(ENTITY_LIKE, 'text that reads as an HTML entity once decoded');
  strip(CONTROL, 'control characters');
  strip(BIDI, 'directional formatting characters');
  strip(LONE_SURROGATE, 'lone surrogates');
  return { text: collapse(out), links, removed, hadMarkup: MARKUP_SIGN.test(html), cleaned };
}

/** Runs of spaces as one space, lines trimmed, at most one empty line in a row. */
function collapse(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** `text` cut to `max` characters at a word where it can be, ending in "…"; unchanged when it fits. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const space = room.search(/\s\S*$/);
  return `${(space > max / 2 ? room.slice(0, space) : room).trimEnd()}…`;
}

// ---------------------------------------------------------------------------------------------
// Ids

/** An id slug of `text`, at most `max` characters (`slugOf`); "" when it has no letter or digit. */
export const slug = (text: string, max: number = LIMIT.slug): string => slugOf(text, max);

/** Case and accents folded, for matching a group to a topic. */
const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();

const TOPIC_BY_NAME = new Map<string, Topic>(
  TOPICS.flatMap((t): [string, Topic][] => [
    [fold(t), t],
    [fold(TOPIC_LABEL[t]), t],
  ]),
);

// ---------------------------------------------------------------------------------------------
// Dates

/** The parts of a TimelineJS value: "" and null are absent; numbers and numeric strings are read. */
function part(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const s = String(value).trim();
  return s === '' ? undefined : s;
}

const INTEGER = /^[+-]?\d+$/;

/**
 * A TimelineJS date as a time point (without its zone), reporting on `log`: an impossible date is an
 * error; a year outside 1–9999 makes the slide not carried over (the caller lists it); seconds and
 * milliseconds are listed. `names` gives each part's field name in the format.
 */
export function readDate(
  date: TjsDate,
  names: Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'millisecond', string>,
  where: string,
  log: ProblemLog,
): { point: Omit<TimePoint, 'tz'> } | { outOfRange: string } | { error: true } {
  const raw = {
    year: part(date.year),
    month: part(date.month),
    day: part(date.day),
    hour: part(date.hour),
    minute: part(date.minute),
    second: part(date.second),
    millisecond: part(date.millisecond),
  };
  const fail = (field: keyof typeof names, message: string) => {
    log.add('error', where, names[field], message);
    return { error: true } as const;
  };
  if (raw.year === undefined) return fail('year', 'a date needs a year');
  const num = (field: keyof typeof raw, min: number, max: number): number | 'bad' | undefined => {
    const v = raw[field];
    if (v === undefined) return undefined;
    if (!INTEGER.test(v)) return 'bad';
    const n = Number(v);
    return n < min || n > max ? 'bad' : n;
  };
  if (!INTEGER.test(raw.year)) return fail('year', `"${raw.year}" is not a year (a whole number)`);
  const year = Number(raw.year);
  const month = num('month', 1, 12);
  if (month === 'bad') return fail('month', `"${raw.month ?? ''}" is not a month (1 to 12)`);
  const day = num('day', 1, 31);
  if (day === 'bad') return fail('day', `"${raw.day ?? ''}" is not a day of the month (1 to 31)`);
  const hour = num('hour', 0, 23);
  if (hour === 'bad') return fail('hour', `"${raw.hour ?? ''}" is not an hour (0 to 23)`);
  const minute = num('minute', 0, 59);
  if (minute === 'bad') return fail('minute', `"${raw.minute ?? ''}" is not a minute (0 to 59)`);
  if (year < 1 || year > 9999)
    return { outOfRange: `the year ${year} is outside 1–9999, which a date cannot be written in` };
  const y = String(year).padStart(4, '0');
  const two = (n: number) => String(n).padStart(2, '0');
  if (month === undefined) {
    for (const f of ['day', 'hour', 'minute'] as const)
      if (raw[f] !== undefined) log.add('dropped', where, names[f], `"${raw[f]}" without a month is not carried over`);
    return { point: { date: `${y}-01-01`, precision: 'year' } };
  }
  if (day === undefined) {
    for (const f of ['hour', 'minute'] as const)
      if (raw[f] !== undefined) log.add('dropped', where, names[f], `"${raw[f]}" without a day is not carried over`);
    return { point: { date: `${y}-${two(month)}-01`, precision: 'month' } };
  }
  const iso = `${y}-${two(month)}-${two(day)}`;
  if (!isRealDate(iso)) return fail('day', `${iso} is not a real calendar date (the month has no day ${day})`);
  for (const f of ['second', 'millisecond'] as const)
    if (raw[f] !== undefined && Number(raw[f]) !== 0)
      log.add(
        'dropped',
        where,
        names[f],
        `${f === 'second' ? 'seconds' : 'milliseconds'} ("${raw[f]}") are not carried over: times go to the minute`,
      );
  if (hour === undefined) {
    if (minute !== undefined)
      log.add('dropped', where, names.minute, `a minute ("${raw.minute}") without an hour is not carried over`);
    return { point: { date: iso, precision: 'day' } };
  }
  if (minute === undefined) return { point: { date: iso, time: `${two(hour)}:00`, precision: 'hour' } };
  return { point: { date: iso, time: `${two(hour)}:${two(minute)}`, precision: 'minute' } };
}

/** A point with its zone, written after its date as data/ writes time points. */
function withZone(p: Omit<TimePoint, 'tz'>, tz: string): TimePoint {
  const { date, ...rest } = p;
  return { date, tz, ...rest };
}

/** The first and last calendar dates a point covers (a year's, a month's or its own day). */
function dateSpan(p: Omit<TimePoint, 'tz'>): [string, string] {
  if (p.precision === 'year') return [p.date, `${p.date.slice(0, 4)}-12-31`];
  if (p.precision === 'month') {
    const [y, m] = [Number(p.date.slice(0, 4)), Number(p.date.slice(5, 7))];
    const last = new Date(0);
    last.setUTCFullYear(y, m, 0);
    return [p.date, `${p.date.slice(0, 8)}${String(last.getUTCDate()).padStart(2, '0')}`];
  }
  return [p.date, p.date];
}

// ---------------------------------------------------------------------------------------------
// Links

/** "en.wikipedia.org" for a URL: the site, as a source's outlet. */
function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

// ---------------------------------------------------------------------------------------------
// Colours: each actor gets one that contrasts at least 3:1 with white and with near-black.

function luminance(r: number, g: number, b: number): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function hsl(h: number, s: number, l: number): [number, number, number] {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [f(0), f(8), f(4)];
}

/** The n-th colour: hues spread by the golden angle, each at the lightness whose luminance is 0.2. */
export function actorColour(n: number): string {
  const h = (n * 137.508) % 360;
  let [lo, hi] = [0, 1];
  for (let i = 0; i < 20; i++) {
    const mid = (lo + hi) / 2;
    if (luminance(...hsl(h, 0.65, mid)) < 0.2) lo = mid;
    else hi = mid;
  }
  return `#${hsl(h, 0.65, lo)
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`;
}

// ---------------------------------------------------------------------------------------------
// The mapping

interface Built {
  readonly events: DiplomaticEvent[];
  readonly actors: Actor[];
  readonly sources: Source[];
  readonly eras: Era[];
}

/** A plain-text field of a slide, reporting what changed on the way. */
function plainField(
  html: string | undefined,
  max: number,
  where: string,
  field: string,
  log: ProblemLog,
): PlainText & { clipped: boolean } {
  const plain = htmlToPlainText(html ?? '');
  if (plain.hadMarkup) log.add('changed', where, field, 'HTML made plain text');
  for (const name of plain.removed)
    log.add('dropped', where, field, `a <${name}> element was removed with its content; it is never carried over`);
  for (const what of plain.cleaned) log.add('changed', where, field, `${what} removed from the text`);
  const text = clip(plain.text, max);
  const clipped = text !== plain.text;
  if (clipped) log.add('changed', where, field, `clipped to ${max} characters (it had ${plain.text.length})`);
  return { ...plain, text, clipped };
}

/**
 * The data folder for a timeline read from either format. Problems go to `log`; the result's data is
 * null when any of them is an error.
 */
export function mapTimelineJs(t: TjsTimeline, options: ImportOptions, log: ProblemLog): ImportResult {
  const f = t.fieldName;
  const zone = options.zone;
  const zoneOk = zone !== undefined && isRealTimeZone(zone);
  if (zone !== undefined && !zoneOk)
    log.add('error', 'options', 'zone', `"${zone}" is not an IANA time zone (e.g. "Europe/London")`);

  // The title slide.
  const titleSlide = t.title;
  const fileTitle = options.fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || options.fileName;
  let title = clip(fileTitle.trim() || 'Imported timeline', LIMIT.timelineTitle);
  let subtitle = `Imported from ${options.fileName}`;
  let description = `A timeline imported from ${options.fileName} (${t.formatName}).`;
  if (titleSlide !== undefined) {
    const head = plainField(titleSlide.headline, LIMIT.timelineTitle, titleSlide.where, f('headline'), log);
    if (head.text !== '') title = head.text;
    const body = htmlToPlainText(titleSlide.text ?? '');
    if (body.text !== '') {
      const firstLine = body.text.split('\n')[0] ?? body.text;
      subtitle = clip(firstLine, LIMIT.subtitle);
      description = clip(body.text.replace(/\s+/g, ' '), LIMIT.description);
      if (subtitle !== firstLine || description !== body.text.replace(/\s+/g, ' '))
        log.add(
          'changed',
          titleSlide.where,
          f('text'),
          `clipped to ${LIMIT.subtitle} characters for the subtitle and ${LIMIT.description} for the description`,
        );
    }
    for (const l of body.links)
      log.add(
        'dropped',
        titleSlide.where,
        f('text'),
        `the link ${JSON.stringify(l.href)} on the title slide is not carried over (no event cites it)`,
      );
    const given = (v: string | undefined) => v !== undefined && v.trim() !== '';
    if (given(titleSlide.media?.url))
      log.add(
        'dropped',
        titleSlide.where,
        f('media'),
        "the title slide's media is not carried over (no event cites it)",
      );
    for (const [v, field] of [
      [titleSlide.media?.credit, 'credit'],
      [titleSlide.media?.caption, 'caption'],
    ] as const)
      if (given(v))
        log.add('dropped', titleSlide.where, f(field), `the title slide's media ${field} is not carried over`);
    if (given(titleSlide.group))
      log.add('dropped', titleSlide.where, f('group'), 'a group on the title slide is not carried over');
    if (titleSlide.start !== undefined && Object.values(titleSlide.start).some((v) => part(v) !== undefined))
      log.add(
        'dropped',
        titleSlide.where,
        f('start'),
        "the title slide's date is not carried over (the coverage comes from the events)",
      );
    for (const n of titleSlide.notCarried) log.add('dropped', titleSlide.where, n.field, n.why);
  }

  const importedId = 'imported-timeline' as SourceId;
  const importSource: Source = {
    id: importedId,
    kind: 'imported-timeline',
    title: clip(titleSlide === undefined ? options.fileName : title, LIMIT.sourceTitle),
    notes: clip(
      `The ${t.formatName} file ${options.fileName}, imported on ${options.today}. Its events are not verified.`,
      LIMIT.sourceNotes,
    ),
  };
  const built: Built = { events: [], actors: [], sources: [importSource], eras: [] };
  const sourceByUrl = new Map<string, Source>();
  const sourceIds = new IdPool(LIMIT.slug);
  sourceIds.take(importedId);
  const eventIds = new IdPool(LIMIT.eventId);
  const actorIds = new IdPool(LIMIT.slug);
  const actorByGroup = new Map<string, Actor>();

  const linkSource = (url: string, sourceTitle: string, notes: string | undefined): SourceId => {
    const known = sourceByUrl.get(url);
    if (known !== undefined) {
      // The same page linked again (the text and the media): its new credit or caption joins the notes.
      if (notes !== undefined && notes !== '' && !(known.notes ?? '').includes(notes)) {
        const merged: Source = { ...known, notes: clip(`${known.notes ?? ''} ${notes}`.trim(), LIMIT.sourceNotes) };
        built.sources[built.sources.indexOf(known)] = merged;
        sourceByUrl.set(url, merged);
      }
      return known.id;
    }
    const host = hostOf(url);
    const id = sourceIds.take(slug(`${host} ${new URL(url).pathname}`) || 'link') as SourceId;
    const source: Source = {
      id,
      kind: 'web-page',
      outlet: clip(host, 100),
      title: clip(sourceTitle.trim() === '' ? url : sourceTitle, LIMIT.sourceTitle),
      url,
      ...(notes === undefined || notes === '' ? {} : { notes: clip(notes, LIMIT.sourceNotes) }),
    };
    sourceByUrl.set(url, source);
    built.sources.push(source);
    return id;
  };

  const dateNames = (end: boolean) => ({
    year: f(end ? 'endYear' : 'year'),
    month: f(end ? 'endMonth' : 'month'),
    day: f(end ? 'endDay' : 'day'),
    hour: f(end ? 'endHour' : 'hour'),
    minute: f(end ? 'endMinute' : 'minute'),
    second: f(end ? 'endSecond' : 'second'),
    millisecond: f(end ? 'endMillisecond' : 'millisecond'),
  });

  /** A slide's start and end, or why the slide cannot be carried over (already reported when an error). */
  const readSpan = (s: TjsSlide, what: string) => {
    if (s.start === undefined) {
      log.add('error', s.where, f('start'), `${what} needs a start date`);
      return undefined;
    }
    const start = readDate(s.start, dateNames(false), s.where, log);
    const end = s.end === undefined ? undefined : readDate(s.end, dateNames(true), s.where, log);
    if ('error' in start || (end !== undefined && 'error' in end)) return undefined;
    if ('outOfRange' in start || (end !== undefined && 'outOfRange' in end)) {
      const why =
        'outOfRange' in start ? start.outOfRange : end !== undefined && 'outOfRange' in end ? end.outOfRange : '';
      log.add('dropped', s.where, f('outOfRange' in start ? 'year' : 'endYear'), `${what} is not carried over: ${why}`);
      return undefined;
    }
    return { start: start.point, end: end?.point };
  };

  // Eras.
  for (const era of t.eras) {
    const span = readSpan(era, 'this era');
    if (span === undefined) continue;
    const name = plainField(era.headline, LIMIT.eraTitle, era.where, f('headline'), log);
    if (name.text === '') {
      log.add('dropped', era.where, f('headline'), 'an era without a headline is not carried over');
      continue;
    }
    const from = dateSpan(span.start)[0];
    const to = dateSpan(span.end ?? span.start)[1];
    if (to < from) {
      log.add('error', era.where, f('end'), `the era ends (${to}) before it starts (${from})`);
      continue;
    }
    if (era.text !== undefined && htmlToPlainText(era.text).text !== '')
      log.add('dropped', era.where, f('text'), "an era's text is not carried over (eras have a title and dates only)");
    for (const n of era.notCarried) log.add('dropped', era.where, n.field, n.why);
    built.eras.push({ title: name.text, from, to });
  }

  // Events.
  for (const s of t.events) {
    const span = readSpan(s, 'this event');
    const head = plainField(s.headline, LIMIT.eventTitle, s.where, f('headline'), log);
    const body = plainField(s.text, LIMIT.summary, s.where, f('text'), log);
    if (span === undefined) continue;
    if (!zoneOk) {
      if (zone === undefined)
        log.add(
          'error',
          s.where,
          f('start'),
          `"${head.text || s.where}" has no time zone (TimelineJS dates carry none); give one with --zone, e.g. --zone Europe/London`,
        );
      continue;
    }
    const tz = zone;
    if (head.text === '' && body.text === '') {
      log.add('dropped', s.where, f('headline'), 'an event without a headline or text is not carried over');
      continue;
    }
    const eventTitle = head.text !== '' ? head.text : clip(body.text.replace(/\s+/g, ' '), LIMIT.eventTitle);
    if (head.text === '') log.add('changed', s.where, f('headline'), 'no headline: the title is taken from the text');
    const summary = body.text !== '' ? body.text : eventTitle;
    if (body.text === '') log.add('changed', s.where, f('text'), 'no text: the summary repeats the headline');

    const start: TimePoint = withZone(span.start, tz);
    const end: TimePoint | undefined = span.end === undefined ? undefined : withZone(span.end, tz);
    let timesOk = true;
    for (const [p, isEnd] of [
      [start, false],
      [end, true],
    ] as const) {
      if (p?.time === undefined) continue;
      const offsets = localTimeOffsets(p.date, p.time, tz);
      const field = f(isEnd ? 'endHour' : 'hour');
      if (offsets.length === 0) {
        log.add('error', s.where, field, `${p.date} ${p.time} does not exist in ${tz} (the clocks skip it)`);
        timesOk = false;
      } else if (offsets.length > 1) {
        const first = offsets[0] ?? 0;
        p.offset = formatOffset(first);
        log.add(
          'changed',
          s.where,
          field,
          `${p.date} ${p.time} happens twice in ${tz} (the clocks go back): read as the first, ${p.time}${formatOffset(first)}`,
        );
      }
    }
    if (!timesOk) continue;
    if (end !== undefined && timePointEnd(end) < timePointStart(start)) {
      log.add(
        'error',
        s.where,
        f('end'),
        `the event ends (${end.date}${end.time === undefined ? '' : ` ${end.time}`}) before it starts (${start.date}${start.time === undefined ? '' : ` ${start.time}`})`,
      );
      continue;
    }

    const cites: SourceId[] = [importedId];
    const cite = (id: SourceId) => {
      if (!cites.includes(id)) cites.push(id);
    };
    for (const [links, field] of [
      [head.links, f('headline')],
      [body.links, f('text')],
    ] as const)
      for (const l of links) {
        const checked = checkLink(l.href);
        if (checked.ok) {
          const id = linkSource(
            checked.url,
            l.text,
            `Linked from the text of "${clip(eventTitle, 120)}" in ${options.fileName}.`,
          );
          cite(id);
          log.add(
            'changed',
            s.where,
            field,
            `the link ${JSON.stringify(clip(checked.url, 80))} became the source "${id}"`,
          );
        } else log.add('dropped', s.where, field, linkNotKept('the link', clip(l.href, 80), checked.why));
      }
    const media = s.media;
    const mediaUrl = media?.url?.trim() ?? '';
    let mediaKept = false;
    if (mediaUrl.startsWith('<'))
      log.add(
        'dropped',
        s.where,
        f('media'),
        'the media is HTML (an embed or a quotation), not a link: not carried over',
      );
    else if (mediaUrl !== '') {
      const checked = checkLink(mediaUrl);
      if (!checked.ok)
        log.add('dropped', s.where, f('media'), linkNotKept('the media', clip(mediaUrl, 80), checked.why));
      else {
        const credit = media?.credit === undefined ? '' : htmlToPlainText(media.credit).text;
        const caption = media?.caption === undefined ? '' : htmlToPlainText(media.caption).text;
        const notes = [
          `Media of "${clip(eventTitle, 120)}" in ${options.fileName} (a link, not shown as an image).`,
          credit === '' ? '' : `Credit: ${credit}.`,
          caption === '' ? '' : `Caption: ${caption}.`,
        ]
          .filter((x) => x !== '')
          .join(' ');
        const id = linkSource(
          checked.url,
          caption !== '' ? caption : credit !== '' ? `${credit}: ${mediaUrl}` : mediaUrl,
          notes,
        );
        cite(id);
        mediaKept = true;
        log.add('changed', s.where, f('media'), `the media became the source "${id}" (a link; no image is shown)`);
      }
    }
    if (!mediaKept) {
      if (media?.credit !== undefined && media.credit.trim() !== '')
        log.add(
          'dropped',
          s.where,
          f('credit'),
          `the media credit ${JSON.stringify(clip(media.credit.trim(), 60))} is not carried over with the media`,
        );
      if (media?.caption !== undefined && media.caption.trim() !== '')
        log.add(
          'dropped',
          s.where,
          f('caption'),
          `the media caption ${JSON.stringify(clip(media.caption.trim(), 60))} is not carried over with the media`,
        );
    }

    const participants: Participant[] = [];
    const topics: Topic[] = [];
    const group = s.group === undefined ? '' : htmlToPlainText(s.group).text.replace(/\s+/g, ' ');
    if (group !== '') {
      if (options.groupAs === 'topic') {
        const topic = TOPIC_BY_NAME.get(fold(group));
        if (topic !== undefined) topics.push(topic);
        else
          log.add(
            'dropped',
            s.where,
            f('group'),
            `the group "${clip(group, 80)}" names no topic of the vocabulary (${TOPICS.join(', ')}): not carried over`,
          );
      } else {
        let actor = actorByGroup.get(group);
        if (actor === undefined) {
          actor = {
            id: actorIds.take(slug(group) || 'group') as ActorId,
            name: clip(group, LIMIT.actorName),
            shortName: clip(group, LIMIT.shortName),
            kind: 'organisation',
            affiliation: clip(group, LIMIT.affiliation),
            offices: [],
            color: actorColour(built.actors.length),
          };
          actorByGroup.set(group, actor);
          built.actors.push(actor);
        }
        participants.push({
          actorId: actor.id,
          role: 'attendee',
          verification: 'not-verified',
          sourceIds: [importedId],
        });
      }
    }
    for (const n of s.notCarried) log.add('dropped', s.where, n.field, n.why);

    const idText = s.uniqueId !== undefined && slug(s.uniqueId) !== '' ? s.uniqueId : eventTitle;
    // A unique_id that is already a Parley id (a Parley export's) keeps its slug after the start date.
    const idSlug = slug(idText, LIMIT.eventId).replace(/^\d{4}-\d{2}-\d{2}-(?=[a-z0-9])/, '');
    const id = eventIds.take(
      `${start.date}-${idSlug.slice(0, LIMIT.eventId - 11).replace(/-+$/, '') || 'event'}`,
    ) as EventId;
    built.events.push({
      id,
      title: eventTitle,
      summary,
      kind: 'other',
      status: 'occurred',
      start,
      ...(end === undefined ? {} : { end }),
      participants,
      topics,
      verification: 'not-verified',
      sourceIds: cites,
    });
  }

  if (log.failed) return { data: null, problems: log.problems };

  const dates = [
    ...built.events.flatMap((e) => [e.start.date, (e.end ?? e.start).date, dateSpan(e.end ?? e.start)[1]]),
    ...built.eras.flatMap((e) => [e.from, e.to]),
  ].sort();
  const timeline: Timeline = {
    title,
    subtitle,
    description,
    language: 'en',
    coverage: { from: dates[0] ?? options.today, to: dates.at(-1) ?? options.today },
    updated: options.today,
    editorsNote: clip(
      `Imported from ${options.fileName} (${t.formatName}) on ${options.today}` +
        `${zone === undefined ? '' : `, with its times read in ${zone}`}. ` +
        'Nothing in it has been verified: each event cites the imported file and the links it gave.',
      1200,
    ),
    licence: { name: 'Not stated in the imported file' },
    ...(built.eras.length === 0 ? {} : { eras: built.eras }),
  };
  const data: RawDataset = {
    timeline,
    actors: built.actors,
    places: [],
    sources: built.sources,
    events: built.events,
    quotes: [],
    redirects: [],
  };
  return { data, problems: log.problems };
}
