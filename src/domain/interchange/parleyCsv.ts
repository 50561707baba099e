/**
 * The Parley spreadsheet (data/README.md, "The Parley spreadsheet"): one row per event, so an editor
 * can keep a timeline in any spreadsheet and a view exports to one that imports back.
 *
 * papaparse reads and writes the CSV (RFC 4180 quoting, line breaks inside cells, a byte-order
 * mark, as Google Sheets and Excel write them); this file only maps cells to fields.
 */
import Papa from 'papaparse';
import type { TimelineEvent } from '../dataset.ts';
import {
  eventKindSchema,
  participantRoleSchema,
  partOfDaySchema,
  partOfMonthSchema,
  precisionSchema,
  topicSchema,
  verificationSchema,
  type Actor,
  type ActorId,
  type DiplomaticEvent,
  type EventId,
  type Participant,
  type Place,
  type PlaceId,
  type Precision,
  type RawDataset,
  type Source,
  type SourceId,
  type TimePoint,
  type Topic,
} from '../schema.ts';
import { ROLE_LABEL } from '../labels.ts';
import { isRealDate, isRealTimeZone, timePointEnd, wallClock } from '../time.ts';
import { checkLink, linkNotKept } from './link.ts';
import { IdPool, slugOf } from './slug.ts';
import type { ExportInput, ImportOptions, ImportProblem, ImportResult } from './types.ts';

/** The template's columns, in the order an export writes them. Only `date` and `title` are required. */
export const PARLEY_COLUMNS = [
  'id',
  'date',
  'time',
  'precision',
  'part',
  'end date',
  'end time',
  'end precision',
  'end part',
  'zone',
  'title',
  'summary',
  'kind',
  'status',
  'place',
  'place id',
  'locality',
  'country',
  'venue',
  'participants',
  'participant ids',
  'participant affiliations',
  'topics',
  'source urls',
  'source outlets',
  'verification',
  'part of',
  'follows',
] as const;

export type ParleyColumn = (typeof PARLEY_COLUMNS)[number];
const REQUIRED_COLUMNS: readonly ParleyColumn[] = ['date', 'title'];

/** Lists inside a cell are separated by ";" (written "; "). */
const LIST_SEPARATOR = '; ';

/**
 * A cell a spreadsheet would run as a formula: OWASP's list (=, +, -, @, tab, carriage return).
 * papaparse's own `escapeFormulae: true` tests /^[=+\-@\t\r].*$/, which misses a formula followed by
 * a line break; this tests the first character alone. Cells that already start with quotes before
 * such a character get one more, so the importer's removal of exactly one gives the text back.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** The byte-order mark an export starts with: Excel reads a CSV without one in the machine's code page. */
const BOM = '\ufeff';

// ---------------------------------------------------------------------------------------------
// Export

/** "13:15", or "01:30-05:00" when the time point names its offset (a time the clocks repeat). */
function timeCell(p: TimePoint | undefined): string {
  if (p?.time === undefined) return '';
  return p.offset === undefined ? p.time : `${p.time}${p.offset}`;
}

function partCell(p: TimePoint | undefined): string {
  return p?.partOfDay ?? p?.partOfMonth ?? '';
}

/** A list item that cannot hold the separator: ";" in a URL is percent-encoded, in a name written ",". */
const urlItem = (url: string) => url.replaceAll(';', '%3B');
const nameItem = (name: string) => name.replaceAll(';', ',');

/** Joins aligned items; a list whose items are all empty is an empty cell. */
function listCell(items: readonly string[]): string {
  return items.every((i) => i === '') ? '' : items.join(LIST_SEPARATOR);
}

function rowOf(input: ExportInput, e: TimelineEvent): Record<ParleyColumn, string> {
  const place = e.placeId === undefined ? undefined : input.placeById.get(e.placeId);
  const actors = e.participants.map((p) => input.actorById.get(p.actorId));
  const sources = e.sourceIds
    .map((id) => input.sourceById.get(id))
    .filter((s): s is Source => s !== undefined && (s.url !== undefined || s.outlet !== undefined));
  return {
    id: e.id,
    date: e.start.date,
    time: timeCell(e.start),
    precision: e.start.precision,
    part: partCell(e.start),
    'end date': e.end?.date ?? '',
    'end time': timeCell(e.end),
    'end precision': e.end?.precision ?? '',
    'end part': partCell(e.end),
    zone: e.start.tz,
    title: e.title,
    summary: e.summary,
    kind: e.kind,
    status: e.status,
    place: place?.name ?? '',
    'place id': place?.id ?? '',
    locality: place?.locality ?? '',
    country: place?.countryCode ?? '',
    venue: e.venueDetail ?? '',
    participants: listCell(e.participants.map((p, k) => `${nameItem(actors[k]?.name ?? p.actorId)} (${p.role})`)),
    'participant ids': listCell(e.participants.map((p) => p.actorId)),
    'participant affiliations': listCell(actors.map((a) => nameItem(a?.affiliation ?? ''))),
    topics: e.topics.join(LIST_SEPARATOR),
    'source urls': listCell(sources.map((s) => urlItem(s.url ?? ''))),
    'source outlets': listCell(sources.map((s) => nameItem(s.outlet ?? ''))),
    verification: e.verification,
    'part of': e.partOf ?? '',
    follows: e.follows ?? '',
  };
}

/**
 * The view as a Parley spreadsheet: UTF-8 with a byte-order mark, CRLF line ends, a header row of
 * `PARLEY_COLUMNS` and one row per event in timeline order, formula-like cells neutralised.
 */
export function toParleyCsv(input: ExportInput): string {
  const data = input.events.map((e) => {
    const row = rowOf(input, e);
    return PARLEY_COLUMNS.map((c) => row[c]);
  });
  return (
    BOM +
    Papa.unparse(
      { fields: [...PARLEY_COLUMNS], data },
      { newline: '\r\n', escapeFormulae: FORMULA_START, header: true, skipEmptyLines: false },
    ) +
    '\r\n'
  );
}

// ---------------------------------------------------------------------------------------------
// Import

/** The exact prefix an export adds to a formula-like cell: one quote before the formula's character. */
const ESCAPED_FORMULA = /^'+[=+\-@\t\r]/;
const unescapeCell = (cell: string) => (ESCAPED_FORMULA.test(cell) ? cell.slice(1) : cell);

const EVENT_ID = /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TIME_CELL = /^((?:[01]\d|2[0-3]):[0-5]\d)([+-](?:[01]\d|2[0-3]):[0-5]\d)?$/;
const COUNTRY = /^[A-Z]{2}$/;

/**
 * Actor colours: each contrasts at least 3:1 with white and with a near-black background, as
 * data/README.md asks; imported actors take them in turn.
 */
const COLORS = [
  '#1f77b4',
  '#d62728',
  '#2ca02c',
  '#9467bd',
  '#8c564b',
  '#0e7490',
  '#c2410c',
  '#7c3aed',
  '#be185d',
  '#15803d',
  '#b45309',
  '#0369a1',
  '#4d7c0f',
  '#2563eb',
  '#059669',
  '#7f7f7f',
] as const;

/** Role words accepted besides the codes: the labels the app shows ("delegation"). */
const ROLE_BY_WORD = new Map<string, Participant['role']>([
  ...participantRoleSchema.options.map((r) => [r, r] as const),
  ...participantRoleSchema.options.map((r) => [ROLE_LABEL[r].toLowerCase(), r] as const),
]);

/** A list cell's items, trimmed; an empty cell is no items, an empty item stays (it keeps lists aligned). */
function listOf(cell: string): string[] {
  return cell.trim() === '' ? [] : cell.split(';').map((s) => s.trim());
}

/** Where a problem is: the spreadsheet's own row number (the header is row 1). */
const rowName = (row: number) => `row ${row}`;

interface RowContext {
  readonly row: number;
  readonly cell: (column: ParleyColumn) => string;
  readonly fail: (column: ParleyColumn | string, message: string) => void;
  readonly note: (severity: 'dropped' | 'changed', column: ParleyColumn | string, message: string) => void;
}

function oneOf<T extends string>(options: readonly T[], value: string): T | undefined {
  return (options as readonly string[]).includes(value) ? (value as T) : undefined;
}

const quoted = (options: readonly string[]) => options.map((o) => `"${o}"`).join(', ');

/** `text` within the schema's `max` characters: a longer one is cut there, and the import says so. */
function fitted(ctx: RowContext, column: ParleyColumn, text: string, max: number): string {
  if (text.length <= max) return text;
  ctx.note(
    'changed',
    column,
    `${JSON.stringify(`${text.slice(0, 40)}…`)} has ${text.length} characters; cut to ${max}`,
  );
  return text.slice(0, max).trimEnd();
}

/** The date a cell gives, completed for a month ("2025-10") or a year ("2025"). */
function dateOf(cell: string, precision: Precision, part: string): string {
  if (/^\d{4}$/.test(cell) && precision === 'year') return `${cell}-01-01`;
  if (/^\d{4}-\d{2}$/.test(cell) && precision === 'month')
    return `${cell}-${part === 'mid' ? '11' : part === 'late' ? '21' : '01'}`;
  return cell;
}

/** The time point of the start (`end` false) or the end columns; undefined after reporting a fault. */
function timePointOf(ctx: RowContext, zone: string, end: boolean): TimePoint | undefined {
  const col = (c: 'date' | 'time' | 'precision' | 'part') => (end ? (`end ${c}` as const) : c);
  const dateCell = ctx.cell(col('date'));
  const timeCell = ctx.cell(col('time'));
  const partCell = ctx.cell(col('part')).toLowerCase();
  const precisionCell = ctx.cell(col('precision')).toLowerCase();
  if (dateCell === '') {
    if (!end) ctx.fail('date', 'the date is missing (write it YYYY-MM-DD)');
    else if (timeCell !== '' || precisionCell !== '' || partCell !== '')
      ctx.fail('end date', 'an end time, precision or part is given without an end date');
    return undefined;
  }
  let precision: Precision;
  // Without a precision, what the cells give: a time, a month ("2024-06"), a year ("2024") or a day.
  if (precisionCell === '')
    precision =
      timeCell !== '' ? 'minute' : /^\d{4}-\d{2}$/.test(dateCell) ? 'month' : /^\d{4}$/.test(dateCell) ? 'year' : 'day';
  else {
    const known = oneOf(precisionSchema.options, precisionCell);
    if (known === undefined) {
      ctx.fail(col('precision'), `unknown precision "${precisionCell}"; use one of ${quoted(precisionSchema.options)}`);
      return undefined;
    }
    precision = known;
  }
  const date = dateOf(dateCell, precision, partCell);
  if (!isRealDate(date)) {
    ctx.fail(col('date'), `"${dateCell}" is not a real date written YYYY-MM-DD`);
    return undefined;
  }
  const point: { -readonly [K in keyof TimePoint]: TimePoint[K] } = { date, tz: zone, precision };
  if (timeCell !== '') {
    const m = TIME_CELL.exec(timeCell);
    if (m === null) {
      ctx.fail(col('time'), `"${timeCell}" is not a 24-hour time written HH:MM (or HH:MM+HH:MM with its UTC offset)`);
      return undefined;
    }
    if (precision !== 'minute' && precision !== 'hour') {
      ctx.fail(col('time'), `a time is given but the precision is "${precision}"; use "minute" or "hour"`);
      return undefined;
    }
    point.time = m[1] as string;
    if (m[2] !== undefined) point.offset = m[2];
  } else if (precision === 'minute' || precision === 'hour') {
    ctx.fail(col('time'), `precision "${precision}" needs a time`);
    return undefined;
  }
  if (partCell !== '') {
    if (precision === 'part-of-day') {
      const part = oneOf(partOfDaySchema.options, partCell);
      if (part === undefined) {
        ctx.fail(col('part'), `unknown part of the day "${partCell}"; use one of ${quoted(partOfDaySchema.options)}`);
        return undefined;
      }
      point.partOfDay = part;
    } else if (precision === 'month') {
      const part = oneOf(partOfMonthSchema.options, partCell);
      if (part === undefined) {
        ctx.fail(
          col('part'),
          `unknown third of the month "${partCell}"; use one of ${quoted(partOfMonthSchema.options)}`,
        );
        return undefined;
      }
      point.partOfMonth = part;
    } else {
      ctx.fail(col('part'), `a part is given but the precision is "${precision}"; use "part-of-day" or "month"`);
      return undefined;
    }
  } else if (precision === 'part-of-day') {
    ctx.fail(col('part'), `precision "part-of-day" needs a part: ${quoted(partOfDaySchema.options)}`);
    return undefined;
  }
  return point;
}

/** The last venue-local date a time point covers (the end of its month or year, say). */
function lastDate(p: TimePoint): string {
  return wallClock(timePointEnd(p), p.tz).toISOString().slice(0, 10);
}

/** The last word of a name, as its short name ("Donald Trump" → "Trump"), at most 40 characters. */
function shortNameOf(name: string): string {
  const words = name.split(/\s+/);
  const last = words.length > 1 ? (words[words.length - 1] ?? name) : name;
  return last.slice(0, 40);
}

/** The timeline's title when a spreadsheet gives none: its file name, "parley-timeline.csv" → "Parley timeline". */
function titleOfFile(fileName: string): string {
  const base = (fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.[^.]*$/, '');
  const words = base.replace(/[-_]+/g, ' ').trim();
  const title = words === '' ? 'Imported timeline' : words.charAt(0).toUpperCase() + words.slice(1);
  return title.slice(0, 100);
}

/** Builds the dataset row by row: actors, places and sources made once and shared between rows. */
class Builder {
  readonly problems: ImportProblem[] = [];
  readonly events: DiplomaticEvent[] = [];
  readonly actors = new Map<ActorId, Actor>();
  readonly places = new Map<PlaceId, Place>();
  readonly sources = new Map<string, Source>();
  readonly sourceIds = new IdPool(80);
  readonly eventIds = new IdPool(100);
  readonly relations: { row: number; column: ParleyColumn; id: string }[] = [];

  readonly options: ImportOptions;

  constructor(options: ImportOptions) {
    this.options = options;
  }

  problem(severity: ImportProblem['severity'], where: string, field: string, message: string) {
    this.problems.push({ severity, file: this.options.fileName, where, field, message });
  }

  /** The spreadsheet itself as a source, for rows that cite none. */
  fileSource(): SourceId {
    const id = `imported-${slugOf(this.options.fileName, 60) || 'spreadsheet'}` as string as SourceId;
    if (!this.sources.has(`file:${id}`)) {
      this.sources.set(`file:${id}`, {
        id,
        kind: 'imported-timeline',
        title: `${this.options.fileName} (the spreadsheet this timeline was imported from)`.slice(0, 300),
      });
      this.sourceIds.add(id);
    }
    return id;
  }

  source(key: string, url: string | undefined, outlet: string | undefined): SourceId {
    const existing = this.sources.get(key);
    if (existing !== undefined) return existing.id;
    const host = url === undefined ? undefined : new URL(url).hostname.replace(/^www\./, '');
    const base = slugOf(outlet ?? host ?? 'source', 60) || 'source';
    const id = this.sourceIds.take(base);
    const named = outlet ?? host ?? 'A document';
    const source: Source = {
      id: id as SourceId,
      kind: outlet !== undefined ? 'news-report' : 'web-page',
      ...(outlet !== undefined ? { outlet } : {}),
      title: `${named} (headline not recorded)`.slice(0, 300),
      ...(url !== undefined ? { url } : {}),
    };
    this.sources.set(key, source);
    return source.id;
  }

  actor(ctx: RowContext, id: ActorId, name: string, affiliation: string): void {
    const existing = this.actors.get(id);
    if (existing !== undefined) {
      if (existing.name !== name)
        ctx.note('changed', 'participants', `"${name}" has the id "${id}" of "${existing.name}" and is taken as them`);
      return;
    }
    this.actors.set(id, {
      id,
      name,
      shortName: shortNameOf(name),
      kind: 'person',
      affiliation: affiliation || 'Unknown',
      offices: [],
      color: COLORS[this.actors.size % COLORS.length] as string,
    });
  }

  place(ctx: RowContext, zone: string): PlaceId | undefined {
    const name = ctx.cell('place');
    if (name === '') return undefined;
    const given = ctx.cell('place id');
    if (given !== '' && !SLUG.test(given)) {
      ctx.fail('place id', `"${given}" is not an id (lowercase words joined by hyphens)`);
      return undefined;
    }
    const id = (given || slugOf(name)) as PlaceId;
    if (id === '') {
      ctx.fail('place', `"${name}" has no letter or digit to make an id of`);
      return undefined;
    }
    const existing = this.places.get(id);
    if (existing !== undefined) return id;
    const country = ctx.cell('country').toUpperCase();
    if (!COUNTRY.test(country)) {
      ctx.note(
        'dropped',
        'country',
        country === ''
          ? `the place "${name}" has no country (a two-letter ISO code such as "US"), which a place needs; the event is left without a place`
          : `"${country}" is not a two-letter ISO country code; the event is left without the place "${name}"`,
      );
      return undefined;
    }
    const locality = fitted(ctx, 'locality', ctx.cell('locality'), 80);
    this.places.set(id, {
      id,
      name: fitted(ctx, 'place', name, 120),
      ...(locality !== '' ? { locality } : {}),
      countryCode: country,
      tz: zone,
    });
    return id;
  }

  participants(ctx: RowContext, sourceIds: SourceId[], verification: DiplomaticEvent['verification']): Participant[] {
    const names = listOf(ctx.cell('participants'));
    const ids = listOf(ctx.cell('participant ids'));
    const affiliations = listOf(ctx.cell('participant affiliations'));
    if (ids.length > 0 && ids.length !== names.length) {
      ctx.fail(
        'participant ids',
        `${ids.length} ids for ${names.length} participants; give one per participant, in order`,
      );
      return [];
    }
    if (affiliations.length > 0 && affiliations.length !== names.length) {
      ctx.fail(
        'participant affiliations',
        `${affiliations.length} affiliations for ${names.length} participants; give one per participant, in order (an empty one for "Unknown")`,
      );
      return [];
    }
    const out: Participant[] = [];
    names.forEach((item, k) => {
      if (item === '') return;
      const m = /^(.*?)\s*\(([^()]*)\)$/.exec(item);
      const name = (m?.[1] ?? item).trim();
      let role: Participant['role'] = 'attendee';
      if (m !== null) {
        const known = ROLE_BY_WORD.get((m[2] ?? '').trim().toLowerCase());
        if (known === undefined) {
          ctx.fail(
            'participants',
            `unknown role "${m[2] ?? ''}" for "${name}"; use one of ${quoted(participantRoleSchema.options)}`,
          );
          return;
        }
        role = known;
      } else ctx.note('changed', 'participants', `"${name}" has no role in brackets; taken as "attendee"`);
      const given = ids[k] ?? '';
      if (given !== '' && !SLUG.test(given)) {
        ctx.fail('participant ids', `"${given}" is not an id (lowercase words joined by hyphens)`);
        return;
      }
      const id = (given || slugOf(name)) as ActorId;
      if (id === '') {
        ctx.fail('participants', `"${name}" has no letter or digit to make an id of`);
        return;
      }
      if (out.some((p) => p.actorId === id)) {
        ctx.note('dropped', 'participants', `"${name}" is listed twice; kept once`);
        return;
      }
      this.actor(
        ctx,
        id,
        fitted(ctx, 'participants', name, 100),
        fitted(ctx, 'participant affiliations', affiliations[k] ?? '', 80),
      );
      out.push({ actorId: id, role, verification, sourceIds: [...sourceIds] });
    });
    return out;
  }

  eventSources(ctx: RowContext): SourceId[] {
    const urls = listOf(ctx.cell('source urls'));
    const outlets = listOf(ctx.cell('source outlets'));
    if (urls.length > 0 && outlets.length > 0 && urls.length !== outlets.length) {
      ctx.fail(
        'source outlets',
        `${urls.length} source URLs but ${outlets.length} outlets; give them in the same order, with an empty entry where one is not known`,
      );
      return [];
    }
    const ids: SourceId[] = [];
    for (let k = 0; k < Math.max(urls.length, outlets.length); k++) {
      const urlItem = urls[k] ?? '';
      const outlet = fitted(ctx, 'source outlets', outlets[k] ?? '', 100);
      if (urlItem === '' && outlet === '') continue;
      let url: string | undefined;
      if (urlItem !== '') {
        // An export writes a `;` inside a link as %3B, the one character a list item cannot hold.
        const decoded = urlItem.replaceAll('%3B', ';');
        const checked = checkLink(decoded);
        if (!checked.ok) {
          ctx.fail('source urls', linkNotKept('the link', decoded, checked.why));
          continue;
        }
        url = checked.url;
      }
      const key = url !== undefined ? `url:${url}` : `row:${ctx.row}:${k}`;
      const id = this.source(key, url, outlet === '' ? undefined : outlet);
      if (!ids.includes(id)) ids.push(id);
    }
    return ids;
  }

  row(row: number, cells: readonly string[], header: readonly HeaderCell[]): void {
    const byColumn = new Map<HeaderCell, string>();
    header.forEach((c, k) => byColumn.set(c, unescapeCell(cells[k] ?? '').trim()));
    let failed = false;
    const ctx: RowContext = {
      row,
      cell: (c) => byColumn.get(c) ?? '',
      fail: (c, message) => {
        failed = true;
        this.problem('error', rowName(row), c, message);
      },
      note: (severity, c, message) => this.problem(severity, rowName(row), c, message),
    };
    const title = ctx.cell('title');
    if (title === '') ctx.fail('title', 'the title is missing');
    const zone = ctx.cell('zone') || this.options.zone || '';
    if (zone === '') {
      ctx.fail(
        'zone',
        'no time zone: give the venue\'s IANA zone (e.g. "Europe/Kyiv") in this column, or --zone for all',
      );
      return;
    }
    if (!isRealTimeZone(zone)) {
      ctx.fail(
        ctx.cell('zone') === '' ? 'zone (--zone)' : 'zone',
        `"${zone}" is not an IANA time zone such as "Europe/Kyiv"`,
      );
      return;
    }
    if (ctx.cell('zone') === '') ctx.note('changed', 'zone', `no zone given; placed in ${zone} (--zone)`);
    const start = timePointOf(ctx, zone, false);
    const end = timePointOf(ctx, zone, true);
    const kindCell = ctx.cell('kind');
    const kind = kindCell === '' ? 'other' : oneOf(eventKindSchema.options, kindCell);
    if (kind === undefined)
      ctx.fail('kind', `unknown kind "${kindCell}"; use one of ${quoted(eventKindSchema.options)}`);
    const statusOptions = ['occurred', 'scheduled', 'postponed', 'cancelled'] as const;
    const statusCell = ctx.cell('status');
    const status = statusCell === '' ? 'occurred' : oneOf(statusOptions, statusCell);
    if (status === undefined) ctx.fail('status', `unknown status "${statusCell}"; use one of ${quoted(statusOptions)}`);
    const verificationCell = ctx.cell('verification');
    const verification = verificationCell === '' ? 'reported' : oneOf(verificationSchema.options, verificationCell);
    if (verification === undefined)
      ctx.fail(
        'verification',
        `unknown verification "${verificationCell}"; use one of ${quoted(verificationSchema.options)}`,
      );
    const topics: Topic[] = [];
    for (const t of listOf(ctx.cell('topics'))) {
      if (t === '') continue;
      const topic = oneOf(topicSchema.options, t);
      if (topic === undefined) ctx.fail('topics', `unknown topic "${t}"; use ids from ${quoted(topicSchema.options)}`);
      else if (!topics.includes(topic)) topics.push(topic);
    }
    for (const column of ['part of', 'follows'] as const) {
      const id = ctx.cell(column);
      if (id === '') continue;
      if (!EVENT_ID.test(id)) ctx.fail(column, `"${id}" is not an event id (its date, then a slug)`);
      else this.relations.push({ row, column, id });
    }
    let sourceIds = this.eventSources(ctx);
    if (sourceIds.length === 0 && !failed) {
      sourceIds = [this.fileSource()];
      ctx.note(
        'changed',
        'source urls',
        `no source given; the event cites the spreadsheet itself ("${sourceIds[0] ?? ''}")`,
      );
    }
    const participants = this.participants(ctx, sourceIds, verification ?? 'reported');
    const placeId = start === undefined ? undefined : this.place(ctx, zone);
    if (failed || start === undefined || kind === undefined || status === undefined || verification === undefined)
      return;
    const id = this.eventId(ctx, start.date, title);
    if (id === undefined) return;
    let summary = ctx.cell('summary');
    if (summary === '') {
      summary = title;
      ctx.note('changed', 'summary', 'no summary given; the title stands in for it');
    }
    const venue = fitted(ctx, 'venue', ctx.cell('venue'), 120);
    const partOf = ctx.cell('part of');
    const follows = ctx.cell('follows');
    this.events.push({
      id,
      title: fitted(ctx, 'title', title, 140),
      summary: fitted(ctx, 'summary', summary, 800),
      kind,
      status,
      start,
      ...(end !== undefined ? { end } : {}),
      ...(placeId !== undefined ? { placeId } : {}),
      ...(venue !== '' ? { venueDetail: venue } : {}),
      participants,
      topics,
      ...(partOf !== '' ? { partOf: partOf as EventId } : {}),
      ...(follows !== '' ? { follows: follows as EventId } : {}),
      verification,
      sourceIds,
    });
  }

  eventId(ctx: RowContext, date: string, title: string): EventId | undefined {
    const given = ctx.cell('id');
    if (given !== '') {
      if (!EVENT_ID.test(given) || given.length > 100) {
        ctx.fail(
          'id',
          `"${given}" is not an event id: its start date, then a slug, e.g. "${date}-${slugOf(title, 40) || 'event'}"`,
        );
        return undefined;
      }
      if (!given.startsWith(`${date}-`)) {
        ctx.fail('id', `the id "${given}" must start with the event's date (${date})`);
        return undefined;
      }
      if (this.eventIds.has(given)) {
        ctx.fail('id', `the id "${given}" is already used by an earlier row`);
        return undefined;
      }
      this.eventIds.add(given);
      return given as EventId;
    }
    const base = `${date}-${slugOf(title, 80) || 'event'}`;
    return this.eventIds.take(base) as EventId;
  }

  /** `part of` and `follows` name events of the same spreadsheet. */
  checkRelations(): void {
    for (const r of this.relations)
      if (!this.eventIds.has(r.id))
        this.problem('error', rowName(r.row), r.column, `no row has the event id "${r.id}"`);
  }

  dataset(): RawDataset {
    const first = this.events.reduce((m, e) => (e.start.date < m ? e.start.date : m), '9999-12-31');
    const last = this.events.reduce((m, e) => {
      const d = lastDate(e.end ?? e.start);
      return d > m ? d : m;
    }, '0000-01-01');
    const { fileName, today } = this.options;
    this.problem(
      'changed',
      'file',
      'timeline',
      `a spreadsheet has no timeline.json: its title ("${titleOfFile(fileName)}"), subtitle, description and licence ("Not stated") are made up; edit timeline.json`,
    );
    return {
      timeline: {
        title: titleOfFile(fileName),
        subtitle: `Imported from ${fileName}`.slice(0, 200),
        description:
          `A timeline of ${this.events.length} event${this.events.length === 1 ? '' : 's'} imported from ${fileName}.`.slice(
            0,
            300,
          ),
        language: 'en',
        coverage: { from: first, to: last },
        updated: today,
        licence: { name: 'Not stated' },
      },
      actors: [...this.actors.values()],
      places: [...this.places.values()],
      sources: [...this.sources.values()],
      events: this.events,
      quotes: [],
      redirects: [],
    };
  }
}

/** A column the header names, or "" for a column it leaves without a name. */
type HeaderCell = ParleyColumn | '';

/** The header's columns, or the problem that names the missing and unknown ones. */
function headerOf(cells: readonly string[]): { columns: HeaderCell[] } | { message: string } {
  const names = cells.map((c) => unescapeCell(c).trim().toLowerCase());
  const unknown = names.filter((n) => n !== '' && oneOf(PARLEY_COLUMNS, n) === undefined);
  const missing = REQUIRED_COLUMNS.filter((c) => !names.includes(c));
  const repeated = names.filter((n, k) => n !== '' && names.indexOf(n) !== k);
  if (unknown.length === 0 && missing.length === 0 && repeated.length === 0) return { columns: names as HeaderCell[] };
  const parts = [
    missing.length > 0 ? `missing column${missing.length === 1 ? '' : 's'} ${quoted(missing)}` : '',
    unknown.length > 0 ? `unknown column${unknown.length === 1 ? '' : 's'} ${quoted(unknown)}` : '',
    repeated.length > 0 ? `repeated column${repeated.length === 1 ? '' : 's'} ${quoted(repeated)}` : '',
  ].filter((p) => p !== '');
  return {
    message: `not a Parley spreadsheet header: ${parts.join('; ')} (the columns are ${quoted(PARLEY_COLUMNS)}; only "date" and "title" are required)`,
  };
}

/**
 * A Parley spreadsheet (CSV text, with or without a byte-order mark) as a data folder's content:
 * one event per row, actors made from the participants' names (or ids), places from their names
 * with the row's zone, sources from the URL and outlet pairs. Every problem names the file, the row
 * (the header is row 1, as a spreadsheet numbers it) and the column; any error leaves `data` null.
 */
export function readParleyCsv(text: string, options: ImportOptions): ImportResult {
  const builder = new Builder(options);
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, { delimiter: ',', header: false, skipEmptyLines: false });
  const quoteErrors = parsed.errors.filter((e) => e.type === 'Quotes');
  if (quoteErrors.length > 0) {
    for (const e of quoteErrors)
      builder.problem(
        'error',
        e.row === undefined ? 'file' : rowName(e.row + 1),
        '',
        e.code === 'MissingQuotes'
          ? 'a quoted cell is never closed (unbalanced "): every " that opens a cell needs one that closes it, and a " inside a cell is written ""'
          : `a quoted cell holds a " that neither closes it nor is doubled (${e.message}); write a " inside a cell as ""`,
      );
    return { data: null, problems: builder.problems };
  }
  const [headerCells, ...rows] = parsed.data;
  if (headerCells === undefined || headerCells.every((c) => c.trim() === '')) {
    builder.problem('error', 'row 1', '', 'the file is empty: a Parley spreadsheet starts with a header row');
    return { data: null, problems: builder.problems };
  }
  const header = headerOf(headerCells);
  if ('message' in header) {
    builder.problem('error', 'row 1', 'header', header.message);
    return { data: null, problems: builder.problems };
  }
  // A column without a name is read as no column, unless it holds something that would be lost.
  header.columns.forEach((name, k) => {
    const used = name === '' ? rows.findIndex((cells) => (cells[k] ?? '').trim() !== '') : -1;
    if (used >= 0)
      builder.problem(
        'error',
        'row 1',
        'header',
        `column ${k + 1} has no name, but row ${used + 2} has a cell in it; name the column or delete it`,
      );
  });
  if (builder.problems.length > 0) return { data: null, problems: builder.problems };
  rows.forEach((cells, k) => {
    const row = k + 2;
    if (cells.every((c) => c.trim() === '')) return;
    if (cells.length > header.columns.length && cells.slice(header.columns.length).some((c) => c.trim() !== '')) {
      builder.problem(
        'error',
        rowName(row),
        '',
        `${cells.length} cells but the header has ${header.columns.length} columns`,
      );
      return;
    }
    builder.row(row, cells, header.columns);
  });
  builder.checkRelations();
  if (builder.events.length === 0 && !builder.problems.some((p) => p.severity === 'error'))
    builder.problem('error', 'file', '', 'no events: every row after the header is empty');
  if (builder.problems.some((p) => p.severity === 'error')) return { data: null, problems: builder.problems };
  const data = builder.dataset();
  return { data, problems: builder.problems };
}
