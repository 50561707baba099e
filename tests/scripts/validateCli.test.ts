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

  it.each<[string, string]>([
    [
      '51-latin1-bytes',
      'events.json: not valid UTF-8 at line 6, column 22: byte 0x96 cannot start a character (the file may be saved as Latin-1 or Windows-1252; save it as UTF-8)',
    ],
    [
      '56-duplicate-key',
      'events.json: duplicate key "title" at line 39, column 7 (first at line 38, column 7): its first value would be silently dropped; keep one',
    ],
    [
      '57-ambiguous-local-time',
      'events.json: event "2025-08-17-witkoff-cnn-sotu" end.time: 01:30 in America/New_York on 2025-11-02 happens twice: at 01:30-04:00 (05:30 UTC) and at 01:30-05:00 (06:30 UTC) (the clocks are turned back); add "offset": "-04:00" or "offset": "-05:00" to say which',
    ],
  ])('exits 1 on %s with one line naming where', (folder, line) => {
    const r = validate(`tests/fixtures/invalid/${folder}`);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      `tests/fixtures/invalid/${folder}/${line}`,
      '',
      `tests/fixtures/invalid/${folder}: 1 problem found`,
    ]);
  });

  it('exits 0 on the valid fixture and prints the counts', () => {
    const r = validate('tests/fixtures/valid');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'tests/fixtures/valid: valid — 3 events, 3 actors, 3 quotes, 4 sources, 2 places, 1 redirect\n' +
        '"Talks on ending the war in Ukraine": events from 2025-08-15 to 2025-08-17 (covers 2025-01-01 to 2025-12-31), 5 topics in use\n',
    );
  });

  it('exits 1 on a folder that does not exist', () => {
    const r = validate('tests/fixtures/no-such-folder');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('tests/fixtures/no-such-folder: no such folder');
  });
});
