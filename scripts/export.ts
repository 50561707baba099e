/**
 * `npm run export -- --format ics|csv|json|timelinejs [--data DIR] [--actors id,id] [--match any|all]
 * [--topics t,t] [--topic-match any|all] [--q text] [--out FILE]`: the view the app would show with
 * those filters and that search, written in one of the download formats, to FILE or to standard
 * output. The view is worked out by the app's own filter and search, so the file is the one the
 * Download menu gives for the same link.
 *
 * Event links and calendar UIDs use SITE_ORIGIN and BASE, as `npm run build` does (or --origin and
 * --base). The calendar's DTSTAMP is now, or SOURCE_DATE_EPOCH (seconds) when set, for files that
 * come out the same on every run.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compileDataset, indexDataset, type CompiledDataset, type WholeDataset } from '../src/domain/dataset.ts';
import { filterEventIndices, NO_FILTERS, type Filters, type MatchMode } from '../src/domain/filter.ts';
import { exportInputOf } from '../src/domain/interchange/exportInput.ts';
import { EXPORT_FORMATS, exportView } from '../src/domain/interchange/exportView.ts';
import type { ExportFormat } from '../src/domain/interchange/types.ts';
import { closestId } from '../src/domain/issues.ts';
import type { ActorId, Topic } from '../src/domain/schema.ts';
import { buildSearch, loadSearch, search } from '../src/domain/search.ts';
import { normaliseQuery } from '../src/domain/view.ts';
import { TOPICS } from '../src/domain/vocabulary.ts';
import { siteOrigin } from '../src/site/pageHead.ts';
import { displayDir, formatIssues, readDataset } from './lib/readDataset.ts';

const USAGE =
  'usage: npm run export -- --format ics|csv|json|timelinejs [--data DIR] [--actors id,id] [--match any|all] ' +
  '[--topics t,t] [--topic-match any|all] [--q text] [--out FILE] [--origin URL] [--base PATH]';

/** A mistake in the command line: printed with the usage, exit code 2. */
class UsageError extends Error {}

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

function matchMode(value: string | undefined, flag: string): MatchMode {
  if (value === undefined || value === 'any') return 'any';
  if (value === 'all') return 'all';
  throw new UsageError(`${flag} must be "any" or "all", not "${value}"`);
}

/** `ids` that are not among `known`, each with a suggestion when one is close. */
function unknownIds(ids: readonly string[], known: readonly string[]): string[] {
  const set = new Set(known);
  return ids
    .filter((id) => !set.has(id))
    .map((id) => {
      const hint = closestId(id, known);
      return hint === undefined ? `"${id}"` : `"${id}" (did you mean "${hint}"?)`;
    });
}

/** The filters the flags ask for, checked against the dataset; the search run on the dataset's own index. */
function filtersOf(
  compiled: CompiledDataset,
  ds: WholeDataset,
  values: Record<string, string | boolean | undefined>,
): Filters {
  const text = (key: string) => {
    const v = values[key];
    return typeof v === 'string' ? v : undefined;
  };
  const actors = list(text('actors'));
  const topics = list(text('topics'));
  const badActors = unknownIds(
    actors,
    ds.actors.map((a) => a.id),
  );
  const badTopics = unknownIds(topics, TOPICS);
  const problems = [
    badActors.length > 0 ? `unknown actor${badActors.length === 1 ? '' : 's'} ${badActors.join(', ')}` : '',
    badTopics.length > 0 ? `unknown topic${badTopics.length === 1 ? '' : 's'} ${badTopics.join(', ')}` : '',
  ].filter((p) => p !== '');
  if (problems.length > 0) throw new UsageError(problems.join('; '));
  const query = normaliseQuery(text('q') ?? '');
  let found: readonly number[] | null = null;
  if (query !== '') {
    const index = loadSearch(buildSearch(compiled), ds);
    found = search(index, query).events;
  }
  return {
    ...NO_FILTERS,
    actors: actors as ActorId[],
    match: matchMode(text('match'), '--match'),
    topics: topics as Topic[],
    topicMatch: matchMode(text('topic-match'), '--topic-match'),
    search: found,
  };
}

/** When the export is made: SOURCE_DATE_EPOCH (seconds) when set, else now. */
function exportTime(): number {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch.trim() === '') return Date.now();
  const seconds = Number(epoch);
  if (!Number.isInteger(seconds) || seconds < 0)
    throw new UsageError(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${epoch}"`);
  return seconds * 1000;
}

function main(argv: readonly string[]): number {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      format: { type: 'string' },
      data: { type: 'string' },
      actors: { type: 'string' },
      match: { type: 'string' },
      topics: { type: 'string' },
      'topic-match': { type: 'string' },
      q: { type: 'string' },
      out: { type: 'string' },
      origin: { type: 'string' },
      base: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help === true) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0] ?? ''}"`);
  const format = values.format;
  if (format === undefined) throw new UsageError('--format is required');
  if (!(EXPORT_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, not "${format}"`);
  let origin: string;
  try {
    origin = siteOrigin(values.origin ?? process.env.SITE_ORIGIN) ?? '';
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const base = values.base ?? process.env.BASE ?? '/';
  const now = exportTime();

  const dir = resolve(values.data ?? process.env.PARLEY_DATA ?? 'data');
  const read = readDataset(dir);
  if (!read.ok) {
    console.error(formatIssues(read.issues));
    console.error(`\n${displayDir(dir)}: ${read.issues.length} problem${read.issues.length === 1 ? '' : 's'} found`);
    return 1;
  }
  const compiled = compileDataset(read.dataset);
  const ds = indexDataset(compiled);
  const positions = filterEventIndices(ds, filtersOf(compiled, ds, values));
  const events = positions === null ? ds.events : positions.map((i) => ds.events[i]).filter((e) => e !== undefined);
  const file = exportView(exportInputOf(ds, events, { origin, base }, now), format as ExportFormat);
  const bytes = Buffer.byteLength(file.text);
  const what = `${events.length} of ${ds.events.length} event${ds.events.length === 1 ? '' : 's'}`;
  if (values.out === undefined) {
    process.stdout.write(file.text);
    console.error(`${format}: ${what}, ${bytes.toLocaleString('en')} bytes`);
  } else {
    const out = resolve(values.out);
    writeFileSync(out, file.text);
    console.error(`${displayDir(out)}: ${format}, ${what}, ${bytes.toLocaleString('en')} bytes`);
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  // parseArgs reports unknown flags and missing values with a code; both are the command line's fault.
  const usage =
    err instanceof UsageError ||
    (err instanceof Error && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS'));
  if (!usage) throw err;
  console.error(`export: ${err.message}\n${USAGE}`);
  process.exitCode = 2;
}
