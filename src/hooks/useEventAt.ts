import { useEffect } from 'react';
import { eventAt } from '../domain/details.ts';
import type { TimelineEvent } from '../domain/dataset.ts';
import type { EventId } from '../domain/schema.ts';
import { selectDetailsFailed } from '../store/selectors.ts';
import { useActions, useParley } from './useParley.ts';

/**
 * The event at `position` once its details are here, else undefined while they are fetched. The
 * component re-renders when this event arrives, not on every chunk: a chunk landing while scrolling
 * would otherwise redraw every row and quote on screen. The fetch starts in an effect, never while
 * rendering; after a failure nothing is asked again until the reader chooses "Try again" (which
 * clears the error).
 */
export function useEventAt(position: number | undefined): TimelineEvent | undefined {
  const event = useParley((s) =>
    position === undefined || s.details === null ? undefined : eventAt(s.details, position),
  );
  const failed = useParley(selectDetailsFailed);
  const { requestEvents } = useActions();
  const missing = event === undefined && position !== undefined;
  useEffect(() => {
    if (missing && !failed) void requestEvents([position]);
  }, [missing, failed, position, requestEvents]);
  return event;
}

/** The event with `id`, once its details are here (see `useEventAt`). */
export function useEventById(id: EventId | null | undefined): TimelineEvent | undefined {
  const position = useParley((s) => (id === null || id === undefined ? undefined : s.dataset?.eventIndex.get(id)));
  return useEventAt(position);
}
