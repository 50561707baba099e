import { useMemo } from 'react';
import { filterEventIndices } from '../domain/filter';
import { buildRows, type TimelineRow } from '../domain/rows';
import { selectDataset, selectFilters } from '../store/selectors';
import { useTimelineStore } from '../store/timelineStore';

export interface VisibleEvents {
  /** Positions of the visible events in the dataset, or null when all are visible. */
  readonly indices: readonly number[] | null;
  readonly visibleCount: number;
  readonly totalCount: number;
  readonly rows: readonly TimelineRow[];
}

const EMPTY: VisibleEvents = { indices: [], visibleCount: 0, totalCount: 0, rows: [] };

/** The events that pass the filters and the timeline rows for them, recomputed only when either changes. */
export function useVisibleEvents(): VisibleEvents {
  const dataset = useTimelineStore(selectDataset);
  const filters = useTimelineStore(selectFilters);
  return useMemo(() => {
    if (dataset === null) return EMPTY;
    const indices = filterEventIndices(dataset, filters);
    return {
      indices,
      visibleCount: indices === null ? dataset.events.length : indices.length,
      totalCount: dataset.events.length,
      rows: buildRows(dataset.columns, indices),
    };
  }, [dataset, filters]);
}
