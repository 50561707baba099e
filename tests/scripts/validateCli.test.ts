/** `npm run validate -- DIR` as a user runs it: a child process, its exit code and its output. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

function validate(dir: string) {
  const r = spawnSync('npx', ['tsx', 'scripts/validate.ts', dir], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', TZ: 'UTC' },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('scripts/validate.ts', { timeout: 60_000 }, () => {
  it('exits 1 and names the file, item and field of a wrong reference', () => {
    const r = validate('tests/fixtures/invalid/21-unknown-participant');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([
      'tests/fixtures/invalid/21-unknown-participant/events.json: event "2025-08-15-three-on-three-talks" participants[2].actorId: unknown actor "witkof" (did you mean "steve-witkoff"?)',
      '',
      'tests/fixtures/invalid/21-unknown-participant: 1 problem found',
    ]);
  });

  it('exits 1 and gives the line and column of a JSON syntax error', () => {
    const r = validate('tests/fixtures/invalid/01-json-syntax');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'tests/fixtures/invalid/01-json-syntax/events.json: invalid JSON at line 80, column 15: expected a value, found ","\n',
    );
  });

  it('exits 0 on the valid fixture and prints the counts', () => {
    const r = validate('tests/fixtures/valid');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'tests/fixtures/valid: valid — 3 events, 3 actors, 3 quotes, 4 sources, 2 places, 1 redirect\n',
    );
  });

  it('exits 1 on a folder that does not exist', () => {
    const r = validate('tests/fixtures/no-such-folder');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('tests/fixtures/no-such-folder: no such folder');
  });
});
