import { useSyncExternalStore } from 'react';

const noSubscribe = () => () => undefined;

/** True while React renders to a string (prerendering); false in every browser render. */
export function useIsServerRender(): boolean {
  return useSyncExternalStore(
    noSubscribe,
    () => false,
    () => true,
  );
}
