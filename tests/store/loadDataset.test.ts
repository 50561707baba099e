import { describe, expect, it } from 'vitest';
import { compileDataset } from '../../src/domain/dataset';
import { loadDataset } from '../../src/store/loadDataset';
import { useTimelineStore } from '../../src/store/timelineStore';
import { readDataset } from '../../scripts/lib/readDataset';

function rawFixture() {
  const read = readDataset('tests/fixtures/valid');
  if (!read.ok) throw new Error('fixture invalid');
  return read.dataset;
}

/** A fetch that answers every request with `body` and `status`. */
const answer = (body: string, status = 200): typeof fetch => () => Promise.resolve(new Response(body, { status, statusText: status === 200 ? 'OK' : 'Not Found' }));

describe('loadDataset', () => {
  it('loads a compiled dataset into the store, events in time order', async () => {
    const raw = rawFixture();
    await loadDataset('/dataset.json', answer(JSON.stringify(compileDataset(raw))));
    const { status, dataset } = useTimelineStore.getState();
    expect(status).toEqual({ kind: 'ready' });
    expect(dataset?.events).toHaveLength(raw.events.length);
    const starts = dataset?.events.map((e) => e.startMs) ?? [];
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('refuses the raw data files, which the build has not compiled', async () => {
    await loadDataset('/dataset.json', answer(JSON.stringify(rawFixture())));
    expect(useTimelineStore.getState().status).toEqual({ kind: 'error', message: expect.stringContaining('not a Parley build') });
  });

  it('says which URL failed and how', async () => {
    await loadDataset('/parley/dataset.json', answer('gone', 404));
    expect(useTimelineStore.getState().status).toEqual({ kind: 'error', message: 'the server answered 404 Not Found for /parley/dataset.json' });
    await loadDataset('/parley/dataset.json', answer('{"format":'));
    expect(useTimelineStore.getState().status).toEqual({ kind: 'error', message: '/parley/dataset.json is not valid JSON' });
  });
});
