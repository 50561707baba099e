/**
 * Dataset validation: the shape of every item (zod), then every check that spans items and files.
 * It reports every problem it finds, never repairs one: the data is curated, errors must be seen.
 */
import { z } from 'zod';
import {
  FILES,
  FILE_NAMES,
  TIMELINE_FILE,
  timelineSchema,
  type DataFileName,
  type FileName,
  type RawDataset,
  type Timeline,
} from './schema.ts';
import { checkCoverage, crossCheck, type ItemLabeler } from './crossChecks.ts';
import { checkTextAndLinks, unsafeCharacter } from './textChecks.ts';
import { closestId, describe, formatPath, type ValidationIssue } from './issues.ts';

export type ValidationResult = { ok: true; dataset: RawDataset; issues: [] } | { ok: false; issues: ValidationIssue[] };

type Collection = (typeof FILES)[FileName]['key'];

/** The field names an object inside `schema` at `path` accepts (for "did you mean"). */
function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: unknown = schema;
  for (const key of path) {
    while (node instanceof z.ZodOptional) node = node.unwrap();
    if (node instanceof z.ZodArray && typeof key === 'number') node = node.element;
    else if (node instanceof z.ZodObject && typeof key === 'string')
      node = (node.shape as Record<string, unknown>)[key];
    else return [];
  }
  while (node instanceof z.ZodOptional) node = node.unwrap();
  return node instanceof z.ZodObject ? Object.keys(node.shape) : [];
}

/** 'unknown field "tittle"' plus a suggestion when a known field is close. */
function unknownField(key: string, known: readonly string[], what = 'field'): string {
  const hint = closestId(key, known);
  return `unknown ${what} "${key}"${hint === undefined ? '' : ` (did you mean "${hint}"?)`}; check the spelling against data/schema/`;
}

function zodMessage(issue: z.core.$ZodIssue): string {
  const found = 'input' in issue ? issue.input : undefined;
  switch (issue.code) {
    case 'invalid_type':
      return found === undefined
        ? `required field is missing (expected ${issue.expected})`
        : `expected ${issue.expected}, found ${describe(found)}`;
    case 'invalid_value':
      return `found ${describe(found)}, expected one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_big':
      return issue.origin === 'string' && typeof found === 'string'
        ? `must be at most ${String(issue.maximum)} characters long (found ${found.length})`
        : `${issue.message} (found ${describe(found)})`;
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
    return {
      items: [],
      issues: [{ file, message: `expected an object with a "${key}" list, found ${describe(raw)}` }],
    };
  }
  const record = raw as Record<string, unknown>;
  const list = record[key];
  if (!Array.isArray(list)) {
    return {
      items: [],
      issues: [{ file, path: key, message: `expected a list of ${item}s, found ${describe(list)}` }],
    };
  }
  const issues: ValidationIssue[] = [];
  for (const extra of Object.keys(record).filter((k) => k !== key && k !== '$schema'))
    issues.push({ file, path: extra, message: unknownField(extra, [key, '$schema'], 'top-level field') });
  if ('$schema' in record && typeof record.$schema !== 'string')
    issues.push({ file, path: '$schema', message: `expected a string, found ${describe(record.$schema)}` });
  else if (typeof record.$schema === 'string') {
    // An editor shows this line too, so it follows the same character rules as the items.
    const unsafe = unsafeCharacter(record.$schema);
    if (unsafe !== undefined) issues.push({ file, path: '$schema', message: unsafe });
  }
  const itemSchema = (schema.shape[key as never] as z.ZodArray<z.ZodType>).element;
  const items: unknown[] = [];
  list.forEach((entry, index) => {
    const parsed = itemSchema.safeParse(entry, { reportInput: true });
    issues.push(...shapeIssues(itemSchema, parsed.error?.issues ?? [], file, labelItem(item, entry, index)));
    items.push(parsed.success ? parsed.data : undefined);
  });
  return { items, issues };
}

function shapeIssues(
  schema: z.ZodType,
  found: readonly z.core.$ZodIssue[],
  file: string,
  item: string | undefined,
): ValidationIssue[] {
  const at = item === undefined ? {} : { item };
  return found.flatMap((zi): ValidationIssue[] =>
    zi.code === 'unrecognized_keys'
      ? // One issue per unknown field, its path naming the field itself.
        zi.keys.map((k) => ({
          file,
          ...at,
          path: formatPath([...zi.path, k]),
          message: unknownField(
            k,
            fieldsAt(schema, zi.path),
            zi.path.length === 0 && item === undefined ? 'top-level field' : 'field',
          ),
        }))
      : [{ file, ...at, path: formatPath(zi.path), message: zodMessage(zi) }],
  );
}

/** `timeline.json`: one object describing the dataset. */
function checkTimeline(raw: unknown, file: string): { timeline?: Timeline; issues: ValidationIssue[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { issues: [{ file, message: `expected an object describing the timeline, found ${describe(raw)}` }] };
  const parsed = timelineSchema.safeParse(raw, { reportInput: true });
  const issues = shapeIssues(timelineSchema, parsed.error?.issues ?? [], file, undefined);
  checkTextAndLinks(raw, (path, message) => void issues.push({ file, path: formatPath(path), message }));
  if (!parsed.success || issues.length > 0) return { issues };
  const timeline: Timeline & { $schema?: string | undefined } = { ...parsed.data };
  // The editor's pointer to the JSON Schema is not part of what the timeline says.
  delete timeline.$schema;
  return { timeline, issues };
}

/**
 * Validates the data files of one dataset. `files` maps a file name to its parsed JSON (or
 * undefined when missing); `dir` prefixes file names in messages, e.g. "data".
 * A missing redirects.json counts as an empty one.
 */
export function validateDataset(files: Partial<Record<DataFileName, unknown>>, dir: string): ValidationResult {
  const issues: ValidationIssue[] = [];
  const timelineFile = `${dir}/${TIMELINE_FILE}`;
  const meta =
    files[TIMELINE_FILE] === undefined
      ? { issues: [{ file: timelineFile, message: 'file is missing' }] }
      : checkTimeline(files[TIMELINE_FILE], timelineFile);
  issues.push(...meta.issues);
  const raw: Partial<Record<Collection, unknown[]>> = {};
  const valid: Partial<Record<Collection, unknown[]>> = {};
  // Collections whose file is missing or has no list: references into them are not checked, so
  // one broken file is not reported again as an "unknown …" on every item that points into it.
  const unavailable = new Set<Collection>();
  for (const name of FILE_NAMES) {
    const file = `${dir}/${name}`;
    const { key } = FILES[name];
    // `null` is content (and a fault), not a missing file.
    const content = files[name] !== undefined ? files[name] : name === 'redirects.json' ? { redirects: [] } : undefined;
    if (content === undefined) {
      issues.push({ file, message: 'file is missing' });
      raw[key] = [];
      valid[key] = [];
      unavailable.add(key);
      continue;
    }
    const shape = checkFileShape(name, content, file);
    issues.push(...shape.issues);
    const list =
      typeof content === 'object' && content !== null ? (content as Record<string, unknown>)[key] : undefined;
    if (!Array.isArray(list)) unavailable.add(key);
    raw[key] = Array.isArray(list) ? list : [];
    valid[key] = shape.items;
  }
  const all = (x: Partial<Record<Collection, unknown[]>>) => x as Record<Collection, unknown[]>;
  issues.push(...crossCheck(all(raw), all(valid), dir, labelItem, unavailable));
  if (meta.timeline !== undefined) issues.push(...checkCoverage(meta.timeline, all(valid), timelineFile));
  if (issues.length > 0 || meta.timeline === undefined) return { ok: false, issues };
  const lists = Object.fromEntries(
    Object.entries(valid).map(([k, v]) => [k, (v ?? []).filter((x) => x !== undefined)]),
  ) as unknown as Omit<RawDataset, 'timeline'>;
  return { ok: true, dataset: { timeline: meta.timeline, ...lists }, issues: [] };
}
