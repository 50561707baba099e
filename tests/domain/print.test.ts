import { describe, expect, it } from 'vitest';
import { wholeDetails, noDetails } from '../../src/domain/details.ts';
import { buildChronology } from '../../src/domain/print.ts';
import { loadDataset } from '../testUtils.tsx';

// The valid fixture: the Alaska summit and the three-on-three talks on 15 Aug 2025 (both citing the
// TASS brief), then Witkoff's CNN interview on 17 Aug (AP and IFP News), where all three quotes were said.
const dataset = loadDataset();
const details = wholeDetails(dataset);

describe('buildChronology', () => {
  it('puts every event of the view under its day, in order, with the time in the venue’s zone', () => {
    const { days, eventCount, missing } = buildChronology(dataset, details, null);
    expect(eventCount).toBe(3);
    expect(missing).toBe(0);
    expect(days.map((d) => [d.key, d.events.map((e) => e.id)])).toEqual([
      ['2025-08-15', ['2025-08-15-alaska-summit', '2025-08-15-three-on-three-talks']],
      ['2025-08-17', ['2025-08-17-witkoff-cnn-sotu']],
    ]);
    const [summit] = days[0]?.events ?? [];
    expect(summit?.when).toBe('11:00 AKDT');
    expect(summit?.where).toMatch(/Anchorage/);
    // A day known without its time says nothing of the time: the heading gives the date.
    expect(days[1]?.events[0]?.when).toBe('');
  });

  it('names participants with their role, except the plain attendee', () => {
    const { days } = buildChronology(dataset, details, null);
    expect(days[0]?.events[0]?.participants).toEqual(['Donald Trump (host)', 'Vladimir Putin (guest)']);
    expect(days[0]?.events[1]?.participants).toEqual(['Donald Trump', 'Vladimir Putin', 'Steve Witkoff (delegation)']);
  });

  it('numbers each source once, in the order first cited, for events and quotes alike', () => {
    const { days, notes } = buildChronology(dataset, details, null);
    const [summit, talks] = days[0]?.events ?? [];
    const cnn = days[1]?.events[0];
    expect(summit?.notes).toEqual([1]);
    expect(talks?.notes).toEqual([1]);
    expect(cnn?.notes).toEqual([2, 3]);
    expect(cnn?.quotes.map((q) => [q.id, q.speaker, q.notes])).toEqual([
      ['q-witkoff-game-changing', 'Steve Witkoff', [3]],
      ['q-witkoff-first-time', 'Steve Witkoff', [2]],
      ['q-witkoff-legislative-enshrinement', 'Steve Witkoff', [3]],
    ]);
    expect(notes.map((n) => [n.n, n.source.id])).toEqual([
      [1, 'tass-2025-08-16-summit-brief'],
      [2, 'ap-2025-08-17-witkoff'],
      [3, 'ifpnews-2025-08-17-witkoff'],
    ]);
    expect(notes[0]?.text).toMatch(/state media/);
  });

  it('holds only the events of a filtered view', () => {
    const { days, eventCount } = buildChronology(dataset, details, [2]);
    expect(eventCount).toBe(1);
    expect(days.flatMap((d) => d.events.map((e) => e.id))).toEqual(['2025-08-17-witkoff-cnn-sotu']);
  });

  it('counts the events whose details have not arrived', () => {
    const { days, missing } = buildChronology(dataset, noDetails(dataset), null);
    expect(days).toEqual([]);
    expect(missing).toBe(3);
  });
});
