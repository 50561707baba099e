import { useEffect } from 'react';
import { eventAt } from '../domain/details.ts';
import type { TimelineEvent } from '../domain/dataset.ts';
import type { EventId } from '../domain/schema.ts';
import { useActions, useParley } from './useParley.ts';

const MISSING = 'missing';
const FAILED = 'failed';

/**
 * The event at `position` once its details are here, else undefined while they are fetched. The
 * component re-renders when this event arrives, not on every chunk: a chunk landing while scrolling
 * would otherwise redraw every row and quote on screen. The fetch starts in an effect, never while
 * rendering; after a failure nothing is asked again until the reader chooses "Try again" (which
 * clears the error).
 */
export function useEventAt(position: number | undefined): TimelineEvent | undefined {
  // One subscription per card: the event once it is here, else whether asking for it failed.
  const found = useParley((s) => {
    const event = position === undefined || s.details === null ? undefined : eventAt(s.details, position);
    return event ?? (s.detailsError === null ? MISSING : FAILED);
  });
  const { requestEvents } = useActions();
  const missing = found === MISSING && position !== undefined;
  useEffect(() => {
    if (missing) void requestEvents([position]);
  }, [missing, position, requestEvents]);
  return typeof found === 'object' ? found : undefined;
}

/** The event with `id`, once its details are here (see `useEventAt`). */
export function useEventById(id: EventId | null | undefined): TimelineEvent | undefined {
  const position = useParley((s) => (id === null || id === undefined ? undefined : s.dataset?.eventIndex.get(id)));
  return useEventAt(position);
}
