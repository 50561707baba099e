/** Shared by the import tests: an import's data folder, written as the CLI writes it and validated as `npm run validate` does. */
import { validateDatasetBytes } from '../../../scripts/lib/readDataset.ts';
import { dataFolderFiles } from '../../../src/domain/interchange/dataFolder.ts';
import type { ImportProblem, ImportResult } from '../../../src/domain/interchange/types.ts';
import { formatIssue } from '../../../src/domain/issues.ts';
import type { RawDataset } from '../../../src/domain/schema.ts';

/** The validator's complaints about an imported dataset, one line each (none when it is valid). */
export function validationLines(data: RawDataset): string[] {
  const files = dataFolderFiles(data, '../../data/schema');
  const encoder = new TextEncoder();
  const bytes = Object.fromEntries(Object.entries(files).map(([name, text]) => [name, encoder.encode(text)]));
  const result = validateDatasetBytes(bytes, 'imported');
  return result.ok ? [] : result.issues.map(formatIssue);
}

/** "error events[3] start_date.day: …": a problem as one line, for assertions. */
export const line = (p: ImportProblem) => `${p.severity} ${p.where} ${p.field}: ${p.message}`;

/** The problems of one severity. */
export const ofSeverity = (r: ImportResult, severity: ImportProblem['severity']) =>
  r.problems.filter((p) => p.severity === severity).map(line);
