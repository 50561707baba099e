/**
 * TimelineJS's Google Sheets template, exported as CSV, as a Parley data folder. Its rows are read
 * into slides (a row of Type "title" is the title slide, "era" an era, the rest events), which
 * `timelineJsMapping.ts` maps as TimelineJS JSON is mapped. The CSV is parsed by papaparse, which
 * handles what Google Sheets writes: quoted cells with commas, doubled quotes and line breaks.
 */
import Papa from 'papaparse';
import { closestId } from '../issues.ts';
import { MAX_IMPORT_BYTES, ProblemLog, mapTimelineJs, type SlideField, type TjsSlide } from './timelineJsMapping.ts';
import type { ImportOptions, ImportResult } from './types.ts';

/** The template's columns, in its order. */
export const TIMELINEJS_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
] as const;

type Column = (typeof TIMELINEJS_COLUMNS)[number];

const FIELD: Record<SlideField, Column> = {
  start: 'Year',
  year: 'Year',
  month: 'Month',
  day: 'Day',
  hour: 'Time',
  minute: 'Time',
  second: 'Time',
  millisecond: 'Time',
  end: 'End Year',
  endYear: 'End Year',
  endMonth: 'End Month',
  endDay: 'End Day',
  endHour: 'End Time',
  endMinute: 'End Time',
  endSecond: 'End Time',
  endMillisecond: 'End Time',
  headline: 'Headline',
  text: 'Text',
  media: 'Media',
  credit: 'Media Credit',
  caption: 'Media Caption',
  group: 'Group',
  uniqueId: 'Headline',
};

/** "9:30", "09:30:15", "9:30 PM", "21:30:00.250": a Time cell. */
const TIME = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?(?:\.(\d{1,3}))?\s*([ap])?\.?\s*(?:m\.?)?$/i;

function readTime(
  cell: string,
  where: string,
  column: Column,
  log: ProblemLog,
): { hour?: string; minute?: string; second?: string; millisecond?: string } | undefined {
  if (cell === '') return {};
  const m = TIME.exec(cell);
  let hour = m === null ? NaN : Number(m[1]);
  const half = m?.[5]?.toLowerCase();
  if (half !== undefined) {
    if (hour < 1 || hour > 12) hour = NaN;
    else hour = (hour % 12) + (half === 'p' ? 12 : 0);
  }
  const minute = m?.[2] === undefined ? 0 : Number(m[2]);
  const second = m?.[3] === undefined ? 0 : Number(m[3]);
  if (m === null || !(hour >= 0 && hour <= 23) || minute > 59 || second > 59) {
    log.add('error', where, column, `"${cell}" is not a time of day (write it as 14:30 or 2:30 PM)`);
    return undefined;
  }
  return {
    hour: String(hour),
    ...(m[2] === undefined ? {} : { minute: m[2] }),
    ...(m[3] === undefined ? {} : { second: m[3] }),
    ...(m[4] === undefined ? {} : { millisecond: m[4] }),
  };
}

/** Reads a CSV export of TimelineJS's spreadsheet template into a data folder's content, listing everything it could not carry over. */
export function readTimelineJsCsv(text: string, options: ImportOptions): ImportResult {
  const log = new ProblemLog(options.fileName);
  const stop = () => ({ data: null, problems: log.problems });
  if (text.length > MAX_IMPORT_BYTES) {
    log.add('error', 'file', '', `the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; nothing was read`);
    return stop();
  }
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, { delimiter: ',', skipEmptyLines: false });
  for (const e of parsed.errors) {
    const where = e.row === undefined ? 'file' : `row ${e.row + 1}`;
    const message =
      e.code === 'MissingQuotes'
        ? 'a quoted cell is never closed (unbalanced quotes): every " that opens a cell must be closed, and a " inside a cell written ""'
        : e.code === 'InvalidQuotes'
          ? 'a quote appears inside an unquoted cell (unbalanced quotes): quote the whole cell and write an inner " as ""'
          : e.message;
    log.add('error', where, '', message);
  }
  if (log.failed) return stop();
  const rows = parsed.data;
  const header = (rows[0] ?? []).map((h) => h.trim());
  const known = new Set<string>(TIMELINEJS_COLUMNS);
  const missing = TIMELINEJS_COLUMNS.filter((c) => !header.includes(c));
  const unknown = header.filter((h) => h !== '' && !known.has(h));
  const seen = new Set<string>();
  for (const h of header) {
    if (h !== '' && seen.has(h)) log.add('error', 'row 1', h, `the column "${h}" appears twice`);
    seen.add(h);
  }
  if (missing.length > 0)
    log.add(
      'error',
      'row 1',
      missing.join(', '),
      `the header lacks ${missing.length === 1 ? 'the column' : 'the columns'} ${missing.map((c) => `"${c}"`).join(', ')} of TimelineJS's template` +
        (unknown.length > 0
          ? ` and has ${unknown.map((u) => `"${u}"${hint(u, missing)}`).join(', ')}, which it does not`
          : ''),
    );
  else
    for (const u of unknown)
      log.add(
        'dropped',
        'row 1',
        u,
        `"${u}" is not a column of TimelineJS's template: its values are not carried over`,
      );
  if (log.failed) return stop();
  const index = new Map(header.map((h, i) => [h, i]));

  let title: TjsSlide | undefined;
  const events: TjsSlide[] = [];
  const eras: TjsSlide[] = [];
  rows.slice(1).forEach((cells, i) => {
    const where = `row ${i + 2}`;
    if (cells.every((c) => c.trim() === '')) return;
    if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim() !== '')) {
      log.add('error', where, '', `the row has ${cells.length} cells where the header has ${header.length} columns`);
      return;
    }
    const cell = (c: Column) => (cells[index.get(c) ?? -1] ?? '').trim();
    const time = readTime(cell('Time'), where, 'Time', log);
    const endTime = readTime(cell('End Time'), where, 'End Time', log);
    if (time === undefined || endTime === undefined) return;
    const notCarried: { field: string; why: string }[] = [];
    const drop = (c: Column, why: string) => {
      if (cell(c) !== '') notCarried.push({ field: c, why });
    };
    drop(
      'Display Date',
      `the display date "${cell('Display Date')}" is not carried over: Parley writes dates from their precision`,
    );
    drop('Media Thumbnail', 'the thumbnail is not carried over: Parley shows no images');
    drop('Background', 'the background is not carried over: Parley shows no images or slide colours');
    for (const u of unknown) {
      const v = (cells[index.get(u) ?? -1] ?? '').trim();
      if (v !== '')
        notCarried.push({ field: u, why: `not a column of the template: "${v.slice(0, 60)}" is not carried over` });
    }
    const type = cell('Type').toLowerCase();
    if (type !== '' && type !== 'title' && type !== 'era')
      notCarried.push({
        field: 'Type',
        why: `the type "${cell('Type')}" is not carried over (only "title" and "era" mean something)`,
      });
    const hasEnd =
      cell('End Year') !== '' || cell('End Month') !== '' || cell('End Day') !== '' || cell('End Time') !== '';
    const slide: TjsSlide = {
      where,
      start:
        cell('Year') === '' && type === 'title'
          ? undefined
          : { year: cell('Year'), month: cell('Month'), day: cell('Day'), ...time },
      end: hasEnd ? { year: cell('End Year'), month: cell('End Month'), day: cell('End Day'), ...endTime } : undefined,
      headline: cell('Headline'),
      text: cell('Text'),
      media: { url: cell('Media'), credit: cell('Media Credit'), caption: cell('Media Caption') },
      group: cell('Group'),
      notCarried,
    };
    if (type === 'title') {
      if (title !== undefined)
        log.add('dropped', where, 'Type', `a second title slide (the first is ${title.where}) is not carried over`);
      else title = slide;
    } else if (type === 'era') eras.push(slide);
    else events.push(slide);
  });
  return mapTimelineJs(
    { title, events, eras, formatName: 'TimelineJS spreadsheet (CSV)', fieldName: (f) => FIELD[f] },
    options,
    log,
  );
}

function hint(column: string, missing: readonly string[]): string {
  const near = closestId(column, missing);
  return near === undefined ? '' : ` (did you mean "${near}"?)`;
}
