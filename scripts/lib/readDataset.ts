/** Reads a dataset folder from disk and validates it; shared by the CLI, the schema writer and the build. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DATA_FILE_NAMES, type DataFileName, type RawDataset } from '../../src/domain/schema.ts';
import { decodeUtf8, parseJsonText } from '../../src/domain/jsonText.ts';
import { formatIssue, type ValidationIssue } from '../../src/domain/issues.ts';
import { validateDataset } from '../../src/domain/validate.ts';

export type ReadResult = { ok: true; dataset: RawDataset } | { ok: false; issues: ValidationIssue[] };

/** How a folder is named in messages: relative to the working directory when inside it. */
export function displayDir(dir: string): string {
  const rel = relative(process.cwd(), dir);
  return rel === '' ? '.' : rel.startsWith('..') ? dir : rel;
}

/**
 * Validates a dataset given as the raw bytes of its files (undefined for a missing file), exactly as
 * `readDataset` does once the files are read: strict UTF-8, then JSON, then the dataset rules.
 * `shown` prefixes file names in messages.
 */
export function validateDatasetBytes(bytes: Partial<Record<DataFileName, Uint8Array>>, shown: string): ReadResult {
  const files: Partial<Record<DataFileName, unknown>> = {};
  const parseIssues: ValidationIssue[] = [];
  for (const name of DATA_FILE_NAMES) {
    const content = bytes[name];
    if (content === undefined) continue;
    const file = `${shown}/${name}`;
    const decoded = decodeUtf8(content, file);
    if (!decoded.ok) {
      parseIssues.push(decoded.issue);
      continue;
    }
    const parsed = parseJsonText(decoded.text, file);
    if (parsed.ok) files[name] = parsed.value;
    else parseIssues.push(...parsed.issues);
  }
  if (parseIssues.length > 0) {
    // A file that is not JSON would otherwise also be reported as missing.
    const broken = new Set(parseIssues.map((i) => i.file));
    const rest = validateDataset(files, shown);
    const others = rest.ok ? [] : rest.issues.filter((i) => !(broken.has(i.file) && i.message === 'file is missing'));
    return { ok: false, issues: [...parseIssues, ...others] };
  }
  return validateDataset(files, shown);
}

/** Reads and validates the data files of `dir`, reporting every problem. */
export function readDataset(dir: string): ReadResult {
  const shown = displayDir(dir);
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    return { ok: false, issues: [{ file: shown, message: 'no such folder' }] };
  const bytes: Partial<Record<DataFileName, Uint8Array>> = {};
  const readIssues: ValidationIssue[] = [];
  for (const name of DATA_FILE_NAMES) {
    const path = join(dir, name);
    if (!existsSync(path)) continue;
    try {
      // Bytes, not readFileSync(path, 'utf8'): that would turn a byte that is not UTF-8 into U+FFFD
      // without a word.
      bytes[name] = readFileSync(path);
    } catch (err) {
      const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : String(err);
      readIssues.push({ file: `${shown}/${name}`, message: `cannot be read (${code})` });
    }
  }
  const result = validateDatasetBytes(bytes, shown);
  if (readIssues.length === 0) return result;
  const unread = new Set(readIssues.map((i) => i.file));
  const others = result.ok ? [] : result.issues.filter((i) => !(unread.has(i.file) && i.message === 'file is missing'));
  return { ok: false, issues: [...readIssues, ...others] };
}

/** All issues as printable lines. */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map(formatIssue).join('\n');
}
