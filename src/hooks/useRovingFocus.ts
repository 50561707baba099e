import { useCallback, useEffect, useRef, useState, type FocusEvent } from 'react';
import type { RowPositions } from '../domain/rows.ts';
import type { EventId } from '../domain/schema.ts';
import { selectJump, selectSelectedEventId } from '../store/selectors.ts';
import { useEventById } from './useEventAt.ts';
import { useParley } from './useParley.ts';

export interface RovingFocus {
  /** The event that holds the timeline's one tab stop. */
  readonly activeId: EventId | null;
  /** Scrolls to an event's row and moves the focus to its card once it is rendered. */
  readonly focusEvent: (id: EventId) => void;
  /** Follows the focus as it moves into a card by other means (Tab, a click). */
  readonly onFocus: (e: FocusEvent<HTMLElement>) => void;
}

interface Options {
  readonly positions: () => RowPositions;
  /** Scrolls the window to a row: its top below the bars ('start'), or only as far as it needs ('auto'). */
  readonly scrollToIndex: (row: number, align: 'start' | 'auto') => void;
  readonly measured: boolean;
  /** Changes whenever other rows are rendered. */
  readonly items: unknown;
  /** Where the window's top is clear of the bars stuck there (px). */
  readonly clearance: number;
}

/** A request to move the focus to an event; a new object for each request, even for the same event. */
interface FocusRequest {
  readonly id: EventId;
  /** Whether to scroll its row into view first (a card already on screen, opened from a link, is not). */
  readonly scroll: boolean;
  /**
   * An event opened (selected) rather than moved to: its headline must end up near the top, in the
   * upper third of the window, where the reader looks for what they opened.
   */
  readonly open: boolean;
  /** Whether the focus moves to the card (not for the overview's periods, zoom and window: `jump.focus`). */
  readonly focus: boolean;
}

/**
 * How to bring the card `el` (null while it is not rendered) into view, or null to leave the page be.
 * An opened card's top goes to the top unless it is in the upper third already; a card moved to with
 * the keys is scrolled only as far as it needs, unless it is too tall to fit, when its top goes first.
 */
export function alignFor(el: Element | null, open: boolean, clearance: number): 'start' | 'auto' | null {
  if (el === null) return open ? 'start' : 'auto';
  const r = el.getBoundingClientRect();
  const height = window.innerHeight;
  if (open) return r.top >= clearance - 1 && r.top <= height / 3 ? null : 'start';
  if (r.top >= clearance - 1 && r.bottom <= height) return null;
  return r.height > height - clearance ? 'start' : 'auto';
}

/**
 * One tab stop among the cards (roving focus), moved by the keys, by requests from elsewhere (the
 * overview, a quote's "Go to event", a link, Back and Forward) and by a new selection.
 */
export function useRovingFocus({ positions, scrollToIndex, measured, items, clearance }: Options): RovingFocus {
  const selectedId = useParley(selectSelectedEventId);
  const jump = useParley(selectJump);
  const [activeId, setActiveId] = useState<EventId | null>(selectedId);
  // The event opened from a link takes the focus once it is rendered.
  const [request, setRequest] = useState<FocusRequest | null>(
    selectedId === null ? null : { id: selectedId, scroll: false, open: true, focus: true },
  );

  const requestFocus = useCallback(
    (id: EventId, open: boolean, focus = true) => {
      if (!positions().rowOf.has(id)) return;
      setActiveId(id);
      setRequest({ id, scroll: true, open, focus });
    },
    [positions],
  );
  const focusEvent = useCallback((id: EventId) => requestFocus(id, false), [requestFocus]);

  // A jump or a new selection is a request too; followed once each, as it is rendered (a new
  // filter makes a new `positions`, not a new request).
  const [seen, setSeen] = useState({ jump, selectedId });
  if (seen.jump !== jump || seen.selectedId !== selectedId) {
    setSeen({ jump, selectedId });
    const jumped = jump !== seen.jump;
    const id = jumped ? jump?.eventId : selectedId;
    if (id !== undefined && id !== null) requestFocus(id, true, !jumped || jump?.focus !== false);
  }

  const scrolled = useRef<FocusRequest | null>(null);
  useEffect(() => {
    if (request === null || !request.scroll || scrolled.current === request) return;
    scrolled.current = request;
    const row = positions().rowOf.get(request.id);
    if (row === undefined) return;
    const align = alignFor(document.getElementById(`event-${request.id}`), request.open, clearance);
    if (align !== null) scrollToIndex(row, align);
  }, [request, positions, scrollToIndex, clearance]);

  // Focus lands once the card is rendered: a frame after scrolling to it, or once its details arrive.
  const focused = useRef<FocusRequest | null>(null);
  const arrived = useEventById(request?.id) !== undefined;
  useEffect(() => {
    if (request === null || !request.focus || focused.current === request || !measured) return;
    const el = document.getElementById(`event-${request.id}`);
    if (el === null) return;
    focused.current = request;
    // The scroll is ours (above): the browser's own would put a tall card's headline out of view.
    if (!el.contains(document.activeElement)) el.focus({ preventScroll: true });
  }, [request, items, measured, arrived]);

  // An event selected before the timeline mounted (opened from a link) is scrolled to once.
  const didInitialScroll = useRef(false);
  const initialId = useRef(selectedId);
  useEffect(() => {
    if (!measured || didInitialScroll.current) return;
    didInitialScroll.current = true;
    const row = initialId.current === null ? undefined : positions().rowOf.get(initialId.current);
    if (row !== undefined) scrollToIndex(row, 'start');
  }, [measured, positions, scrollToIndex]);

  const onFocus = (e: FocusEvent<HTMLElement>) => {
    const id = (e.target as HTMLElement).closest<HTMLElement>('article[data-event-id]')?.dataset.eventId;
    if (id !== undefined && id !== activeId) setActiveId(id as EventId);
  };

  return { activeId, focusEvent, onFocus };
}
