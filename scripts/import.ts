/**
 * `npm run import -- FILE [--out DIR] [--zone IANA] [--group-as actor|topic]
 *   [--format timelinejs-json|timelinejs-csv|parley-csv] [--force]`
 *
 * Converts a TimelineJS JSON file, a CSV export of TimelineJS's spreadsheet template or a Parley
 * spreadsheet into a data folder (every file of `DATA_FILE_NAMES`, each with its `$schema` link). The
 * folder is written beside the target under a temporary name, validated as `npm run validate` does,
 * and only then renamed into place: a failed import leaves nothing behind. Prints every problem, one
 * per line, and a summary; exits 1 on any error.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { dataFolderFiles } from '../src/domain/interchange/dataFolder.ts';
import { readParleyCsv } from '../src/domain/interchange/parleyCsv.ts';
import { readTimelineJsCsv } from '../src/domain/interchange/timelineJsCsv.ts';
import { readTimelineJsJson } from '../src/domain/interchange/timelineJsJson.ts';
import { MAX_IMPORT_BYTES } from '../src/domain/interchange/timelineJsMapping.ts';
import type { ImportOptions, ImportProblem, ImportResult } from '../src/domain/interchange/types.ts';
import { decodeUtf8 } from '../src/domain/jsonText.ts';
import { displayDir, formatIssues, readDataset } from './lib/readDataset.ts';

const FORMATS = {
  'timelinejs-json': readTimelineJsJson,
  'timelinejs-csv': readTimelineJsCsv,
  'parley-csv': readParleyCsv,
} as const satisfies Record<string, (text: string, options: ImportOptions) => ImportResult>;
type Format = keyof typeof FORMATS;

const USAGE =
  'usage: npm run import -- FILE [--out DIR] [--zone IANA] [--group-as actor|topic] ' +
  '[--format timelinejs-json|timelinejs-csv|parley-csv] [--force]';
const SCHEMA_DIR = resolve(import.meta.dirname, '..', 'data', 'schema');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        zone: { type: 'string' },
        'group-as': { type: 'string' },
        format: { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (err) {
    return fail(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
  }
})();

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const input = positionals[0];
if (input === undefined || positionals.length > 1) fail(USAGE);
const groupAs = values['group-as'];
if (groupAs !== undefined && groupAs !== 'actor' && groupAs !== 'topic')
  fail(`--group-as must be "actor" or "topic", not "${groupAs}"`);
if (values.format !== undefined && !(values.format in FORMATS))
  fail(`--format must be one of ${Object.keys(FORMATS).join(', ')}, not "${values.format}"`);

const file = resolve(input);
const shown = basename(file);
if (!existsSync(file) || !statSync(file).isFile()) fail(`${input}: no such file`);
const size = statSync(file).size;
if (size > MAX_IMPORT_BYTES)
  fail(
    `${shown}: the file is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_IMPORT_BYTES / 1024 / 1024} MB an import reads; nothing was read`,
  );

/** The target folder: --out, else a folder named after the file in the current directory. */
const out = resolve(
  values.out ??
    (basename(file, extname(file)) === basename(file) ? `${basename(file)}-data` : basename(file, extname(file))),
);
if (out === file) fail(`${displayDir(out)}: the output folder cannot be the input file`);
const outExists = existsSync(out);
if (outExists && !statSync(out).isDirectory()) fail(`${displayDir(out)}: exists and is not a folder`);
if (outExists && readdirSync(out).length > 0 && !values.force)
  fail(`${displayDir(out)}: the folder is not empty; choose another --out, or add --force to replace it`);

// Bytes, strictly UTF-8: a Latin-1 file is an error at its line and column, never U+FFFD.
const bytes = readFileSync(file);
let text: string;
try {
  text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
} catch {
  const decoded = decodeUtf8(bytes, shown);
  fail(decoded.ok ? `${shown}: not valid UTF-8` : `${decoded.issue.file}: ${decoded.issue.message}`);
}

/** The format: --format, else the extension, else the content. */
function guessFormat(): Format {
  if (values.format !== undefined) return values.format as Format;
  const ext = extname(file).toLowerCase();
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (ext === '.json' || body.startsWith('{')) return 'timelinejs-json';
  const header = (body.split(/\r?\n/, 1)[0] ?? '').toLowerCase();
  return /(^|,)\s*"?headline"?\s*(,|$)/.test(header) && /(^|,)\s*"?year"?\s*(,|$)/.test(header)
    ? 'timelinejs-csv'
    : 'parley-csv';
}
const format = guessFormat();

const options: ImportOptions = {
  fileName: shown,
  zone: values.zone,
  groupAs: groupAs as ImportOptions['groupAs'],
  today: new Date().toISOString().slice(0, 10),
};
const result = FORMATS[format](text, options);

const SEVERITY: Record<ImportProblem['severity'], string> = {
  error: 'error',
  // Its message says what was not carried over, and why.
  dropped: '',
  changed: 'changed',
};
for (const p of result.problems)
  console[p.severity === 'error' ? 'error' : 'log'](
    `${p.file}: ${[p.where, p.field].filter((x) => x !== '').join(' ')}: ${SEVERITY[p.severity]}${SEVERITY[p.severity] === '' ? '' : ': '}${p.message}`,
  );
const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
const dropped = result.problems.filter((p) => p.severity === 'dropped').length;
const changed = result.problems.filter((p) => p.severity === 'changed').length;
const errors = result.problems.filter((p) => p.severity === 'error').length;
if (result.data === null || errors > 0)
  fail(`${shown}: ${count(errors, 'error')} (read as ${format}); nothing was written`);
const data = result.data;

// Write beside the target, validate, then move into place.
const parent = dirname(out);
mkdirSync(parent, { recursive: true });
const temp = join(parent, `.${basename(out)}.import-${process.pid}-${Date.now().toString(36)}`);
let old: string | undefined;
const cleanUp = () => {
  rmSync(temp, { recursive: true, force: true });
};
process.on('SIGINT', () => {
  cleanUp();
  process.exit(130);
});
try {
  mkdirSync(temp);
  const schemaDir = relative(out, SCHEMA_DIR).split(sep).join('/');
  for (const [name, content] of Object.entries(dataFolderFiles(data, schemaDir)))
    writeFileSync(join(temp, name), content);
  const check = readDataset(temp);
  if (!check.ok) {
    console.error(formatIssues(check.issues).replaceAll(displayDir(temp), displayDir(out)));
    cleanUp();
    fail(
      `${shown}: the converted folder does not validate (${count(check.issues.length, 'problem')}); nothing was written`,
    );
  }
  if (outExists) {
    // An empty folder is replaced; a full one (with --force) is moved aside until the new one is in place.
    if (readdirSync(out).length === 0) rmSync(out, { recursive: true });
    else renameSync(out, (old = `${temp}.old`));
  }
  renameSync(temp, out);
  if (old !== undefined) rmSync(old, { recursive: true, force: true });
} catch (err) {
  cleanUp();
  if (old !== undefined && !existsSync(out)) renameSync(old, out);
  fail(
    `${displayDir(out)}: could not be written (${err instanceof Error ? err.message : String(err)}); nothing was written`,
  );
}

console.log(
  `${count(data.events.length, 'event')} imported; ${count(dropped, 'value')} not carried over; ${count(changed, 'value')} changed ` +
    `(${shown}, read as ${format}) into ${displayDir(out)}`,
);
console.log(`Run it: PARLEY_DATA=${displayDir(out)} npm run dev`);
