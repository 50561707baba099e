/** What the Download menu runs: the view's file, from the dataset as the app holds it (published, in chunks). */
import { describe, expect, it } from 'vitest';
import { compileDataset, datasetFromIndex, publishDataset } from '../../../src/domain/dataset.ts';
import { noDetails, withChunk } from '../../../src/domain/details.ts';
import type { EventId, RawDataset, Redirect } from '../../../src/domain/schema.ts';
import { exportEvents } from '../../../src/hooks/exportEvents.ts';
import { madeUp, NOW, SITE } from './exportFixture.ts';
import { validationLines } from './importCheck.ts';

const redirects = [
  { from: '2025-03-10-madrid-meeting', to: '2025-03-10-madrid-talks', reason: 'The event was renamed.' },
  { from: '2025-03-14-phone-call', to: '2025-03-14-afternoon-call', reason: 'The event was renamed.' },
] as Redirect[];

describe('exportEvents', () => {
  it("writes, in a download's JSON, the redirects that lead to the view's events, and the folder validates", () => {
    const { index, chunks } = publishDataset(compileDataset({ ...madeUp, redirects }));
    const dataset = datasetFromIndex(index);
    const details = chunks.reduce((d, chunk) => withChunk(d, dataset, chunk), noDetails(dataset));
    const madrid = dataset.eventIndex.get('2025-03-10-madrid-talks' as EventId);
    expect(madrid).toBeDefined();
    const file = exportEvents(dataset, details, {
      format: 'json',
      positions: [madrid as number],
      site: SITE,
      now: NOW,
    });
    const data = JSON.parse(file.text) as RawDataset;
    expect(data.events.map((e) => e.id)).toEqual(['2025-03-10-madrid-talks']);
    expect(data.redirects).toEqual([redirects[0]]);
    expect(validationLines(data)).toEqual([]);
  });
});
