import type { ExportInput } from './types.ts';

/** Not written yet. */
export function toIcs(input: ExportInput): string {
  return input.events.length === 0 ? '' : '';
}
