/**
 * What the timeline has on screen and where it was asked to go. This is view state, not data: it
 * lets the overview show where the reader is and jump the timeline, without either owning the other.
 */
import { create } from 'zustand';
import type { EventId } from '../domain/schema.ts';

export interface ViewportState {
  /** Time range (UTC ms) of the events on screen, or null before the timeline has rendered. */
  range: readonly [number, number] | null;
  /** The latest request to bring an event into view; `seq` makes repeated requests distinct. */
  jump: { readonly eventId: EventId; readonly seq: number } | null;
  /** On narrow screens: whether the Quotes sheet is open over the timeline. */
  sheetOpen: boolean;
}

export const useViewportStore = create<ViewportState>()(() => ({ range: null, jump: null, sheetOpen: false }));

export function setViewportRange(from: number, to: number): void {
  const r = useViewportStore.getState().range;
  if (r === null || r[0] !== from || r[1] !== to) useViewportStore.setState({ range: [from, to] });
}

export function jumpToEvent(eventId: EventId): void {
  const seq = (useViewportStore.getState().jump?.seq ?? 0) + 1;
  useViewportStore.setState({ jump: { eventId, seq } });
}

export function openQuotes(): void {
  useViewportStore.setState({ sheetOpen: true });
}

export function closeQuotes(): void {
  useViewportStore.setState({ sheetOpen: false });
}
