/** exportView: each format's file name, MIME type and writer; exportInputOf: the view's quotes. */
import { describe, expect, it } from 'vitest';
import { exportInputOf } from '../../../src/domain/interchange/exportInput.ts';
import { EXPORT_FORMATS, exportView, fileSlug } from '../../../src/domain/interchange/exportView.ts';
import { slugOf } from '../../../src/domain/interchange/slug.ts';
import { bundled, bundledInput, madeUpDataset, NOW, SITE } from './exportFixture.ts';

describe('exportView', () => {
  it.each([
    ['ics', 'talks-on-ending-the-war-in-ukraine.ics', 'text/calendar;charset=utf-8', 'BEGIN:VCALENDAR\r\n'],
    ['csv', 'talks-on-ending-the-war-in-ukraine.csv', 'text/csv;charset=utf-8', '\ufeffid,date,'],
    ['json', 'talks-on-ending-the-war-in-ukraine.json', 'application/json', '{\n  "timeline": {'],
    ['timelinejs', 'talks-on-ending-the-war-in-ukraine-timelinejs.json', 'application/json', '{\n  "title": {'],
  ] as const)('writes %s as %s (%s)', (format, fileName, mimeType, start) => {
    const file = exportView(bundledInput(), format);
    expect(file.fileName).toBe(fileName);
    expect(file.mimeType).toBe(mimeType);
    expect(file.text.startsWith(start)).toBe(true);
  });

  it('offers the four formats', () => {
    expect(EXPORT_FORMATS).toEqual(['ics', 'csv', 'json', 'timelinejs']);
  });

  it('names files after the title as a slug, or "parley" when the title has no letter', () => {
    expect(fileSlug('Ça, c’est; un test')).toBe('ca-c-est-un-test');
    expect(fileSlug('Çırağan Palace talks — Straße & Øresund')).toBe('ciragan-palace-talks-strasse-oresund');
    expect(fileSlug('«»')).toBe('parley');
    expect(slugOf('a'.repeat(100), 10)).toBe('aaaaaaaaaa');
    expect(slugOf('ab cd ef', 6)).toBe('ab-cd');
  });
});

describe('exportInputOf', () => {
  it('takes the quotes said at the chosen events, in dataset order', () => {
    const ds = bundled();
    const chosen = ds.events.filter(
      (e) => e.id === '2025-08-15-alaska-summit' || e.id === '2025-08-18-white-house-meeting',
    );
    const input = exportInputOf(ds, chosen, SITE, NOW);
    const expected = ds.quotes.filter(
      (q) => q.eventId === '2025-08-15-alaska-summit' || q.eventId === '2025-08-18-white-house-meeting',
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(input.quotes.map((q) => q.id)).toEqual(expected.map((q) => q.id));
    expect(input.events).toBe(chosen);
    expect(input.timeline).toBe(ds.timeline);
    expect(input.site).toBe(SITE);
    expect(input.now).toBe(NOW);
  });

  it('takes no quote said elsewhere or at no event', () => {
    const ds = madeUpDataset();
    expect(exportInputOf(ds, ds.events, SITE, NOW).quotes.map((q) => q.id)).toEqual(['q1']);
    expect(exportInputOf(ds, [], SITE, NOW).quotes).toEqual([]);
  });
});
