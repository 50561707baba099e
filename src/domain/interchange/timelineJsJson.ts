/**
 * TimelineJS's JSON (https://timeline.knightlab.com/docs/json-format.html) as a Parley data folder:
 * `title`, `events` and `eras` are read into slides, which `timelineJsMapping.ts` maps as the
 * spreadsheet's rows are mapped.
 */
import { parseJsonText } from '../jsonText.ts';
import {
  MAX_IMPORT_BYTES,
  ProblemLog,
  mapTimelineJs,
  type SlideField,
  type TjsDate,
  type TjsSlide,
} from './timelineJsMapping.ts';
import type { ImportOptions, ImportResult } from './types.ts';

const FIELD: Record<SlideField, string> = {
  start: 'start_date',
  year: 'start_date.year',
  month: 'start_date.month',
  day: 'start_date.day',
  hour: 'start_date.hour',
  minute: 'start_date.minute',
  second: 'start_date.second',
  millisecond: 'start_date.millisecond',
  end: 'end_date',
  endYear: 'end_date.year',
  endMonth: 'end_date.month',
  endDay: 'end_date.day',
  endHour: 'end_date.hour',
  endMinute: 'end_date.minute',
  endSecond: 'end_date.second',
  endMillisecond: 'end_date.millisecond',
  headline: 'text.headline',
  text: 'text.text',
  media: 'media.url',
  credit: 'media.credit',
  caption: 'media.caption',
  group: 'group',
  uniqueId: 'unique_id',
};

const DATE_PARTS = new Set(['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond']);
/** Keys of a slide this importer reads; every other key with a value is listed as not carried over. */
const SLIDE_KEYS = new Set(['start_date', 'end_date', 'text', 'media', 'group', 'unique_id', 'uniqueid']);
const TOP_KEYS = new Set(['title', 'events', 'eras']);

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
/** True for a value that says something: not absent, null, "" or an empty object or list. */
function hasValue(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === 'string') return v.trim() !== '';
  if (Array.isArray(v)) return v.length > 0;
  if (isObject(v)) return Object.values(v).some(hasValue);
  return true;
}

const shown = (v: unknown) => {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 59)}…` : s;
};

/** Reads one slide, reporting wrongly typed values as errors. */
function readSlide(raw: unknown, where: string, log: ProblemLog): TjsSlide | undefined {
  if (!isObject(raw)) {
    log.add(
      'error',
      where,
      '',
      `expected an object (a slide), found ${raw === null ? 'null' : Array.isArray(raw) ? 'a list' : typeof raw}`,
    );
    return undefined;
  }
  const notCarried: { field: string; why: string }[] = [];
  const text = (v: unknown, field: string): string | undefined => {
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return v;
    if (typeof v === 'number') return String(v);
    log.add('error', where, field, `expected text, found ${Array.isArray(v) ? 'a list' : typeof v}`);
    return undefined;
  };
  const object = (v: unknown, field: string): Json | undefined => {
    if (v === undefined || v === null) return undefined;
    if (isObject(v)) return v;
    log.add('error', where, field, `expected an object, found ${Array.isArray(v) ? 'a list' : typeof v}`);
    return undefined;
  };
  const date = (v: unknown, field: string): TjsDate | undefined => {
    const d = object(v, field);
    if (d === undefined) return undefined;
    for (const [k, value] of Object.entries(d)) {
      if (DATE_PARTS.has(k)) {
        if (value !== null && typeof value !== 'string' && typeof value !== 'number')
          log.add('error', where, `${field}.${k}`, `expected a number, found ${typeof value}`);
        continue;
      }
      if (hasValue(value))
        notCarried.push({
          field: `${field}.${k}`,
          why:
            k === 'display_date'
              ? `the display date ${JSON.stringify(shown(value))} is not carried over: Parley writes dates from their precision`
              : k === 'format'
                ? `the date format ${JSON.stringify(shown(value))} is not carried over`
                : `not carried over (${JSON.stringify(shown(value))})`,
        });
    }
    return d as TjsDate;
  };
  const t = object(raw.text, 'text');
  const media = object(raw.media, 'media');
  for (const [k, value] of Object.entries(t ?? {}))
    if (k !== 'headline' && k !== 'text' && hasValue(value))
      notCarried.push({ field: `text.${k}`, why: `not carried over (${JSON.stringify(shown(value))})` });
  for (const [k, value] of Object.entries(media ?? {}))
    if (k !== 'url' && k !== 'credit' && k !== 'caption' && hasValue(value))
      notCarried.push({
        field: `media.${k}`,
        why:
          k === 'thumbnail' || k === 'thumb'
            ? 'the thumbnail is not carried over: Parley shows no images'
            : `not carried over (${JSON.stringify(shown(value))})`,
      });
  for (const [k, value] of Object.entries(raw)) {
    if (SLIDE_KEYS.has(k) || !hasValue(value)) continue;
    notCarried.push({
      field: k,
      why:
        k === 'background'
          ? 'the background is not carried over: Parley shows no images or slide colours'
          : k === 'display_date'
            ? `the display date ${JSON.stringify(shown(value))} is not carried over: Parley writes dates from their precision`
            : `not carried over (${JSON.stringify(shown(value))})`,
    });
  }
  const start = date(raw.start_date, 'start_date');
  const end = date(raw.end_date, 'end_date');
  const uniqueId = text(raw.unique_id ?? raw.uniqueid, raw.unique_id === undefined ? 'uniqueid' : 'unique_id');
  return {
    where,
    start,
    end,
    headline: text(t?.headline, 'text.headline'),
    text: text(t?.text, 'text.text'),
    media:
      media === undefined
        ? undefined
        : {
            url: text(media.url, 'media.url'),
            credit: text(media.credit, 'media.credit'),
            caption: text(media.caption, 'media.caption'),
          },
    group: text(raw.group, 'group'),
    uniqueId: uniqueId !== undefined && uniqueId.trim() !== '' ? uniqueId.trim() : undefined,
    notCarried,
  };
}

/** Reads a TimelineJS JSON file's text into a data folder's content, listing everything it could not carry over. */
export function readTimelineJsJson(text: string, options: ImportOptions): ImportResult {
  const log = new ProblemLog(options.fileName);
  if (text.length > MAX_IMPORT_BYTES) {
    log.add('error', 'file', '', `the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; nothing was read`);
    return { data: null, problems: log.problems };
  }
  const parsed = parseJsonText(text, options.fileName);
  if (!parsed.ok) {
    for (const issue of parsed.issues) log.add('error', 'file', '', issue.message);
    return { data: null, problems: log.problems };
  }
  const root = parsed.value;
  if (!isObject(root)) {
    log.add('error', 'file', '', 'expected a TimelineJS object with an "events" list');
    return { data: null, problems: log.problems };
  }
  if (!Array.isArray(root.events)) {
    log.add(
      'error',
      'file',
      'events',
      `expected a list of events, found ${root.events === undefined ? 'none' : typeof root.events}`,
    );
    return { data: null, problems: log.problems };
  }
  for (const [k, value] of Object.entries(root))
    if (!TOP_KEYS.has(k) && hasValue(value))
      log.add(
        'dropped',
        'file',
        k,
        k === 'scale'
          ? `the scale ${JSON.stringify(shown(value))} is not carried over: Parley places events on the calendar`
          : `not carried over (${JSON.stringify(shown(value))})`,
      );
  const events = root.events.flatMap((e, i) => readSlide(e, `events[${i}]`, log) ?? []);
  const eras = Array.isArray(root.eras) ? root.eras.flatMap((e, i) => readSlide(e, `eras[${i}]`, log) ?? []) : [];
  if (root.eras !== undefined && root.eras !== null && !Array.isArray(root.eras))
    log.add('error', 'file', 'eras', `expected a list of eras, found ${typeof root.eras}`);
  const title = root.title === undefined || root.title === null ? undefined : readSlide(root.title, 'title', log);
  return mapTimelineJs(
    { title, events, eras, formatName: 'TimelineJS JSON', fieldName: (f) => FIELD[f] },
    options,
    log,
  );
}
