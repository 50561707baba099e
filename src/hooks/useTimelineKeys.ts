import type { KeyboardEvent } from 'react';
import { commandFor, type Command } from '../domain/keymap.ts';
import { eventRowAfter, type RowPositions, type TimelineRow } from '../domain/rows.ts';
import type { EventId } from '../domain/schema.ts';
import { selectSelectedEventId, selectSheetOpen } from '../store/selectors.ts';
import { SHEET_QUERY } from './mediaQueries.ts';
import { useActions, useParley } from './useParley.ts';

/** Where a key was pressed that the text there would take: letters typed into a field are text. */
const TEXT_FIELDS = 'input, textarea, select, summary';

interface Options {
  readonly rows: readonly TimelineRow[];
  readonly positions: () => RowPositions;
  readonly activeId: EventId | null;
  readonly focusEvent: (id: EventId) => void;
}

/** The timeline's keys (the "timeline" rows of the keymap), run on the events that have focus. */
export function useTimelineKeys({ rows, positions, activeId, focusEvent }: Options) {
  const selectedId = useParley(selectSelectedEventId);
  const sheetOpen = useParley(selectSheetOpen);
  const { openEvent, closeQuotes, selectEvent } = useActions();

  /** Runs `command` for the card `card` (or the timeline itself when null); false when it does not apply. */
  const run = (command: Command, card: HTMLElement | null, onCard: boolean): boolean => {
    const currentId = (card?.dataset.eventId ?? activeId) as EventId | null;
    const here = currentId === null ? undefined : positions().rowOf.get(currentId);
    const moveTo = (row: number | undefined) => {
      const target = row === undefined ? undefined : rows[row];
      if (target?.kind === 'event') focusEvent(target.key);
    };
    const { eventRows } = positions();
    switch (command) {
      case 'next':
        moveTo(eventRowAfter(positions(), here, card === null ? 0 : 1));
        return true;
      case 'previous':
        moveTo(eventRowAfter(positions(), here, -1));
        return true;
      case 'first':
      case 'last':
        if (card === null) return false;
        moveTo(command === 'first' ? eventRows[0] : eventRows[eventRows.length - 1]);
        return true;
      case 'open':
        if (!onCard || currentId === null) return false;
        openEvent(currentId);
        return true;
      case 'close':
        if (sheetOpen && window.matchMedia?.(SHEET_QUERY).matches) closeQuotes();
        else if (selectedId !== null) {
          closeQuotes();
          selectEvent(null);
        } else return false;
        return true;
      case 'help':
        return false;
    }
  };

  return (e: KeyboardEvent<HTMLElement>) => {
    const target = e.target as HTMLElement;
    const command = commandFor(e, 'timeline', target.matches(TEXT_FIELDS));
    if (command === undefined) return;
    const card = target.closest<HTMLElement>('article[data-event-id]');
    if (!run(command, card, card === target)) return;
    // Escape closes without taking the key from others; the moves keep the page from scrolling too.
    if (command !== 'close') e.preventDefault();
  };
}
