import { useLayoutEffect, useState } from 'react';

/**
 * The bars that stay at the top of the window as the page scrolls: the search bar on wide screens,
 * the filter bar on phones, the embed bar in a frame. Whichever is sticky (or fixed) at the width the
 * page is shown at covers the top of the timeline.
 */
const TOP_BARS = '.site-tools, .filter-bar, .embed-bar';
/** Space left between such a bar and a card scrolled to. */
const GAP_PX = 8;

/** How far below the window's top a row must start to be clear of every bar stuck there, in px. */
export function measureTopClearance(): number {
  if (typeof document === 'undefined') return 0;
  let bottom = 0;
  for (const el of document.querySelectorAll<HTMLElement>(TOP_BARS)) {
    const style = getComputedStyle(el);
    if (style.display === 'none' || (style.position !== 'sticky' && style.position !== 'fixed')) continue;
    const top = Number.parseFloat(style.top);
    const height = el.getBoundingClientRect().height;
    // A bar as tall as half the window is not a bar (a sheet, say): it is left out.
    if (Number.isFinite(top) && height < window.innerHeight / 2) bottom = Math.max(bottom, top + height);
  }
  return Math.round(bottom + GAP_PX);
}

/** `measureTopClearance`, measured after the first layout and again whenever the window is resized. */
export function useTopClearance(initial: number): number {
  const [clearance, setClearance] = useState(initial);
  useLayoutEffect(() => {
    const update = () => setClearance(measureTopClearance());
    update();
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return clearance;
}
