/** The dataset, its events' details as they arrive, and the actions that load them. */
import type { Dataset } from '../domain/dataset.ts';
import { missingChunks, withChunk, type EventDetails } from '../domain/details.ts';
import type { ChunkLoader, GetState, SetState } from './store.ts';

export type LoadStatus =
  { readonly kind: 'loading' } | { readonly kind: 'ready' } | { readonly kind: 'error'; readonly message: string };

export interface DataSlice {
  readonly status: LoadStatus;
  readonly dataset: Dataset | null;
  /** The events' details that have arrived; null until the dataset has. */
  readonly details: EventDetails | null;
  /** Why the last request for event details failed; cleared by the next arrival or a retry. */
  readonly detailsError: string | null;
}

export interface Loaded {
  readonly dataset: Dataset;
  readonly details: EventDetails;
  readonly loadChunk?: ChunkLoader;
}

export interface DataActions {
  datasetLoaded(loaded: Loaded): void;
  datasetFailed(message: string): void;
  /**
   * Asks for the details of the events at `positions`; resolves once they are in, or once the
   * failure is in `detailsError`. Cheap to call often: chunks here or on their way are not asked again.
   */
  requestEvents(positions: readonly number[]): Promise<void>;
  /** Clears the error so that views ask again for the details they are missing. */
  retryEvents(): void;
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function createDataSlice(set: SetState, get: GetState, initialLoader: ChunkLoader | undefined) {
  let loadChunk = initialLoader;
  /** Chunks asked for, by number; a failed one is forgotten so that a later request tries again. */
  const pending = new Map<number, Promise<void>>();

  const fetchChunk = (k: number): Promise<void> => {
    const known = pending.get(k);
    if (known !== undefined || loadChunk === undefined) return known ?? Promise.resolve();
    const promise = loadChunk(k).then((chunk) => {
      const { dataset, details } = get();
      if (dataset === null || details === null) return;
      set({ details: withChunk(details, dataset, chunk), detailsError: null });
    });
    pending.set(k, promise);
    promise.catch(() => pending.delete(k));
    return promise;
  };

  const actions: DataActions = {
    datasetLoaded({ dataset, details, loadChunk: loader }) {
      loadChunk = loader;
      pending.clear();
      set({ dataset, details, detailsError: null, status: { kind: 'ready' } });
    },
    datasetFailed(text) {
      set({ dataset: null, details: null, status: { kind: 'error', message: text } });
    },
    requestEvents(positions) {
      const { dataset, details } = get();
      if (dataset === null || details === null) return Promise.resolve();
      const chunks = missingChunks(details, dataset.count, positions);
      return Promise.all(chunks.map(fetchChunk)).then(
        () => undefined,
        (err: unknown) => set({ detailsError: message(err) }),
      );
    },
    retryEvents() {
      set({ detailsError: null });
    },
  };
  return { actions };
}
