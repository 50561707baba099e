/** The bundled dataset: the whole negotiation, every item sourced and tagged, each day in the order it happened. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../scripts/lib/readDataset.ts';
import { buildDataset } from '../../src/domain/dataset.ts';

const result = readDataset(join(import.meta.dirname, '..', '..', 'data'));
if (!result.ok) throw new Error('data/ does not validate; run npm run validate');
const raw = result.dataset;
const ds = buildDataset(raw);

const monthsBetween = (from: string, to: string) => {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  return ((ty ?? 0) - (fy ?? 0)) * 12 + ((tm ?? 0) - (fm ?? 0));
};

describe('the bundled dataset', () => {
  it('covers the whole process: at least 60 events over 12 months, 40 actors and 60 quotes', () => {
    expect(raw.events.length).toBeGreaterThanOrEqual(60);
    expect(raw.actors.length).toBeGreaterThanOrEqual(40);
    expect(raw.quotes.length).toBeGreaterThanOrEqual(60);
    const first = ds.events[0]?.start.date ?? '';
    const last = ds.events.at(-1)?.start.date ?? '';
    expect(monthsBetween(first, last)).toBeGreaterThanOrEqual(12);
  });

  // The schema lets an event or quote name no topic (an imported timeline has none); the bundled
  // dataset gives each at least one.
  it('gives every event and quote a source and a topic', () => {
    for (const item of [...raw.events, ...raw.quotes]) {
      expect(item.sourceIds.length, item.id).toBeGreaterThan(0);
      expect(item.topics.length, item.id).toBeGreaterThan(0);
    }
  });

  it('labels every copy of a state-controlled outlet as state media too', () => {
    const byId = new Map(raw.sources.map((s) => [s.id, s]));
    const unlabelled = raw.sources.filter(
      (s) => s.copyOf !== undefined && byId.get(s.copyOf)?.stateMedia === true && s.stateMedia !== true,
    );
    expect(unlabelled.map((s) => s.id)).toEqual([]);
  });

  it('orders 18 August 2025 as it happened, the call to Putin during the talks with the European leaders', () => {
    const day: string[] = ds.events.filter((e) => e.start.date === '2025-08-18').map((e) => e.id);
    const position = (id: string) => day.indexOf(id);
    const sequence = [
      '2025-08-18-zelenskyy-meets-kellogg',
      '2025-08-18-european-leaders-preparatory-meeting',
      '2025-08-18-trump-zelenskyy-oval-office',
      '2025-08-18-white-house-multilateral-meeting',
      '2025-08-18-trump-putin-call',
      '2025-08-18-white-house-oval-office-further-meeting',
    ];
    expect(sequence.map(position)).toEqual([...sequence.map(position)].sort((a, b) => a - b));
    expect(sequence.every((id) => position(id) >= 0)).toBe(true);
  });

  describe('stances', () => {
    /** For each speaker, the topics their quotes take a stance on, and how many quotes carry one. */
    const cells = new Map<string, Set<string>>();
    for (const q of raw.quotes)
      for (const s of q.stances ?? []) {
        const topics = cells.get(q.speakerId) ?? new Set<string>();
        topics.add(s.topic);
        cells.set(q.speakerId, topics);
      }
    const withStances = raw.quotes.filter((q) => (q.stances?.length ?? 0) > 0);

    it('marks at least six actors on at least four topics each (24 actor × topic cells or more)', () => {
      const broad = [...cells].filter(([, topics]) => topics.size >= 4).map(([actor]) => actor);
      expect(broad.length, broad.join(', ')).toBeGreaterThanOrEqual(6);
      expect(broad).toEqual(
        expect.arrayContaining([
          'donald-trump',
          'volodymyr-zelenskyy',
          'marco-rubio',
          'steve-witkoff',
          'vladimir-putin',
          'yuri-ushakov',
          'vladimir-medinsky',
        ]),
      );
    });

    it('marks six principal actors on ceasefire, the peace deal, diplomacy and territory: every cell of the 6 × 4 grid', () => {
      const actors = [
        'donald-trump',
        'volodymyr-zelenskyy',
        'marco-rubio',
        'vladimir-putin',
        'yuri-ushakov',
        'vladimir-medinsky',
      ];
      const missing = actors.flatMap((a) =>
        (['ceasefire', 'peace-deal', 'diplomacy', 'territory'] as const)
          .filter((t) => cells.get(a)?.has(t) !== true)
          .map((t) => `${a} × ${t}`),
      );
      expect(missing).toEqual([]);
    });

    it('keeps the stances it has: at least 136 quotes carry one, with 153 marks', () => {
      expect(withStances.length).toBeGreaterThanOrEqual(136);
      expect(withStances.reduce((n, q) => n + (q.stances?.length ?? 0), 0)).toBeGreaterThanOrEqual(153);
    });
  });

  it('records the Budapest summit as a summit that did not take place', () => {
    const budapest = raw.events.find((e) => e.id === '2025-10-21-budapest-summit');
    expect(budapest?.status).toBe('postponed');
    expect(budapest?.start.precision).toBe('month');
  });
});
