/** Views to export in tests: the bundled dataset whole, and a small made-up one with every kind of time. */
import { join } from 'node:path';
import { readDataset } from '../../../scripts/lib/readDataset.ts';
import { buildDataset, type WholeDataset } from '../../../src/domain/dataset.ts';
import { exportInputOf } from '../../../src/domain/interchange/exportInput.ts';
import type { ExportInput, ExportSite } from '../../../src/domain/interchange/types.ts';
import type { RawDataset } from '../../../src/domain/schema.ts';
import { TEST_TIMELINE } from '../sample.ts';

export const SITE: ExportSite = { origin: 'https://parley.example', base: '/parley/' };
/** 2 December 2026, 08:30:00 UTC. */
export const NOW = Date.UTC(2026, 11, 2, 8, 30);

let bundledCache: WholeDataset | undefined;

/** The bundled data/ folder, built as the app builds it. */
export function bundled(): WholeDataset {
  if (bundledCache !== undefined) return bundledCache;
  const result = readDataset(join(import.meta.dirname, '..', '..', '..', 'data'));
  if (!result.ok) throw new Error('data/ does not validate; run npm run validate');
  return (bundledCache = buildDataset(result.dataset));
}

/** The whole bundled timeline as an export. */
export function bundledInput(site: ExportSite = SITE): ExportInput {
  const ds = bundled();
  return exportInputOf(ds, ds.events, site, NOW);
}

const event = (e: Record<string, unknown>): Record<string, unknown> => ({
  title: 'An event',
  summary: 'What happened.',
  kind: 'bilateral-meeting',
  status: 'occurred',
  participants: [{ actorId: 'ana-lopez', role: 'host', verification: 'reported', sourceIds: ['s1'] }],
  topics: ['diplomacy'],
  verification: 'reported',
  sourceIds: ['s1'],
  ...e,
});

/** Made-up events with every precision, a cancelled one, and text that needs escaping. */
export const madeUp = {
  timeline: { ...TEST_TIMELINE, title: 'Ça, c’est; un test', coverage: { from: '2024-01-01', to: '2026-12-31' } },
  actors: [
    {
      id: 'ana-lopez',
      name: 'Ana López',
      shortName: 'López',
      kind: 'person',
      affiliation: 'Spain',
      offices: [],
      color: '#1f77b4',
    },
    {
      id: 'kenji-sato',
      name: 'Kenji Satō',
      shortName: 'Satō',
      kind: 'person',
      affiliation: 'Japan',
      offices: [],
      color: '#d62728',
    },
  ],
  places: [
    { id: 'palacio', name: 'Palacio de la Moncloa', locality: 'Madrid', countryCode: 'ES', tz: 'Europe/Madrid' },
  ],
  sources: [
    {
      id: 's1',
      kind: 'news-report',
      outlet: 'El País',
      title: 'Talks, in Madrid; and more',
      url: 'https://elpais.example/a?x=1;y=2',
    },
    { id: 's2', kind: 'wire', outlet: 'AP', title: 'A wire report', published: '2025-03-01' },
  ],
  events: [
    event({
      id: '2025-03-10-madrid-talks',
      title: 'Talks in Madrid, part 1; the long one \\ with a backslash',
      summary:
        'A summary long enough to be folded several times, with accents (é, ñ, ü), a Japanese name (佐藤健二), an emoji (🕊️) and a line break.\nThe second line.',
      start: { date: '2025-03-10', time: '09:30', tz: 'Europe/Madrid', precision: 'minute', basis: 'scheduled' },
      end: { date: '2025-03-10', time: '17:00', tz: 'Europe/Madrid', precision: 'minute' },
      placeId: 'palacio',
      venueDetail: 'Consejo de Ministros room',
      participants: [
        { actorId: 'ana-lopez', role: 'host', verification: 'reported', sourceIds: ['s1'] },
        { actorId: 'kenji-sato', role: 'guest', verification: 'reported', sourceIds: ['s1'] },
      ],
      sourceIds: ['s1', 's2'],
    }),
    event({
      id: '2025-03-12-cancelled-visit',
      title: 'Cancelled visit',
      status: 'cancelled',
      start: { date: '2025-03-12', tz: 'Europe/Madrid', precision: 'day' },
    }),
    event({
      id: '2025-03-14-afternoon-call',
      title: 'Afternoon call',
      kind: 'phone-call',
      start: { date: '2025-03-14', tz: 'Asia/Tokyo', precision: 'part-of-day', partOfDay: 'afternoon' },
    }),
    event({
      id: '2025-10-21-late-october-summit',
      title: 'Summit late in October',
      status: 'postponed',
      start: { date: '2025-10-21', tz: 'Europe/Madrid', precision: 'month', partOfMonth: 'late' },
    }),
    event({
      id: '2025-11-01-a-month',
      title: 'Sometime in November',
      status: 'scheduled',
      start: { date: '2025-11-01', tz: 'Europe/Madrid', precision: 'month' },
    }),
    event({
      id: '2024-01-01-a-year',
      title: 'Sometime in 2024',
      start: { date: '2024-01-01', tz: 'Europe/Madrid', precision: 'year' },
    }),
    event({
      id: '2025-06-02-two-days',
      title: 'Two days of talks',
      start: { date: '2025-06-02', tz: 'Europe/Madrid', precision: 'day' },
      end: { date: '2025-06-03', tz: 'Europe/Madrid', precision: 'day' },
    }),
    event({
      id: '2025-10-26-repeated-hour',
      title: '=HYPERLINK("https://evil.example") at the repeated hour',
      summary: '+1 for the second 02:30 of the night the clocks go back',
      start: { date: '2025-10-26', time: '02:30', offset: '+01:00', tz: 'Europe/Madrid', precision: 'minute' },
    }),
    event({
      id: '2026-07-01-about-noon',
      title: '@mention at about noon',
      start: { date: '2026-07-01', time: '12:00', tz: 'Asia/Tokyo', precision: 'hour' },
    }),
  ],
  quotes: [
    {
      id: 'q1',
      text: 'Words said in Madrid.',
      speakerId: 'ana-lopez',
      eventId: '2025-03-10-madrid-talks',
      fidelity: 'as-reported',
      verification: 'reported',
      chain: [{ relation: 'quoted-by', by: 'El País', sourceId: 's1' }],
      sourceIds: ['s1'],
      topics: ['diplomacy'],
    },
    {
      id: 'q2',
      text: 'Words said nowhere in particular.',
      speakerId: 'kenji-sato',
      fidelity: 'as-reported',
      verification: 'reported',
      chain: [{ relation: 'quoted-by', by: 'AP', sourceId: 's2' }],
      sourceIds: ['s2'],
      topics: ['diplomacy'],
    },
  ],
  redirects: [],
} as unknown as RawDataset;

let madeUpCache: WholeDataset | undefined;

export function madeUpDataset(): WholeDataset {
  return (madeUpCache ??= buildDataset(madeUp));
}

/** The made-up timeline as an export. */
export function madeUpInput(site: ExportSite = SITE): ExportInput {
  const ds = madeUpDataset();
  return exportInputOf(ds, ds.events, site, NOW);
}
