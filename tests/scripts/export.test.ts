/** `npm run export` as a user runs it: a child process, its exit code, its output and the file it writes. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { readDataset } from '../../scripts/lib/readDataset.ts';
import { compileDataset, indexDataset } from '../../src/domain/dataset.ts';
import { filterEventIndices, NO_FILTERS } from '../../src/domain/filter.ts';
import type { ActorId, RawDataset } from '../../src/domain/schema.ts';
import { buildSearch, loadSearch, search } from '../../src/domain/search.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'parley-export-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function exportCli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync('npx', ['tsx', 'scripts/export.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', TZ: 'UTC', SITE_ORIGIN: '', BASE: '', ...env },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const read = readDataset(join(ROOT, 'data'));
if (!read.ok) throw new Error('data/ does not validate; run npm run validate');
const compiled = compileDataset(read.dataset);
const ds = indexDataset(compiled);

describe('scripts/export.ts', { timeout: 60_000 }, () => {
  it('writes the calendar of the events with Putin to --out, as the app filters them', () => {
    const out = join(work, 'putin.ics');
    const r = exportCli(['--format', 'ics', '--actors', 'vladimir-putin', '--out', out], {
      SITE_ORIGIN: 'https://parley.example',
      SOURCE_DATE_EPOCH: '1796200000',
    });
    expect(r.code).toBe(0);
    const expected = filterEventIndices(ds, { ...NO_FILTERS, actors: ['vladimir-putin' as ActorId] }) ?? [];
    expect(expected.length).toBeGreaterThan(5);
    expect(r.stderr).toMatch(
      new RegExp(`putin\\.ics: ics, ${expected.length} of ${ds.events.length} events, [\\d,]+ bytes\\n$`),
    );
    const text = readFileSync(out, 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(text));
    const uids = calendar.getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('uid')));
    expect(uids).toEqual(expected.map((i) => `${ds.events[i]?.id ?? ''}@parley.example`));
    // SOURCE_DATE_EPOCH 1796200000 is 2026-12-02 08:26:40 UTC.
    expect(text).toContain('DTSTAMP:20261202T082640Z\r\n');
    expect(text).toContain('URL:https://parley.example/events/2025-08-15-alaska-summit/\r\n');
  });

  it('prints the Parley spreadsheet of a search with two actors to standard output', () => {
    const r = exportCli(['--format', 'csv', '--q', 'sanctions', '--actors', 'donald-trump,vladimir-putin']);
    expect(r.code).toBe(0);
    const found = search(loadSearch(buildSearch(compiled), ds), 'sanctions').events;
    const expected =
      filterEventIndices(ds, {
        ...NO_FILTERS,
        actors: ['donald-trump', 'vladimir-putin'] as ActorId[],
        search: found,
      }) ?? [];
    expect(expected.length).toBeGreaterThan(0);
    const rows = Papa.parse<Record<string, string>>(r.stdout.replace(/^\ufeff/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((row) => row.id)).toEqual(expected.map((i) => ds.events[i]?.id));
    expect(r.stderr).toMatch(new RegExp(`^csv: ${expected.length} of ${ds.events.length} events`));
  });

  it('writes JSON whose keys, each written to its file, make a data folder that validates', () => {
    const r = exportCli(['--format', 'json', '--topics', 'sanctions,ceasefire', '--topic-match', 'all']);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout) as RawDataset;
    const expected = filterEventIndices(ds, { ...NO_FILTERS, topics: ['sanctions', 'ceasefire'], topicMatch: 'all' });
    expect(data.events.map((e) => e.id)).toEqual((expected ?? []).map((i) => ds.events[i]?.id));
    const folder = join(work, 'json-view');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'timeline.json'), JSON.stringify(data.timeline));
    for (const key of ['actors', 'places', 'sources', 'events', 'quotes', 'redirects'] as const)
      writeFileSync(join(folder, `${key}.json`), JSON.stringify({ [key]: data[key] }));
    const back = readDataset(folder);
    expect(back.ok ? [] : back.issues).toEqual([]);
  });

  it('writes the redirects of a data folder that lead to the exported events, and only those', () => {
    const folder = join(work, 'with-redirects');
    cpSync(join(ROOT, 'data'), folder, { recursive: true });
    const withPutin = new Set(
      (filterEventIndices(ds, { ...NO_FILTERS, actors: ['vladimir-putin' as ActorId] }) ?? []).map(
        (i) => ds.events[i]?.id,
      ),
    );
    const outside = ds.events.find((e) => !withPutin.has(e.id))?.id ?? '';
    const redirects = [
      { from: '2025-08-15-anchorage-summit', to: '2025-08-15-alaska-summit', reason: 'Renamed after its city.' },
      { from: `${outside.slice(0, 10)}-retired-id`, to: outside, reason: 'Renamed.' },
    ];
    writeFileSync(join(folder, 'redirects.json'), JSON.stringify({ redirects }));
    const r = exportCli(['--format', 'json', '--data', folder, '--actors', 'vladimir-putin']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as RawDataset).redirects).toEqual([redirects[0]]);
  });

  it('writes every event as TimelineJS when no filter is given', () => {
    const r = exportCli(['--format', 'timelinejs']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { events: { unique_id: string }[] };
    expect(doc.events.map((e) => e.unique_id)).toEqual(ds.events.map((e) => e.id));
  });

  it('exits 2 naming unknown actor and topic ids, with a suggestion', () => {
    const r = exportCli(['--format', 'ics', '--actors', 'vladimir-putin,volodymir-zelenskyy', '--topics', 'sanctons']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(
      'export: unknown actor "volodymir-zelenskyy" (did you mean "volodymyr-zelenskyy"?); unknown topic "sanctons" (did you mean "sanctions"?)',
    );
  });

  it('exits 2 on a missing or unknown format, a bad --match and an unknown flag', () => {
    expect(exportCli([]).stderr).toMatch(/^export: --format is required\nusage: npm run export/);
    expect(exportCli(['--format', 'xlsx']).stderr).toMatch(
      /^export: --format must be one of ics, csv, json, timelinejs, not "xlsx"/,
    );
    const match = exportCli(['--format', 'csv', '--actors', 'donald-trump', '--match', 'most']);
    expect([match.code, match.stderr.split('\n')[0]]).toEqual([
      2,
      'export: --match must be "any" or "all", not "most"',
    ]);
    expect(exportCli(['--format', 'csv', '--bogus']).code).toBe(2);
  });

  it('exits 1 with the validator’s messages when the data folder is invalid', () => {
    const r = exportCli(['--format', 'csv', '--data', 'tests/fixtures/invalid/21-unknown-participant']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('unknown actor "witkof" (did you mean "steve-witkoff"?)');
    expect(r.stderr).toMatch(/tests\/fixtures\/invalid\/21-unknown-participant: 1 problem found\n$/);
  });
});
