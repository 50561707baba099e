/**
 * What both benchmark pages (Parley and vis-timeline) share: the dataset size from `?n=`, the
 * "painted" signal, the `ready` mark and the `window.__bench` hooks that `scripts/bench.ts` drives.
 * Nothing here is part of the app; these pages are built but never linked from it.
 */

export interface FilterResult {
  /** From the filter call to the first paint that shows the filtered view. */
  readonly ms: number;
  /** Whether the view on screen was checked to hold only the actor's events. */
  readonly verified: boolean;
}

export interface ScrollResult {
  /** Longest long task (PerformanceObserver "longtask", > 50 ms) while scrolling; 0 when none. */
  readonly longestTaskMs: number;
  readonly longTasks: number;
  /** Longest animation frame ("long-animation-frame", > 50 ms) while scrolling; 0 when none. */
  readonly longestFrameMs: number;
  /** Whether the last event ended up on screen. */
  readonly reachedLast: boolean;
  readonly ms: number;
}

export interface SearchResult {
  /** From the first focus of the empty search box to the index ready to answer. */
  readonly readyMs: number;
  /** From the keystroke that sets the query (index loaded) to the first paint of the filtered timeline. */
  readonly keyMs: number;
  /** Whether the timeline on screen was checked to hold only events the search matched. */
  readonly verified: boolean;
  /** How many events matched. */
  readonly matched: number;
}

/** The mark each page sets as the first statement of its entry module, once all its code has been evaluated. */
export const SCRIPTS_MARK = 'scripts';

export interface BenchApi {
  readonly n: number;
  filter(actorId: string): Promise<FilterResult>;
  /** Removes the filter and resolves once the unfiltered view is painted. */
  reset(): Promise<void>;
  /** Scrolls from the first event to the last in `steps` jumps, two frames apart. */
  scrollThrough(steps: number): Promise<ScrollResult>;
  /** Focuses the search box, waits for the index, then types `query` (pages without a search have none). */
  search?(query: string): Promise<SearchResult>;
}

declare global {
  interface Window {
    __bench?: BenchApi;
  }
}

/** The number of events asked for with `?n=` (1,000 when absent or malformed). */
export function benchSize(): number {
  const n = Number(new URLSearchParams(window.location.search).get('n'));
  return Number.isInteger(n) && n > 0 ? n : 1_000;
}

/** Parley's published index of the N events (its chunks are in `bench-data/N/`). */
export function benchDataUrl(n: number): string {
  return `${import.meta.env.BASE_URL}bench-data/${n}.json`;
}

/** The search index of the N events, as the build publishes `search.json` beside `dataset.json`. */
export function benchSearchUrl(n: number): string {
  return `${import.meta.env.BASE_URL}bench-data/${n}-search.json`;
}

/** The same N events, compiled, in one file: how the vis-timeline page loads them. */
export function benchWholeDataUrl(n: number): string {
  return `${import.meta.env.BASE_URL}bench-data/${n}-all.json`;
}

/**
 * Resolves just after the next frame has been rendered: a message posted from a rAF callback is
 * handled after that frame's style, layout and paint, so this measures "to next paint" without
 * waiting for a second vsync as a double rAF would.
 */
export function afterNextPaint(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  });
}

/** Resolves once `test()` is true, checking after every DOM change under `root`. */
export function whenDom(root: Node, test: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (test()) return resolve();
    const observer = new MutationObserver(() => {
      if (!test()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}

/** Marks `ready` once `firstScreen` resolves and that screen has been painted twice over (double rAF). */
export async function markReadyAfter(firstScreen: Promise<void>): Promise<void> {
  await firstScreen;
  await new Promise((r) => requestAnimationFrame(r));
  await new Promise((r) => requestAnimationFrame(r));
  performance.mark('ready');
}

/**
 * Runs `move(k / steps)` for k = 1..steps, two painted frames apart, and keeps moving to the end
 * (at most 60 more tries) until `atEnd()`; reports the long tasks and long frames seen meanwhile.
 */
export async function measureScroll(
  steps: number,
  move: (fraction: number) => void,
  atEnd: () => boolean,
): Promise<ScrollResult> {
  const tasks: number[] = [];
  const frames: number[] = [];
  const observers = (
    [
      ['longtask', tasks],
      ['long-animation-frame', frames],
    ] as const
  ).flatMap(([type, into]) => {
    if (!PerformanceObserver.supportedEntryTypes.includes(type)) return [];
    const o = new PerformanceObserver((list) => list.getEntries().forEach((e) => into.push(e.duration)));
    o.observe({ type });
    return [o];
  });
  const t0 = performance.now();
  for (let k = 1; k <= steps; k++) {
    move(k / steps);
    await afterNextPaint();
    await afterNextPaint();
  }
  for (let tries = 0; tries < 60 && !atEnd(); tries++) {
    move(1);
    await afterNextPaint();
    await afterNextPaint();
  }
  const ms = performance.now() - t0;
  // Entries of the last frames are delivered a little later.
  await new Promise((r) => setTimeout(r, 100));
  observers.forEach((o) => {
    o.takeRecords().forEach((e) => (e.entryType === 'longtask' ? tasks : frames).push(e.duration));
    o.disconnect();
  });
  return {
    longestTaskMs: Math.max(0, ...tasks),
    longTasks: tasks.length,
    longestFrameMs: Math.max(0, ...frames),
    reachedLast: atEnd(),
    ms,
  };
}
