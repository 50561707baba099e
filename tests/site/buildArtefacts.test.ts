/**
 * What `vite build` publishes beside the pages for the whole timeline, from a real build of the
 * fixture on a sub-path with SITE_ORIGIN: calendar.ics and timeline.csv at the site's root, named in
 * every page's head, and each event page's schema.org Event JSON-LD, parsed out of the built HTML.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SUMMIT = '2025-08-15-alaska-summit';
const IDS = ['2025-08-15-alaska-summit', '2025-08-15-three-on-three-talks', '2025-08-17-witkoff-cnn-sotu'];

describe('vite build of the fixture: the whole timeline’s files and JSON-LD', { timeout: 120_000 }, () => {
  let out = '';
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'parley-feeds-'));
    // A build must not inherit vitest's NODE_ENV=test (it would bundle React's development build).
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      BASE: '/parley/',
      PARLEY_DATA: 'tests/fixtures/valid',
      SITE_ORIGIN: 'https://example.org',
    };
    delete env.NODE_ENV;
    for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
    const r = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'],
      { cwd: ROOT, env, encoding: 'utf8', timeout: 110_000 },
    );
    if (r.status !== 0) throw new Error(`vite build failed:\n${r.stdout}\n${r.stderr}`);
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  const read = (path: string) => readFileSync(join(out, path), 'utf8');
  const doc = (path: string) => new DOMParser().parseFromString(read(path), 'text/html');

  it('writes calendar.ics with every event, readable by ical.js, the summit at 19:00 UTC', () => {
    const calendar = new ICAL.Component(ICAL.parse(read('calendar.ics')));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(IDS.length);
    const urlOf = (e: ICAL.Event) => String(e.component.getFirstPropertyValue('url'));
    const summit = events.find((e) => urlOf(e).endsWith(`/events/${SUMMIT}/`));
    expect(summit?.startDate.toJSDate().toISOString()).toBe('2025-08-15T19:00:00.000Z');
    // Event links are on the site's origin and base path.
    expect(summit === undefined ? '' : urlOf(summit)).toBe(`https://example.org/parley/events/${SUMMIT}/`);
  });

  it('writes timeline.csv, one row per event in timeline order', () => {
    const rows = Papa.parse<Record<string, string>>(read('timeline.csv').replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((r) => r.id)).toEqual(IDS);
  });

  it('names both files in every page’s head and links them from the page', () => {
    for (const path of ['index.html', `events/${SUMMIT}/index.html`]) {
      const page = doc(path);
      expect(page.querySelector('link[rel="alternate"][type="text/calendar"]')?.getAttribute('href'), path).toBe(
        '/parley/calendar.ics',
      );
      expect(page.querySelector('link[rel="alternate"][type="text/csv"]')?.getAttribute('href'), path).toBe(
        '/parley/timeline.csv',
      );
      const links = [...page.querySelectorAll('.feed-links a')].map((a) => [a.textContent, a.getAttribute('href')]);
      expect(links, path).toEqual([
        ['Subscribe to the calendar', '/parley/calendar.ics'],
        ['Download as a spreadsheet', '/parley/timeline.csv'],
      ]);
    }
  });

  it('gives each event page its Event JSON-LD, with the absolute url and the venue’s offset', () => {
    const blocks = [...doc(`events/${SUMMIT}/index.html`).querySelectorAll('script[type="application/ld+json"]')];
    expect(blocks).toHaveLength(1);
    expect(JSON.parse(blocks[0]?.textContent ?? 'null')).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Trump–Putin summit in Alaska',
      startDate: '2025-08-15T11:00:00-08:00',
      eventStatus: 'https://schema.org/EventScheduled',
      location: { '@type': 'Place', name: 'Joint Base Elmendorf-Richardson' },
      url: `https://example.org/parley/events/${SUMMIT}/`,
    });
    expect(doc('index.html').querySelectorAll('script[type="application/ld+json"]')).toHaveLength(0);
  });
});
