import { useEffect, useState, useSyncExternalStore } from 'react';

/**
 * A part of the app that is a chunk of its own, fetched the first time it is shown or asked for
 * ahead. Not React.lazy: that suspends for a frame even when the chunk is already here, while a
 * prerendered page must be replaced in one commit without a placeholder showing, and a page being
 * printed must render at once.
 */
export interface LazyChunk<T> {
  /** Fetches the chunk once; resolves when it is here. A failed fetch may be tried again. */
  readonly load: () => Promise<void>;
  /** The exports once here (fetching them on first use), else null; and whether the fetch failed. */
  readonly useChunk: () => { readonly value: T | null; readonly failed: boolean };
}

export function lazyChunk<T>(fetchChunk: () => Promise<T>): LazyChunk<T> {
  let loaded: T | null = null;
  let loading: Promise<void> | null = null;
  const listeners = new Set<() => void>();
  const provide = (value: T) => {
    loaded = value;
    listeners.forEach((l) => l());
  };
  const load = () =>
    (loading ??= fetchChunk().then(provide, (err: unknown) => {
      loading = null;
      throw err;
    }));
  const subscribe = (onChange: () => void) => {
    listeners.add(onChange);
    return () => void listeners.delete(onChange);
  };
  const current = () => loaded;
  function useChunk() {
    const value = useSyncExternalStore(subscribe, current, current);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (value === null) load().catch(() => setFailed(true));
    }, [value]);
    return { value, failed };
  }
  return { load, useChunk };
}
