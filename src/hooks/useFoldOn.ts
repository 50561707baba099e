import { useLayoutEffect, useRef } from 'react';

/**
 * For a `<details>` rendered open (as the prerendered page has it, so hydration matches): folds it
 * before the first paint when `query` matches; after that the reader opens and closes it themselves.
 * jsdom has no matchMedia, so tests see it open.
 */
export function useFoldOn(query: string) {
  const ref = useRef<HTMLDetailsElement>(null);
  useLayoutEffect(() => {
    if (ref.current !== null && typeof window.matchMedia === 'function' && window.matchMedia(query).matches)
      ref.current.open = false;
  }, [query]);
  return ref;
}
