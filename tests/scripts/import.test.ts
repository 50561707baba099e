/** `npm run import -- FILE …` as a user runs it: a child process writing into a temporary folder. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDataset } from '../../scripts/lib/readDataset.ts';
import { DATA_FILE_NAMES } from '../../src/domain/schema.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'timelinejs');
const work = mkdtempSync(join(tmpdir(), 'parley-import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let n = 0;
/** A fresh, empty parent folder for one test's output. */
const parent = () => {
  const dir = join(work, `t${++n}`);
  mkdirSync(dir);
  return dir;
};

function runImport(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'scripts/import.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', TZ: 'Pacific/Kiritimati' },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('scripts/import.ts', { timeout: 60_000 }, () => {
  it('imports a TimelineJS example into a folder that validates, with $schema links, and leaves no temporary folder', () => {
    const dir = parent();
    const out = join(dir, 'eras-data');
    const r = runImport(join(FIXTURES, 'eras.json'), '--out', out, '--zone', 'Europe/London');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '20 events imported; 7 values not carried over; 21 values changed (eras.json, read as timelinejs-json)',
    );
    expect(r.stdout).toContain(
      'eras.json: events[0] background: the background is not carried over: Parley shows no images or slide colours\n',
    );
    expect(readdirSync(dir)).toEqual(['eras-data']);
    expect(readdirSync(out).sort()).toEqual([...DATA_FILE_NAMES].sort());
    const check = readDataset(out);
    expect(check.ok).toBe(true);
    expect(check.ok && check.dataset.events).toHaveLength(20);
    const events = JSON.parse(readFileSync(join(out, 'events.json'), 'utf8')) as { $schema: string };
    expect(events.$schema).toMatch(/data\/schema\/events\.schema\.json$/);
    // The zone is the one given, never the machine's (TZ is Kiritimati here).
    expect(readFileSync(join(out, 'events.json'), 'utf8')).not.toContain('Kiritimati');
  });

  it('reads a CSV export of the spreadsheet template, guessing its format from its header', () => {
    const out = join(parent(), 'apollo');
    const r = runImport(join(FIXTURES, 'apollo.csv'), '--out', out, '--zone', 'America/New_York');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('5 events imported; 8 values not carried over');
    expect(r.stdout).toContain('read as timelinejs-csv');
    expect(r.stdout).toContain(
      'apollo.csv: row 7 Media: the media "javascript:alert(1)" is not kept: only http: and https: links are kept, not javascript:\n',
    );
    expect(readDataset(out).ok).toBe(true);
  });

  it("reads a Parley spreadsheet, guessing its format from a header that is not TimelineJS's", () => {
    const dir = parent();
    const sheet = join(dir, 'mine.csv');
    writeFileSync(
      sheet,
      'date,time,zone,title,summary,source urls\r\n2025-08-15,11:00,America/Anchorage,Alaska summit,Trump and Putin meet.,https://example.org/a\r\n',
    );
    const r = runImport(sheet, '--out', join(dir, 'mine'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 event imported;');
    expect(r.stdout).toContain('read as parley-csv');
    expect(readDataset(join(dir, 'mine')).ok).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['mine', 'mine.csv']);
  });

  it('exits 1 and writes nothing when events have no zone, naming each', () => {
    const dir = parent();
    const r = runImport(join(FIXTURES, 'group_sample.json'), '--out', join(dir, 'groups'));
    expect(r.code).toBe(1);
    const errors = r.stderr.split('\n').filter((l) => l.includes('has no time zone'));
    expect(errors).toHaveLength(7);
    expect(errors[0]).toBe(
      'group_sample.json: events[0] start_date: error: "event 1 heading send notification long description" has no time zone (TimelineJS dates carry none); give one with --zone, e.g. --zone Europe/London',
    );
    expect(r.stderr).toContain('group_sample.json: 7 errors (read as timelinejs-json); nothing was written');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('exits 1 on broken JSON with its line and column, and writes nothing', () => {
    const dir = parent();
    const bad = join(dir, 'broken.json');
    writeFileSync(bad, '{\n  "events": [\n    { "start_date": { "year": 2020 } },,\n  ]\n}\n');
    const r = runImport(bad, '--zone', 'UTC', '--out', join(dir, 'broken'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^broken\.json: file: error: invalid JSON at line 3, column \d+: /);
    expect(readdirSync(dir)).toEqual(['broken.json']);
  });

  it('exits 1 on a file that is not UTF-8, naming the line and column', () => {
    const dir = parent();
    const bad = join(dir, 'latin1.json');
    writeFileSync(
      bad,
      Buffer.from('{"events": [{"start_date": {"year": 2020}, "text": {"headline": "Caf\xe9"}}]}', 'latin1'),
    );
    const r = runImport(bad, '--zone', 'UTC', '--out', join(dir, 'out'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^latin1\.json: not valid UTF-8 at line 1, column 69: /);
    expect(readdirSync(dir)).toEqual(['latin1.json']);
  });

  it('refuses a file over 50 MB before reading it', () => {
    const dir = parent();
    const big = join(dir, 'big.json');
    // A sparse file: its size is what counts, and nothing is read.
    writeFileSync(big, '');
    truncateSync(big, 50 * 1024 * 1024 + 1);
    const r = runImport(big, '--zone', 'UTC', '--out', join(dir, 'out'));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('big.json: the file is 50.0 MB, over the 50 MB an import reads; nothing was read\n');
    expect(readdirSync(dir)).toEqual(['big.json']);
  });

  it('refuses to overwrite a folder that is not empty, unless --force', () => {
    const dir = parent();
    const out = join(dir, 'existing');
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'keep me');
    const refused = runImport(join(FIXTURES, 'milliseconds.json'), '--out', out, '--zone', 'UTC');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('the folder is not empty; choose another --out, or add --force to replace it');
    expect(readdirSync(out)).toEqual(['notes.txt']);
    const forced = runImport(join(FIXTURES, 'milliseconds.json'), '--out', out, '--zone', 'UTC', '--force');
    expect(forced.code).toBe(0);
    expect(readdirSync(out)).not.toContain('notes.txt');
    expect(readDataset(out).ok).toBe(true);
    expect(readdirSync(dir)).toEqual(['existing']);
  });

  it('groups as topics with --group-as topic, and rejects other values', () => {
    const bad = runImport(join(FIXTURES, 'group_sample.json'), '--group-as', 'lane', '--zone', 'UTC');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe('--group-as must be "actor" or "topic", not "lane"\n');
    const out = join(parent(), 'groups');
    const r = runImport(join(FIXTURES, 'group_sample.json'), '--out', out, '--zone', 'UTC', '--group-as', 'topic');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('names no topic of the vocabulary');
    expect(JSON.parse(readFileSync(join(out, 'actors.json'), 'utf8'))).toMatchObject({ actors: [] });
  });
});
