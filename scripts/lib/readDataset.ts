/** Reads a dataset folder from disk and validates it; shared by the CLI, the schema writer and the build. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FILE_NAMES, type FileName, type RawDataset } from '../../src/domain/schema.ts';
import { parseJsonText } from '../../src/domain/jsonText.ts';
import { formatIssue, type ValidationIssue } from '../../src/domain/issues.ts';
import { validateDataset } from '../../src/domain/validate.ts';

export type ReadResult = { ok: true; dataset: RawDataset } | { ok: false; issues: ValidationIssue[] };

/** How a folder is named in messages: relative to the working directory when inside it. */
export function displayDir(dir: string): string {
  const rel = relative(process.cwd(), dir);
  return rel === '' ? '.' : rel.startsWith('..') ? dir : rel;
}

/** Reads and validates the data files of `dir`, reporting every problem. */
export function readDataset(dir: string): ReadResult {
  const shown = displayDir(dir);
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    return { ok: false, issues: [{ file: shown, message: 'no such folder' }] };
  const files: Partial<Record<FileName, unknown>> = {};
  const parseIssues: ValidationIssue[] = [];
  for (const name of FILE_NAMES) {
    const path = join(dir, name);
    if (!existsSync(path)) continue;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (err) {
      const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : String(err);
      parseIssues.push({ file: `${shown}/${name}`, message: `cannot be read (${code})` });
      continue;
    }
    const parsed = parseJsonText(text, `${shown}/${name}`);
    if (parsed.ok) files[name] = parsed.value;
    else parseIssues.push(parsed.issue);
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

/** All issues as printable lines. */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map(formatIssue).join('\n');
}
