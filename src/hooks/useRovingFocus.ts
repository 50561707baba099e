import type { Virtualizer } from '@tanstack/react-virtual';
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
  readonly virtualizer: Virtualizer<Window, Element>;
  readonly measured: boolean;
  /** Changes whenever other rows are rendered. */
  readonly items: unknown;
}

/** A request to move the focus to an event; a new object for each request, even for the same event. */
interface FocusRequest {
  readonly id: EventId;
  /** Whether to scroll its row into view first (a card already on screen, opened from a link, is not). */
  readonly scroll: boolean;
}

/**
 * One tab stop among the cards (roving focus), moved by the keys, by requests from elsewhere (the
 * overview, a quote's "Go to event", a link, Back and Forward) and by a new selection.
 */
export function useRovingFocus({ positions, virtualizer, measured, items }: Options): RovingFocus {
  const selectedId = useParley(selectSelectedEventId);
  const jump = useParley(selectJump);
  const [activeId, setActiveId] = useState<EventId | null>(selectedId);
  // The event opened from a link takes the focus once it is rendered.
  const [request, setRequest] = useState<FocusRequest | null>(
    selectedId === null ? null : { id: selectedId, scroll: false },
  );

  const focusEvent = useCallback(
    (id: EventId) => {
      if (!positions().rowOf.has(id)) return;
      setActiveId(id);
      setRequest({ id, scroll: true });
    },
    [positions],
  );

  // A jump or a new selection is a request too; followed once each, as it is rendered (a new
  // filter makes a new `positions`, not a new request).
  const [seen, setSeen] = useState({ jump, selectedId });
  if (seen.jump !== jump || seen.selectedId !== selectedId) {
    setSeen({ jump, selectedId });
    const id = jump !== seen.jump ? jump?.eventId : selectedId;
    if (id !== undefined && id !== null) focusEvent(id);
  }

  const scrolled = useRef<FocusRequest | null>(null);
  useEffect(() => {
    if (request === null || !request.scroll || scrolled.current === request) return;
    scrolled.current = request;
    const row = positions().rowOf.get(request.id);
    if (row !== undefined) virtualizer.scrollToIndex(row, { align: 'auto' });
  }, [request, positions, virtualizer]);

  // Focus lands once the card is rendered: a frame after scrolling to it, or once its details arrive.
  const focused = useRef<FocusRequest | null>(null);
  const arrived = useEventById(request?.id) !== undefined;
  useEffect(() => {
    if (request === null || focused.current === request || !measured) return;
    const el = document.getElementById(`event-${request.id}`);
    if (el === null) return;
    focused.current = request;
    if (!el.contains(document.activeElement)) el.focus();
  }, [request, items, measured, arrived]);

  // An event selected before the timeline mounted (opened from a link) is scrolled to once.
  const didInitialScroll = useRef(false);
  const initialId = useRef(selectedId);
  useEffect(() => {
    if (!measured || didInitialScroll.current) return;
    didInitialScroll.current = true;
    const row = initialId.current === null ? undefined : positions().rowOf.get(initialId.current);
    if (row !== undefined) virtualizer.scrollToIndex(row, { align: 'start' });
  }, [measured, positions, virtualizer]);

  const onFocus = (e: FocusEvent<HTMLElement>) => {
    const id = (e.target as HTMLElement).closest<HTMLElement>('article[data-event-id]')?.dataset.eventId;
    if (id !== undefined && id !== activeId) setActiveId(id as EventId);
  };

  return { activeId, focusEvent, onFocus };
}
