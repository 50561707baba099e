import { describe, expect, it } from 'vitest';
import { chunkUrl, compileDataset, publishDataset } from '../../src/domain/dataset.ts';
import { eventAt } from '../../src/domain/details.ts';
import { loadInto } from '../../src/store/loadDataset.ts';
import { createParleyStore, type ParleyStore } from '../../src/store/store.ts';
import { generateDataset } from '../../scripts/lib/generateDataset.ts';
import { readDataset } from '../../scripts/lib/readDataset.ts';

/** 12 synthetic events published five to a chunk: chunks 0 (events 0–4), 1 (5–9) and 2 (10–11). */
const compiled = compileDataset(generateDataset(12, 7));
const { index, chunks } = publishDataset(compiled, 5);

/** A server of the published files under /parley/, recording what was asked; `broken` paths answer 404. */
function server(broken = new Set<string>()) {
  const files = new Map<string, string>([
    ['/parley/dataset.json', JSON.stringify(index)],
    ...chunks.map((c, k) => [`/parley/dataset/${k}.json`, JSON.stringify(c)] as const),
  ]);
  const asked: string[] = [];
  const fetchFn = ((url: string) => {
    asked.push(url);
    const body = broken.has(url) ? undefined : files.get(url);
    return Promise.resolve(
      body === undefined ? new Response('gone', { status: 404, statusText: 'Not Found' }) : new Response(body),
    );
  }) as typeof fetch;
  return { fetchFn, asked };
}

/** A fetch that answers every request with `body` and `status`. */
const answer =
  (body: string, status = 200): typeof fetch =>
  () =>
    Promise.resolve(new Response(body, { status, statusText: status === 200 ? 'OK' : 'Not Found' }));

/** The page's store, and `loadDataset` loading into it. */
let store: ParleyStore = createParleyStore({ base: '/parley/', origin: 'http://localhost' });
const loadDataset = (url: string, fetchFn: typeof fetch, firstScreen?: () => readonly number[]) => {
  store = createParleyStore({ base: '/parley/', origin: 'http://localhost' });
  return loadInto(store, url, fetchFn, firstScreen);
};
const state = () => store.getState();
const requestEvents = (positions: readonly number[]) => void state().actions.requestEvents(positions);
const loadedIds = () => {
  const { dataset, details } = state();
  return Array.from({ length: dataset?.count ?? 0 }, (_, i) =>
    details === null ? null : (eventAt(details, i)?.id ?? null),
  );
};
const ids = compiled.events.map((e) => e.id);
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('loadDataset', () => {
  it('loads the index and the first chunk, and leaves the other chunks for later', async () => {
    const { fetchFn, asked } = server();
    await loadDataset('/parley/dataset.json', fetchFn);
    const { status, dataset } = state();
    expect(status).toEqual({ kind: 'ready' });
    expect(asked).toEqual(['/parley/dataset.json', '/parley/dataset/0.json']);
    expect(dataset?.columns.ids).toEqual(ids);
    expect(loadedIds()).toEqual([...ids.slice(0, 5), ...Array<null>(7).fill(null)]);
  });

  it('loads with the index the events the first screen names', async () => {
    const { fetchFn, asked } = server();
    await loadDataset('/parley/dataset.json', fetchFn, () => [11]);
    expect(asked).toEqual(['/parley/dataset.json', '/parley/dataset/0.json', '/parley/dataset/2.json']);
    expect(loadedIds()[11]).toBe(ids[11]);
    expect(loadedIds()[5]).toBeNull();
  });

  it('fetches each chunk once when its events are asked for, and says when they arrive', async () => {
    const { fetchFn, asked } = server();
    await loadDataset('/parley/dataset.json', fetchFn);
    const before = state().details;
    requestEvents([6, 7]);
    requestEvents([9, 3, -1, 99]);
    await settle();
    expect(asked.filter((u) => u.endsWith('/1.json'))).toHaveLength(1);
    expect(asked).not.toContain('/parley/dataset/2.json');
    expect(loadedIds().slice(5, 10)).toEqual(ids.slice(5, 10));
    expect(state().details).not.toBe(before);
  });

  it('says which chunk failed, and tries again when asked', async () => {
    const broken = new Set(['/parley/dataset/1.json']);
    const { fetchFn, asked } = server(broken);
    await loadDataset('/parley/dataset.json', fetchFn);
    requestEvents([5]);
    await settle();
    expect(state().detailsError).toBe('the server answered 404 Not Found for /parley/dataset/1.json');
    expect(state().status).toEqual({ kind: 'ready' });
    broken.clear();
    state().actions.retryEvents();
    expect(state().detailsError).toBeNull();
    requestEvents([5]);
    await settle();
    expect(asked.filter((u) => u.endsWith('/1.json'))).toHaveLength(2);
    expect(loadedIds()[5]).toBe(ids[5]);
  });

  it('fails as a whole when the first chunk cannot be loaded, naming its file', async () => {
    const { fetchFn } = server(new Set(['/parley/dataset/0.json']));
    await loadDataset('/parley/dataset.json', fetchFn);
    expect(state()).toMatchObject({
      dataset: null,
      status: { kind: 'error', message: 'the server answered 404 Not Found for /parley/dataset/0.json' },
    });
  });

  it('refuses a chunk that belongs elsewhere, naming the file', async () => {
    const fetchFn = ((url: string) =>
      Promise.resolve(new Response(JSON.stringify(url.endsWith('/0.json') ? chunks[1] : index)))) as typeof fetch;
    await loadDataset('/parley/dataset.json', fetchFn);
    expect(state().status).toEqual({
      kind: 'error',
      message: '/parley/dataset/0.json does not hold the events from position 0',
    });
  });

  it('refuses the raw data files and files of another build, saying what is wrong', async () => {
    const read = readDataset('tests/fixtures/valid');
    if (!read.ok) throw new Error('fixture invalid');
    await loadDataset('/dataset.json', answer(JSON.stringify(read.dataset)));
    expect(state().status).toEqual({
      kind: 'error',
      message: expect.stringContaining('/dataset.json is not a Parley build'),
    });
    await loadDataset('/dataset.json', answer(JSON.stringify({ ...index, events: { ...index.events, startMs: [1] } })));
    expect(state().status).toEqual({
      kind: 'error',
      message: '/dataset.json: events.startMs missing, or not one entry per event',
    });
  });

  it('says which URL failed and how', async () => {
    await loadDataset('/parley/dataset.json', answer('gone', 404));
    expect(state().status).toEqual({
      kind: 'error',
      message: 'the server answered 404 Not Found for /parley/dataset.json',
    });
    await loadDataset('/parley/dataset.json', answer('{"format":'));
    expect(state().status).toEqual({
      kind: 'error',
      message: '/parley/dataset.json is not valid JSON',
    });
  });

  it('finds the chunks in a folder named after the index', () => {
    expect(chunkUrl('/parley/dataset.json', 3)).toBe('/parley/dataset/3.json');
  });
});
