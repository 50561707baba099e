/** The Parley spreadsheet (data/README.md, "The Parley spreadsheet"): one row per event, both ways. */
import type { ExportInput, ImportOptions, ImportResult } from './types.ts';

/** The view as a Parley spreadsheet. (Being written: an empty sheet for now.) */
export function toParleyCsv(input: ExportInput): string {
  return input.events.length === 0 ? '' : '';
}

/** A Parley spreadsheet as a data folder's content. (Being written: every file is refused for now.) */
export function readParleyCsv(text: string, options: ImportOptions): ImportResult {
  return {
    data: null,
    problems: [
      {
        severity: 'error',
        file: options.fileName,
        where: text === '' ? 'file' : 'row 1',
        field: '',
        message: 'the Parley spreadsheet importer is not written yet',
      },
    ],
  };
}
