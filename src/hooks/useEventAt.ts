import { useEffect } from 'react';
import type { Dataset, TimelineEvent } from '../domain/dataset.ts';
import { requestEvents } from '../store/loadDataset.ts';
import { selectEventsFailed } from '../store/selectors.ts';
import { useTimelineStore } from '../store/timelineStore.ts';

/**
 * The event at `position` once its details are loaded, else undefined while they are fetched. The
 * component re-renders when this event arrives, not on every chunk: a chunk landing while scrolling
 * would otherwise redraw every row and quote on screen. After a failure nothing is asked again
 * until the reader chooses "Try again" (which clears the error).
 */
export function useEventAt(dataset: Dataset | null, position: number | undefined): TimelineEvent | undefined {
  const loaded = useTimelineStore(
    () => dataset !== null && position !== undefined && dataset.events[position] !== undefined,
  );
  const failed = useTimelineStore(selectEventsFailed);
  useEffect(() => {
    if (!loaded && !failed && dataset !== null && position !== undefined) requestEvents(dataset, [position]);
  }, [loaded, failed, dataset, position]);
  return loaded && dataset !== null && position !== undefined ? dataset.events[position] : undefined;
}
