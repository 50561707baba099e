import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { Actions, ParleyState, ParleyStore } from '../store/store.ts';

/** The page's store, given by whoever renders the app (main.tsx, the prerender, tests). */
export const ParleyStoreContext = createContext<ParleyStore | null>(null);

function useParleyStore(): ParleyStore {
  const store = useContext(ParleyStoreContext);
  if (store === null)
    throw new Error('Parley components need a store: render them inside <ParleyStoreContext value={store}>');
  return store;
}

/** Reads the page's store through `selector`; re-renders when what it returns changes. */
export function useParley<T>(selector: (s: ParleyState) => T): T {
  return useStore(useParleyStore(), selector);
}

/**
 * The store's actions. They are one object for the store's life, so they are read once rather than
 * subscribed to: a subscription per card would cost every card a listener for nothing.
 */
export function useActions(): Actions {
  return useParleyStore().getState().actions;
}
