/** The JSON export: a Parley data folder's content for the view, which the validator accepts. */
import { describe, expect, it } from 'vitest';
import { filterEventIndices, NO_FILTERS } from '../../../src/domain/filter.ts';
import { exportInputOf } from '../../../src/domain/interchange/exportInput.ts';
import { toParleyJson } from '../../../src/domain/interchange/parleyJson.ts';
import { buildDataset } from '../../../src/domain/dataset.ts';
import type { ActorId, RawDataset, Redirect } from '../../../src/domain/schema.ts';
import { bundled, bundledInput, madeUp, madeUpInput, NOW, SITE } from './exportFixture.ts';
import { validationLines } from './importCheck.ts';

/** The export of the bundled events that pass an actor filter. */
function viewOf(actors: string[]) {
  const ds = bundled();
  const positions = filterEventIndices(ds, { ...NO_FILTERS, actors: actors as ActorId[] }) ?? [];
  return exportInputOf(
    ds,
    positions.map((i) => ds.events[i]!),
    SITE,
    NOW,
  );
}

describe('toParleyJson', () => {
  it('writes one object with a key per data file, and the whole bundled timeline validates', () => {
    const data = JSON.parse(toParleyJson(bundledInput())) as RawDataset;
    expect(Object.keys(data)).toEqual(['timeline', 'actors', 'places', 'sources', 'events', 'quotes', 'redirects']);
    expect(data.events).toHaveLength(bundled().events.length);
    expect(data.quotes).toHaveLength(bundled().quotes.filter((q) => q.eventId !== undefined).length);
    expect(data.events[0]).not.toHaveProperty('startMs');
    expect(validationLines(data)).toEqual([]);
  });

  it('holds only what a filtered view refers to, and still validates', () => {
    const input = viewOf(['vladimir-putin', 'volodymyr-zelenskyy']);
    const data = JSON.parse(toParleyJson({ ...input })) as RawDataset;
    expect(data.events.length).toBe(input.events.length);
    expect(data.events.length).toBeLessThan(bundled().events.length);
    const referred = new Set([
      ...data.events.flatMap((e) => e.participants.map((p) => p.actorId)),
      ...data.quotes.map((q) => q.speakerId),
    ]);
    expect(new Set(data.actors.map((a) => a.id))).toEqual(referred);
    expect(data.actors.length).toBeLessThan(bundled().actors.length);
    expect(data.sources.length).toBeLessThan(bundled().sourceById.size);
    expect(validationLines(data)).toEqual([]);
  });

  it('keeps links inside the view and drops links to events outside it (part of, follows, after)', () => {
    const ds = bundled();
    const meeting = '2025-08-18-white-house-meeting';
    const chosen = ds.events.filter(
      (e) => e.id === meeting || e.partOf === meeting || e.id === '2025-02-12-trump-post-putin-call',
    );
    const data = JSON.parse(toParleyJson(exportInputOf(ds, chosen, SITE, NOW))) as RawDataset;
    const parts = data.events.filter((e) => e.partOf === meeting);
    expect(parts.length).toBeGreaterThan(0);
    expect(parts.length).toBe(chosen.filter((e) => e.partOf === meeting).length);
    // It came right after the Trump–Putin call of that morning, which the view leaves out.
    expect(chosen.find((e) => e.id === '2025-02-12-trump-post-putin-call')?.start.after).toBe(
      '2025-02-12-trump-putin-call',
    );
    expect(data.events.find((e) => e.id === '2025-02-12-trump-post-putin-call')?.start.after).toBeUndefined();
    expect(validationLines(data)).toEqual([]);
  });

  it('keeps every field of the made-up events, a repeated hour and a year among them', () => {
    const data = JSON.parse(toParleyJson(madeUpInput())) as RawDataset;
    expect(data.events.find((e) => e.id === '2025-10-26-repeated-hour')?.start).toEqual({
      date: '2025-10-26',
      time: '02:30',
      offset: '+01:00',
      tz: 'Europe/Madrid',
      precision: 'minute',
    });
    expect(data.quotes.map((q) => q.id)).toEqual(['q1']);
    expect(validationLines(data)).toEqual([]);
  });

  describe('redirects', () => {
    const redirect = (from: string, to: string): Redirect =>
      ({ from, to, reason: 'The event was renamed.' }) as Redirect;
    // A chain (the talks renamed twice) and a redirect to an event the view leaves out.
    const redirects = [
      redirect('2025-03-10-madrid-meeting', '2025-03-10-madrid-talks-first-name'),
      redirect('2025-03-10-madrid-talks-first-name', '2025-03-10-madrid-talks'),
      redirect('2025-03-14-phone-call', '2025-03-14-afternoon-call'),
    ];
    const ds = buildDataset({ ...madeUp, redirects });
    const exportOf = (ids: readonly string[]) =>
      JSON.parse(
        toParleyJson(
          exportInputOf(
            ds,
            ds.events.filter((e) => ids.includes(e.id)),
            SITE,
            NOW,
          ),
        ),
      ) as RawDataset;

    it('keeps the redirects that lead to an exported event, through a chain, and the folder validates', () => {
      const data = exportOf(['2025-03-10-madrid-talks', '2025-03-12-cancelled-visit']);
      expect(data.redirects).toEqual(redirects.slice(0, 2));
      expect(validationLines(data)).toEqual([]);
    });

    it('leaves out the redirects whose event the view leaves out', () => {
      const data = exportOf(['2025-03-14-afternoon-call']);
      expect(data.redirects).toEqual([redirects[2]]);
      expect(exportOf(['2025-03-12-cancelled-visit']).redirects).toEqual([]);
      expect(validationLines(data)).toEqual([]);
    });
  });
});
