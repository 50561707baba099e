/**
 * Fetches the published dataset: the index file first (everything but the events' details), then the
 * chunks of event details as views need them. The build validated the data; this checks only that
 * the files are that build's output and agree with each other, and says which file is wrong and how.
 */
import {
  addEventChunk,
  CHUNK_FORMAT,
  chunkOf,
  chunkUrl,
  datasetFromIndex,
  INDEX_FORMAT,
  type Dataset,
  type PublishedChunk,
  type PublishedIndex,
} from '../domain/dataset.ts';
import { datasetFailed, datasetLoaded, eventsArrived, eventsFailed } from './timelineStore.ts';

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

interface ChunkSource {
  readonly url: string;
  readonly fetchFn: typeof fetch;
  /** Chunks asked for, by number; a failed one is forgotten so that a later request tries again. */
  readonly pending: Map<number, Promise<void>>;
}

const sources = new WeakMap<Dataset, ChunkSource>();

function loadChunk(dataset: Dataset, source: ChunkSource, chunk: number): Promise<void> {
  const known = source.pending.get(chunk);
  if (known !== undefined) return known;
  const url = chunkUrl(source.url, chunk);
  const first = chunk * dataset.chunkSize;
  const promise = fetchJson(url, source.fetchFn).then((body) => {
    addEventChunk(dataset, asChunk(body, url, first));
    eventsArrived();
  });
  source.pending.set(chunk, promise);
  promise.catch(() => source.pending.delete(chunk));
  return promise;
}

/** Fetches the chunks holding the events at `positions` that are not loaded yet; resolves once all are in. */
function fetchEvents(dataset: Dataset, positions: readonly number[]): Promise<void> {
  const source = sources.get(dataset);
  const chunks = new Set<number>();
  for (const i of positions)
    if (i >= 0 && i < dataset.events.length && dataset.events[i] === undefined) chunks.add(chunkOf(dataset, i));
  if (source === undefined || chunks.size === 0) return Promise.resolve();
  return Promise.all([...chunks].map((k) => loadChunk(dataset, source, k))).then(() => undefined);
}

/**
 * Asks for the details of the events at `positions`; the store says when they arrive, or why they
 * could not be loaded. Cheap to call on every render: loaded and pending chunks are not fetched again.
 */
export function requestEvents(dataset: Dataset, positions: readonly number[]): void {
  fetchEvents(dataset, positions).catch((err: unknown) =>
    eventsFailed(err instanceof Error ? err.message : String(err)),
  );
}

/**
 * Loads the index at `url` into the store, with the events that `firstScreen` names (positions) and
 * the first chunk already in, so that the first screen paints complete; any failure becomes an error
 * state that says what went wrong.
 */
export async function loadDataset(
  url: string,
  fetchFn: typeof fetch = fetch,
  firstScreen: (dataset: Dataset) => readonly number[] = () => [],
): Promise<void> {
  try {
    const index = asIndex(await fetchJson(url, fetchFn), url);
    // Marks for the performance panel and the benchmark: where loading time goes.
    performance.mark('parley:parsed');
    const dataset = datasetFromIndex(index);
    sources.set(dataset, { url, fetchFn, pending: new Map() });
    performance.mark('parley:indexed');
    await fetchEvents(dataset, [0, ...firstScreen(dataset)]);
    performance.mark('parley:first-events');
    datasetLoaded(dataset);
  } catch (err) {
    datasetFailed(err instanceof Error ? err.message : String(err));
  }
}
