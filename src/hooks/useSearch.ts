import { useCallback, useContext, useEffect } from 'react';
import { prepareSearch, startSearchSync } from '../store/searchSlice.ts';
import type { ParleyStore } from '../store/store.ts';
import { ParleyStoreContext } from './useParley.ts';

/** The components that keep a store's search answered, and how to stop it when the last one goes. */
const running = new WeakMap<ParleyStore, { users: number; stop: () => void }>();

/**
 * Keeps the view's search answered while the component is mounted (the search box, the result
 * count: whichever the page shows; one sync per store however many ask). Returns `prepare`, which
 * starts loading the index ahead of the first query (on focus).
 */
export function useSearch(): () => void {
  const store = useContext(ParleyStoreContext);
  useEffect(() => {
    if (store === null) return;
    const entry = running.get(store) ?? { users: 0, stop: startSearchSync(store) };
    entry.users++;
    running.set(store, entry);
    return () => {
      entry.users--;
      if (entry.users === 0) {
        entry.stop();
        running.delete(store);
      }
    };
  }, [store]);
  return useCallback(() => {
    if (store !== null) void prepareSearch(store);
  }, [store]);
}
