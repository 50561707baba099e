/**
 * `npm test`: every check, in order — types, lint, data validation, unit and component tests, then
 * end-to-end tests in headless Chromium. It keeps going after a failure so one run shows everything,
 * and ends with one totals line ("tests: N passed, M failed") that CI reads.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Totals {
  passed: number;
  failed: number;
}
const totals: Totals = { passed: 0, failed: 0 };
const out = mkdtempSync(join(tmpdir(), 'parley-test-'));

function run(label: string, cmd: string, args: string[]): boolean {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, TZ: 'UTC' } });
  return r.status === 0;
}

/** A check that is not a test suite counts as one test. */
function check(label: string, cmd: string, args: string[]) {
  if (run(label, cmd, args)) totals.passed++;
  else {
    totals.failed++;
    console.error(`✗ ${label} failed`);
  }
}

function suite(label: string, project: string) {
  const file = join(out, `${project}.json`);
  const ok = run(label, 'npx', [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${file}`,
  ]);
  if (!existsSync(file)) {
    totals.failed++;
    console.error(`✗ ${label}: the test runner wrote no results`);
    return;
  }
  const r = JSON.parse(readFileSync(file, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numTotalTests: number;
  };
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests;
  if (r.numTotalTests === 0 || (!ok && r.numFailedTests === 0)) {
    totals.failed++;
    console.error(`✗ ${label}: ${r.numTotalTests === 0 ? 'no test ran' : 'the runner failed outside any test'}`);
  }
}

check('typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']);
check('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
check('format', 'npx', ['prettier', '--check', '.', '--log-level=warn']);
check('validate data/', 'npx', ['tsx', 'scripts/validate.ts']);
suite('unit and component tests', 'unit');
if (process.argv.includes('--no-e2e')) console.log('\n(end-to-end tests skipped by --no-e2e)');
else suite('end-to-end tests (headless Chromium)', 'e2e');

console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
