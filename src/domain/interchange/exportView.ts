/**
 * One exported file of a view, in the format asked for: its name (the timeline's title as a slug,
 * then the format's ending), its MIME type and its text.
 */
import { toIcs } from './ics.ts';
import { toParleyCsv } from './parleyCsv.ts';
import { toParleyJson } from './parleyJson.ts';
import { slugOf } from './slug.ts';
import { toTimelineJs } from './timelineJs.ts';
import type { ExportFile, ExportFormat, ExportInput } from './types.ts';

/** Every export format, in the order a menu offers them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['ics', 'csv', 'json', 'timelinejs'];

const WRITERS: Record<ExportFormat, { ending: string; mimeType: string; write: (input: ExportInput) => string }> = {
  ics: { ending: '.ics', mimeType: 'text/calendar;charset=utf-8', write: toIcs },
  csv: { ending: '.csv', mimeType: 'text/csv;charset=utf-8', write: toParleyCsv },
  json: { ending: '.json', mimeType: 'application/json', write: toParleyJson },
  timelinejs: { ending: '-timelinejs.json', mimeType: 'application/json', write: toTimelineJs },
};

/** The file's name before its ending: the timeline's title as a slug, or "parley" when it has none. */
export function fileSlug(title: string): string {
  return slugOf(title) || 'parley';
}

/** The view as one file in `format`. */
export function exportView(input: ExportInput, format: ExportFormat): ExportFile {
  const { ending, mimeType, write } = WRITERS[format];
  return { fileName: `${fileSlug(input.timeline.title)}${ending}`, mimeType, text: write(input) };
}
