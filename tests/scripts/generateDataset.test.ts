/** The benchmark's synthetic datasets: valid by the same rules as data/, and reproducible from their seed. */
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/lib/generateDataset.ts';
import type { RawDataset } from '../../src/domain/schema.ts';
import { validateDataset } from '../../src/domain/validate.ts';

const asFiles = (d: RawDataset) => ({
  'timeline.json': d.timeline,
  'actors.json': { actors: d.actors },
  'places.json': { places: d.places },
  'sources.json': { sources: d.sources },
  'events.json': { events: d.events },
  'quotes.json': { quotes: d.quotes },
  'redirects.json': { redirects: d.redirects },
});

describe('generateDataset', { timeout: 30_000 }, () => {
  const dataset = generateDataset(2_000, 7);

  it('makes 2,000 events that pass validateDataset', () => {
    const result = validateDataset(asFiles(dataset), 'synthetic');
    expect(result.ok ? [] : result.issues.slice(0, 5)).toEqual([]);
    expect(dataset.events).toHaveLength(2_000);
  });

  it('has 12 actors, one to three per event, several zones and both precisions', () => {
    expect(dataset.actors).toHaveLength(12);
    const counts = new Set(dataset.events.map((e) => e.participants.length));
    expect([...counts].sort()).toEqual([1, 2, 3]);
    expect(new Set(dataset.events.map((e) => e.start.tz)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(dataset.events.map((e) => e.start.precision))).toEqual(new Set(['day', 'minute']));
    expect(dataset.quotes.length).toBeGreaterThan(0);
  });

  it('labels every event and source as synthetic', () => {
    expect(
      dataset.events.every(
        (e) => e.title.startsWith('Synthetic event') && e.summary.startsWith('Synthetic benchmark data'),
      ),
    ).toBe(true);
    expect(dataset.sources.every((s) => s.title.startsWith('Synthetic benchmark source'))).toBe(true);
  });

  it('gives the same output for the same seed and a different one for another seed', () => {
    expect(generateDataset(2_000, 7)).toEqual(dataset);
    expect(generateDataset(2_000, 8).events).not.toEqual(dataset.events);
  });
});
