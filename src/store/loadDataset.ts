/**
 * Fetches the published dataset: the index file first (everything but the events' details), then the
 * chunks of event details as views need them. The build validated the data; this checks only that
 * the files are that build's output and agree with each other, and says which file is wrong and how.
 */
import {
  CHUNK_FORMAT,
  chunkUrl,
  datasetFromIndex,
  INDEX_FORMAT,
  type Dataset,
  type PublishedChunk,
  type PublishedIndex,
} from '../domain/dataset.ts';
import { missingChunks, noDetails, withChunk } from '../domain/details.ts';
import type { Loaded } from './dataSlice.ts';
import type { ChunkLoader, ParleyStore } from './store.ts';

const META_KEYS = ['actors', 'places', 'sources', 'quotes', 'redirects'] as const;
const EVENT_KEYS = ['ids', 'startMs', 'endMs', 'days', 'dayOf', 'participants'] as const;

type JsonRecord = Record<string, unknown>;
const asRecord = (value: unknown): JsonRecord =>
  typeof value === 'object' && value !== null ? (value as JsonRecord) : {};

function asIndex(value: unknown, url: string): PublishedIndex {
  const record = asRecord(value);
  if (record.format !== INDEX_FORMAT)
    throw new Error(`${url} is not a Parley build's dataset index (${INDEX_FORMAT}); rebuild the site`);
  const missing = META_KEYS.filter((k) => !Array.isArray(record[k]));
  if (missing.length > 0) throw new Error(`${url} has no list of ${missing.join(', ')}`);
  const events = asRecord(record.events);
  const count = Array.isArray(events.ids) ? events.ids.length : -1;
  const bad = EVENT_KEYS.filter(
    (k) => !Array.isArray(events[k]) || (k !== 'days' && (events[k] as unknown[]).length !== count),
  );
  if (bad.length > 0) throw new Error(`${url}: events.${bad.join(', events.')} missing, or not one entry per event`);
  if (!Number.isInteger(record.chunkSize) || (record.chunkSize as number) < 1)
    throw new Error(`${url}: chunkSize is not a positive whole number`);
  return record as unknown as PublishedIndex;
}

function asChunk(value: unknown, url: string, first: number): PublishedChunk {
  const record = asRecord(value);
  if (record.format !== CHUNK_FORMAT)
    throw new Error(`${url} is not a Parley build's chunk of events (${CHUNK_FORMAT}); rebuild the site`);
  if (record.first !== first || !Array.isArray(record.events))
    throw new Error(`${url} does not hold the events from position ${first}`);
  return record as unknown as PublishedChunk;
}

async function fetchJson(url: string, fetchFn: typeof fetch): Promise<unknown> {
  const res = await fetchFn(url);
  if (!res.ok) throw new Error(`the server answered ${res.status} ${res.statusText} for ${url}`);
  return res.json().catch(() => {
    throw new Error(`${url} is not valid JSON`);
  });
}

/** Fetches the chunks of the dataset whose index is at `url`, checking each is the chunk asked for. */
export function chunkLoader(url: string, fetchFn: typeof fetch, chunkSize: number): ChunkLoader {
  return async (k) => {
    const chunkAt = chunkUrl(url, k);
    return asChunk(await fetchJson(chunkAt, fetchFn), chunkAt, k * chunkSize);
  };
}

/**
 * Loads the index at `url`, with the events that `firstScreen` names (positions) and the first
 * chunk already in, so that the first screen paints complete. Rejects with a message that says
 * which file is wrong and how.
 */
export async function loadDataset(
  url: string,
  fetchFn: typeof fetch = fetch,
  firstScreen: (dataset: Dataset) => readonly number[] = () => [],
): Promise<Loaded> {
  const index = asIndex(await fetchJson(url, fetchFn), url);
  // Marks for the performance panel and the benchmark: where loading time goes.
  performance.mark('parley:parsed');
  const dataset = datasetFromIndex(index);
  performance.mark('parley:indexed');
  const loadChunk = chunkLoader(url, fetchFn, dataset.chunkSize);
  let details = noDetails(dataset);
  const chunks = await Promise.all(missingChunks(details, dataset.count, [0, ...firstScreen(dataset)]).map(loadChunk));
  for (const chunk of chunks) details = withChunk(details, dataset, chunk);
  performance.mark('parley:first-events');
  return { dataset, details, loadChunk };
}

/** Loads the dataset into `store`; any failure becomes an error state that says what went wrong. */
export async function loadInto(
  store: ParleyStore,
  url: string,
  fetchFn: typeof fetch = fetch,
  firstScreen?: (dataset: Dataset) => readonly number[],
): Promise<void> {
  const { actions } = store.getState();
  try {
    actions.datasetLoaded(await loadDataset(url, fetchFn, firstScreen));
  } catch (err) {
    actions.datasetFailed(err instanceof Error ? err.message : String(err));
  }
}
