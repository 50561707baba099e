/**
 * One malformed fixture per validation error (tests/fixtures/invalid/NN-name/), each read exactly as
 * `npm run validate -- DIR` reads it. See tests/fixtures/README.md.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../scripts/lib/readDataset.ts';
import { formatIssue, type ValidationIssue } from '../../src/domain/issues.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const INVALID = join(FIXTURES, 'invalid');
const DATA = join(import.meta.dirname, '..', '..', 'data');

interface Expected {
  file: string;
  item?: string;
  path?: string;
  message: string;
}

function readExpected(folder: string): Expected {
  const raw = JSON.parse(readFileSync(join(INVALID, folder, 'expected.json'), 'utf8')) as Record<string, unknown>;
  const text = (key: string) => {
    const v = raw[key];
    if (v !== undefined && typeof v !== 'string') throw new Error(`${folder}/expected.json: "${key}" must be a string`);
    return v;
  };
  const file = text('file');
  const message = text('message');
  if (file === undefined || message === undefined)
    throw new Error(`${folder}/expected.json needs "file" and "message"`);
  const item = text('item');
  const path = text('path');
  return {
    file,
    message,
    ...(item === undefined ? {} : { item }),
    ...(path === undefined ? {} : { path }),
  };
}

function matches(issue: ValidationIssue, want: Expected): boolean {
  return (
    issue.file.endsWith(`/${want.file}`) &&
    (want.item === undefined || issue.item === want.item) &&
    (want.path === undefined || issue.path === want.path) &&
    issue.message.includes(want.message)
  );
}

const folders = readdirSync(INVALID, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('invalid fixtures', () => {
  it('has at least 30 fixtures, each named NN-short-name with an expected.json', () => {
    expect(folders.length).toBeGreaterThanOrEqual(30);
    for (const f of folders) {
      expect(f).toMatch(/^\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(existsSync(join(INVALID, f, 'expected.json')), `${f}/expected.json`).toBe(true);
    }
  });

  it('has one distinct fault per fixture (no two expect the same report)', () => {
    const keys = folders.map((f) => JSON.stringify(readExpected(f)));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(folders)('%s is rejected with the expected issue', (folder) => {
    const want = readExpected(folder);
    const dir = join(INVALID, folder);
    const result = readDataset(dir);
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    const lines = issues.map(formatIssue);
    const hit = issues.find((i) => matches(i, want));
    expect(hit, `expected ${JSON.stringify(want)} among:\n${lines.join('\n')}`).toBeDefined();
    if (hit === undefined) return;

    // The printed line names the file (as the folder was given), the item and the field.
    const line = formatIssue(hit);
    expect(line.startsWith(`tests/fixtures/invalid/${folder}/${want.file}: `)).toBe(true);
    if (want.item !== undefined) expect(line).toContain(`: ${want.item} `);
    if (want.path !== undefined) expect(line).toContain(` ${want.path}: `);
    expect(line.endsWith(hit.message)).toBe(true);

    // One fault, reported in one file: a fault must not cascade into other files.
    expect(new Set(issues.map((i) => i.file))).toEqual(new Set([hit.file]));
  });
});

describe('valid datasets', () => {
  it('accepts the valid fixture', () => {
    const result = readDataset(join(FIXTURES, 'valid'));
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
    if (!result.ok) return;
    expect(result.dataset.events.map((e) => e.id)).toEqual([
      '2025-08-15-alaska-summit',
      '2025-08-15-three-on-three-talks',
      '2025-08-17-witkoff-cnn-sotu',
    ]);
    expect(result.dataset.quotes).toHaveLength(3);
    expect(result.dataset.redirects).toHaveLength(1);
  });

  it('accepts the real data/ folder', () => {
    const result = readDataset(DATA);
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
  });
});
