import { useLayoutEffect, useState, type RefObject } from 'react';
import { useIsServerRender } from './useIsServerRender.ts';

/**
 * The content width of an element, kept current with a ResizeObserver. Read at once when the element
 * first renders, so it paints at its width, and null until then (a render that is never painted, so
 * work that depends on the width can wait for it); but not read while hydrating, when the static page
 * is already on screen at `fallback`: reading it there would lay the whole page out inside the
 * hydration's one long commit, and the observer reports it after the browser's own layout anyway.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback = 300): number | null {
  // Decided once, at mount: a hydrated element keeps relying on the observer.
  const [readAtOnce] = useState(!useIsServerRender());
  const [width, setWidth] = useState<number | null>(readAtOnce ? null : fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el === null) return undefined;
    if (readAtOnce) setWidth(el.clientWidth || fallback);
    if (typeof ResizeObserver === 'undefined') return undefined;
    const ro = new ResizeObserver(([entry]) => setWidth(Math.round(entry?.contentRect.width ?? fallback) || fallback));
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, fallback, readAtOnce]);
  return width;
}
