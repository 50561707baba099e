import { useEffect } from 'react';
import type { Dataset, TimelineEvent } from '../domain/dataset';
import { requestEvents } from '../store/loadDataset';
import { selectEventsLoaded } from '../store/selectors';
import { useTimelineStore } from '../store/timelineStore';

/**
 * The event at `position` once its details are loaded, else undefined while they are fetched; the
 * component re-renders when they arrive (or when the reader asks to try again after a failure).
 */
export function useEventAt(dataset: Dataset | null, position: number | undefined): TimelineEvent | undefined {
  const loaded = useTimelineStore(selectEventsLoaded);
  const event = dataset === null || position === undefined ? undefined : dataset.events[position];
  const missing = dataset !== null && position !== undefined && event === undefined;
  useEffect(() => {
    if (missing) requestEvents(dataset, [position]);
  }, [missing, dataset, position, loaded]);
  return event;
}
