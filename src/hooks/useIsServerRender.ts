import { createContext, useContext } from 'react';

/**
 * True while React renders the static page's markup: when prerendering, and in the browser while
 * hydrating it (main.tsx provides it, then turns it off in a transition, so what the page then adds,
 * such as the virtualised rows, renders in slices rather than in one blocking update).
 */
export const StaticRenderContext = createContext(false);

/** True while the markup being rendered is the static page's; false in every other browser render. */
export function useIsServerRender(): boolean {
  return useContext(StaticRenderContext);
}
