/** schema.org Event JSON-LD: built from one event, escaped for a script element, and on each prerendered event page. */
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/domain/dataset.ts';
import type { TimePoint } from '../../src/domain/schema.ts';
import { prepare, renderNotFoundPage, renderPage } from '../../src/site/entry-server.tsx';
import { eventJsonLd, isoDate, jsonLdScript } from '../../src/site/jsonLd.ts';
import { readDataset } from '../../scripts/lib/readDataset.ts';
import { loadDataset } from '../testUtils.tsx';

await prepare();

const ds = loadDataset();
const event = (id: string): TimelineEvent => {
  const e = ds.events.find((x) => x.id === id);
  if (e === undefined) throw new Error(`no ${id} in the fixture`);
  return e;
};
const SUMMIT = '2025-08-15-alaska-summit';
const SOTU = '2025-08-17-witkoff-cnn-sotu';
const point = (p: Partial<TimePoint>): TimePoint =>
  ({ date: '2025-10-20', tz: 'Europe/Moscow', precision: 'day', ...p }) as TimePoint;

/** The data blocks of an HTML page, parsed. */
function dataBlocks(html: string): unknown[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent));
}

describe('isoDate', () => {
  it.each([
    [{ precision: 'minute', time: '11:00', date: '2025-08-15', tz: 'America/Anchorage' }, '2025-08-15T11:00:00-08:00'],
    [{ precision: 'hour', time: '22:00', tz: 'Europe/Moscow' }, '2025-10-20T22:00:00+03:00'],
    [{ precision: 'minute', time: '12:00', tz: 'Europe/London', date: '2026-01-10' }, '2026-01-10T12:00:00Z'],
    [{ precision: 'part-of-day', partOfDay: 'afternoon' }, '2025-10-20'],
    [{ precision: 'day' }, '2025-10-20'],
    [{ precision: 'month', date: '2025-10-21', partOfMonth: 'late' }, '2025-10'],
  ] as const)('%o → %s', (p, iso) => {
    expect(isoDate(point(p as Partial<TimePoint>))).toBe(iso);
  });
});

describe('eventJsonLd', () => {
  it('names the event, its start with the venue offset, its place and status, and its page', () => {
    const url = `https://example.org/events/${SUMMIT}/`;
    expect(eventJsonLd(event(SUMMIT), ds.placeById, url)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Trump–Putin summit in Alaska',
      description: event(SUMMIT).summary,
      startDate: '2025-08-15T11:00:00-08:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Joint Base Elmendorf-Richardson',
        address: {
          '@type': 'PostalAddress',
          addressLocality: 'Anchorage',
          addressRegion: 'Alaska',
          addressCountry: 'US',
        },
      },
      url,
    });
  });

  it('leaves out what is not known: no place, no attendance mode for an interview, a date for a day', () => {
    const ld = eventJsonLd(event(SOTU), ds.placeById, `/events/${SOTU}/`);
    expect(ld.startDate).toBe('2025-08-17');
    expect(ld).not.toHaveProperty('location');
    expect(ld).not.toHaveProperty('eventAttendanceMode');
    expect(ld).not.toHaveProperty('endDate');
    expect(ld).not.toHaveProperty('organizer');
    expect(ld.url).toBe(`/events/${SOTU}/`);
  });

  it('gives a call a virtual location, online, and a cancelled or postponed event its status', () => {
    const call: TimelineEvent = { ...event(SUMMIT), kind: 'phone-call', status: 'cancelled' };
    const ld = eventJsonLd(call, ds.placeById, '/');
    expect(ld.location).toEqual({ '@type': 'VirtualLocation', name: 'Phone call' });
    expect(ld.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(ld.eventStatus).toBe('https://schema.org/EventCancelled');
    const postponed = eventJsonLd({ ...event(SUMMIT), status: 'postponed' }, ds.placeById, '/');
    expect(postponed.eventStatus).toBe('https://schema.org/EventPostponed');
  });

  it('gives an end when the event has one', () => {
    const ld = eventJsonLd(
      { ...event(SOTU), end: point({ date: '2025-08-19', tz: 'America/New_York' }) },
      ds.placeById,
      '/',
    );
    expect(ld.endDate).toBe('2025-08-19');
  });
});

describe('jsonLdScript', () => {
  it('cannot be closed or commented by the text it carries, and parses back to the same data', () => {
    const data = { name: '</script><script>alert(1)</script> <!-- & \u2028' };
    const tag = jsonLdScript(data);
    const inner = tag.slice('<script type="application/ld+json">'.length, -'</script>'.length);
    expect(inner).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(inner)).toEqual(data);
    expect(dataBlocks(`<!doctype html><head>${tag}</head>`)).toEqual([data]);
  });
});

describe('prerendered pages', () => {
  const result = readDataset('tests/fixtures/valid');
  if (!result.ok) throw new Error('the valid fixture is invalid');
  const raw = result.dataset;

  it('carry the event’s JSON-LD on its page, with an absolute url when the origin is known', () => {
    const page = renderPage(raw, `/events/${SUMMIT}/`, '/', { origin: 'https://example.org' });
    const [ld] = dataBlocks(`<!doctype html><head>${page.head}</head>`) as Record<string, unknown>[];
    expect(ld).toMatchObject({
      '@type': 'Event',
      name: 'Trump–Putin summit in Alaska',
      startDate: '2025-08-15T11:00:00-08:00',
      url: `https://example.org/events/${SUMMIT}/`,
    });
  });

  it('and none on the home page or the not-found page', () => {
    expect(dataBlocks(`<head>${renderPage(raw, '/', '/').head}</head>`)).toEqual([]);
    expect(dataBlocks(`<head>${renderNotFoundPage(raw, '/').head}</head>`)).toEqual([]);
  });
});
