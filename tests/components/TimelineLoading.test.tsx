import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Timeline } from '../../src/components/Timeline.tsx';
import { compileDataset, publishDataset } from '../../src/domain/dataset.ts';
import { loadInto } from '../../src/store/loadDataset.ts';
import { createParleyStore } from '../../src/store/store.ts';
import { withStore } from '../testUtils.tsx';
import { generateDataset } from '../../scripts/lib/generateDataset.ts';

/** 12 synthetic events, two to a chunk, so that the first screen shows events of several chunks. */
const compiled = compileDataset(generateDataset(12, 7));
const { index, chunks } = publishDataset(compiled, 2);

/**
 * A server of the published files that holds back every chunk but the first until `release`, and
 * answers 404 for a chunk while `broken` holds it.
 */
function slowServer() {
  const held = new Map<string, () => void>();
  const broken = new Set<string>();
  const body = (url: string) => (url === '/dataset.json' ? index : chunks[Number(/(\d+)\.json$/.exec(url)?.[1])]);
  const fetchFn = ((url: string) => {
    if (broken.has(url)) return Promise.resolve(new Response('gone', { status: 404, statusText: 'Not Found' }));
    const ok = () => new Response(JSON.stringify(body(url)));
    if (url === '/dataset.json' || url === '/dataset/0.json') return Promise.resolve(ok());
    return new Promise<Response>((resolve) => held.set(url, () => resolve(ok())));
  }) as typeof fetch;
  const release = async () => {
    await act(async () => {
      for (const go of held.values()) go();
      held.clear();
      await new Promise((r) => setTimeout(r, 0));
    });
  };
  return { fetchFn, release, broken };
}

/** A page's store with the published dataset loaded from `fetchFn`, showing the compact list. */
async function loadedStore(fetchFn: typeof fetch) {
  const store = createParleyStore({ base: '/', origin: 'http://localhost:3000' });
  await loadInto(store, '/dataset.json', fetchFn);
  store.getState().actions.setDensity('compact');
  return store;
}

const cards = () => screen.queryAllByRole('article').map((a) => a.getAttribute('data-event-id'));

describe('Timeline while event details load', () => {
  it('holds each event’s place with “Loading event…” until its chunk arrives, then shows its card', async () => {
    const server = slowServer();
    render(withStore(await loadedStore(server.fetchFn), <Timeline />));
    expect(cards()).toEqual(compiled.events.slice(0, 2).map((e) => e.id));
    const pending = screen.getAllByText('Loading event…').length;
    expect(pending).toBeGreaterThan(0);
    await server.release();
    await waitFor(() => expect(cards().length).toBe(2 + pending));
    expect(cards()).toEqual(compiled.events.slice(0, 2 + pending).map((e) => e.id));
    expect(screen.queryByText('Loading event…')).toBeNull();
  });

  it('says which file could not be loaded, and loads it on “Try again”', async () => {
    const server = slowServer();
    server.broken.add('/dataset/1.json');
    render(withStore(await loadedStore(server.fetchFn), <Timeline />));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Some events could not be loaded (the server answered 404 Not Found for /dataset/1.json)',
    );
    server.broken.clear();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    await server.release();
    await waitFor(() => expect(cards()).toContain(compiled.events[2]?.id));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
