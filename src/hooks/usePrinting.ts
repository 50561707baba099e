import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

/*
 * Whether the page is being printed: from `beforeprint` to `afterprint`, while print media matches
 * (or is emulated), or while the Print button has asked for it. The printed chronology is mounted
 * only then, so the first screen never pays for it.
 */
let requested = false;
let printing = false;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());
// NOTE: flushed at once: the browser lays the page out for print as soon as `beforeprint` returns.
const notifyNow = () => flushSync(notify);

const printMedia = () => (typeof window.matchMedia === 'function' ? window.matchMedia('print') : null);

const onBefore = () => {
  printing = true;
  notifyNow();
};
const onAfter = () => {
  printing = false;
  requested = false;
  notify();
};

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  if (listeners.size === 1) {
    window.addEventListener('beforeprint', onBefore);
    window.addEventListener('afterprint', onAfter);
    printMedia()?.addEventListener('change', notify);
  }
  return () => {
    listeners.delete(onChange);
    if (listeners.size > 0) return;
    window.removeEventListener('beforeprint', onBefore);
    window.removeEventListener('afterprint', onAfter);
    printMedia()?.removeEventListener('change', notify);
  };
}

const snapshot = () => requested || printing || (printMedia()?.matches ?? false);

/** True while the page is printed or about to be. */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, snapshot, () => false);
}

/** Mounts the printed chronology before `window.print()` (the Print button); `afterprint` ends it. */
export function requestPrint(): void {
  requested = true;
  notifyNow();
}
