/**
 * Dataset validation: the shape of every item (zod), then every check that spans items and files.
 * It reports every problem it finds, never repairs one: the data is curated, errors must be seen.
 */
import type { z } from 'zod';
import { FILES, FILE_NAMES, type FileName, type RawDataset } from './schema';
import { crossCheck, type ItemLabeler } from './crossChecks';
import { describe, formatPath, type ValidationIssue } from './issues';

export type ValidationResult =
  | { ok: true; dataset: RawDataset; issues: [] }
  | { ok: false; issues: ValidationIssue[] };

type Collection = (typeof FILES)[FileName]['key'];

function zodMessage(issue: z.core.$ZodIssue): string {
  const found = 'input' in issue ? issue.input : undefined;
  switch (issue.code) {
    case 'invalid_type':
      return found === undefined
        ? `required field is missing (expected ${issue.expected})`
        : `expected ${issue.expected}, found ${describe(found)}`;
    case 'invalid_value':
      return `found ${describe(found)}, expected one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling against data/schema/)`;
    default:
      return found === undefined ? issue.message : `${issue.message} (found ${describe(found)})`;
  }
}

function idOf(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const id = (raw as Record<string, unknown>).id ?? (raw as Record<string, unknown>).from;
  return typeof id === 'string' ? id : undefined;
}

/** Names an item by its id when it has one, by its position otherwise. */
export const labelItem: ItemLabeler = (kind, raw, index) => {
  const id = idOf(raw);
  return id === undefined ? `${kind} #${index}` : `${kind} "${id}"`;
};

interface ShapeResult {
  items: unknown[];
  issues: ValidationIssue[];
}

function checkFileShape(name: FileName, raw: unknown, file: string): ShapeResult {
  const { key, item, schema } = FILES[name];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { items: [], issues: [{ file, message: `expected an object with a "${key}" list, found ${describe(raw)}` }] };
  }
  const record = raw as Record<string, unknown>;
  const list = record[key];
  if (!Array.isArray(list)) {
    return { items: [], issues: [{ file, path: key, message: `expected a list of ${item}s, found ${describe(list)}` }] };
  }
  const issues: ValidationIssue[] = [];
  const extra = Object.keys(record).filter((k) => k !== key && k !== '$schema');
  if (extra.length > 0) issues.push({ file, message: `unknown top-level field "${extra.join('", "')}"` });
  const itemSchema = schema.shape[key as never] as z.ZodArray<z.ZodType>;
  const items: unknown[] = [];
  list.forEach((entry, index) => {
    const parsed = itemSchema.element.safeParse(entry, { reportInput: true });
    if (parsed.success) items.push(parsed.data);
    for (const zi of parsed.error?.issues ?? []) {
      const path = formatPath(zi.code === 'unrecognized_keys' ? zi.path : zi.path);
      issues.push({ file, item: labelItem(item, entry, index), path, message: zodMessage(zi) });
    }
    if (!parsed.success) items.push(undefined);
  });
  return { items, issues };
}

/**
 * Validates the six data files of one dataset. `files` maps a file name to its parsed JSON (or
 * undefined when missing); `dir` prefixes file names in messages, e.g. "data".
 * A missing redirects.json counts as an empty one.
 */
export function validateDataset(files: Partial<Record<FileName, unknown>>, dir: string): ValidationResult {
  const issues: ValidationIssue[] = [];
  const raw: Partial<Record<Collection, unknown[]>> = {};
  const valid: Partial<Record<Collection, unknown[]>> = {};
  for (const name of FILE_NAMES) {
    const file = `${dir}/${name}`;
    const { key } = FILES[name];
    const content = files[name] ?? (name === 'redirects.json' ? { redirects: [] } : undefined);
    if (content === undefined) {
      issues.push({ file, message: 'file is missing' });
      raw[key] = [];
      valid[key] = [];
      continue;
    }
    const shape = checkFileShape(name, content, file);
    issues.push(...shape.issues);
    const list = (content as Record<string, unknown>)[key];
    raw[key] = Array.isArray(list) ? list : [];
    valid[key] = shape.items;
  }
  issues.push(...crossCheck(raw as Record<Collection, unknown[]>, valid as Record<Collection, unknown[]>, dir, labelItem));
  if (issues.length > 0) return { ok: false, issues };
  const dataset = Object.fromEntries(
    Object.entries(valid).map(([k, v]) => [k, (v ?? []).filter((x) => x !== undefined)]),
  ) as unknown as RawDataset;
  return { ok: true, dataset, issues: [] };
}
