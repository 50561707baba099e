/**
 * What the timeline has on screen and where it was asked to go: view state that is not in the URL.
 * It lets the overview show where the reader is and jump the timeline, without either owning the other.
 */
import type { EventId } from '../domain/schema.ts';
import type { GetState, SetState } from './store.ts';

export interface ViewportSlice {
  /** Time range (UTC ms) of the events on screen, or null before the timeline has rendered. */
  readonly range: readonly [number, number] | null;
  /**
   * The latest request to bring an event into view; `seq` makes repeated requests distinct. `focus`
   * false asks to scroll without moving the focus (the overview's periods, zoom and window, whose
   * reader is still working the overview).
   */
  readonly jump: { readonly eventId: EventId; readonly seq: number; readonly focus?: boolean } | null;
  /** On narrow screens: whether the Quotes sheet is open over the timeline. */
  readonly sheetOpen: boolean;
}

export interface ViewportActions {
  setViewportRange(from: number, to: number): void;
  jumpToEvent(eventId: EventId, options?: { readonly focus?: boolean }): void;
  openQuotes(): void;
  closeQuotes(): void;
}

export function createViewportSlice(set: SetState, get: GetState) {
  const actions: ViewportActions = {
    setViewportRange(from, to) {
      const r = get().range;
      if (r === null || r[0] !== from || r[1] !== to) set({ range: [from, to] });
    },
    jumpToEvent(eventId, options) {
      const seq = (get().jump?.seq ?? 0) + 1;
      set({ jump: options?.focus === false ? { eventId, seq, focus: false } : { eventId, seq } });
    },
    openQuotes: () => set({ sheetOpen: true }),
    closeQuotes: () => set({ sheetOpen: false }),
  };
  return { actions };
}
