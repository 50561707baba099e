/**
 * The events' details as they arrive: an immutable cache beside the dataset. Each arrival makes a
 * new cache that shares every chunk already there, so a view can tell by reference that something
 * came in, and the dataset itself never changes.
 */
import type { Dataset, PublishedChunk, TimelineEvent, WholeDataset } from './dataset.ts';

export interface EventDetails {
  /** Events per chunk: chunk k holds positions k × chunkSize onwards. */
  readonly chunkSize: number;
  /** The chunks that have arrived, by number. */
  readonly chunks: ReadonlyMap<number, readonly TimelineEvent[]>;
}

/** No details yet, for a dataset loaded from its index. */
export function noDetails(dataset: Dataset): EventDetails {
  return { chunkSize: dataset.chunkSize, chunks: new Map() };
}

/** Every event's details, for a dataset held whole (one chunk of all its events). */
export function wholeDetails(dataset: WholeDataset): EventDetails {
  return { chunkSize: dataset.chunkSize, chunks: new Map([[0, dataset.events]]) };
}

/** The chunk that holds the event at `position`. */
export function chunkOf(details: Pick<EventDetails, 'chunkSize'>, position: number): number {
  return Math.floor(position / details.chunkSize);
}

/** The event at `position`, once its chunk has arrived. */
export function eventAt(details: EventDetails, position: number): TimelineEvent | undefined {
  const k = chunkOf(details, position);
  return details.chunks.get(k)?.[position - k * details.chunkSize];
}

/** The chunks holding the events at `positions` (those in the dataset) that have not arrived, in order. */
export function missingChunks(details: EventDetails, count: number, positions: readonly number[]): number[] {
  const chunks = new Set<number>();
  for (const i of positions) {
    if (i < 0 || i >= count) continue;
    const k = chunkOf(details, i);
    if (!details.chunks.has(k)) chunks.add(k);
  }
  return [...chunks].sort((a, b) => a - b);
}

/** Whether every event's details are here. */
export function hasEvery(details: EventDetails, count: number): boolean {
  // Chunks are only ever added, and only those of events in the dataset.
  return details.chunks.size >= Math.ceil(count / details.chunkSize);
}

/**
 * The cache with `chunk` added. Throws, naming the event, when the chunk does not match the
 * dataset's index (a site built twice and served half from each).
 */
export function withChunk(details: EventDetails, dataset: Dataset, chunk: PublishedChunk): EventDetails {
  chunk.events.forEach((e, k) => {
    const i = chunk.first + k;
    if (dataset.columns.ids[i] !== e.id)
      throw new Error(
        `event ${i} of the chunk from ${chunk.first} is "${String(e.id)}", but the index has "${dataset.columns.ids[i] ?? 'no event'}" there`,
      );
  });
  const k = chunkOf(details, chunk.first);
  if (details.chunks.has(k)) return details;
  return { chunkSize: details.chunkSize, chunks: new Map(details.chunks).set(k, chunk.events) };
}
