import type { Dataset } from '../domain/dataset.ts';
import { filterEventIndices, type Filters } from '../domain/filter.ts';
import { selectDataset, selectFilters } from '../store/selectors.ts';
import { useParley } from './useParley.ts';

export interface VisibleEvents {
  /** Positions of the visible events in the dataset, or null when all are visible. */
  readonly indices: readonly number[] | null;
  readonly visibleCount: number;
  readonly totalCount: number;
}

const EMPTY: VisibleEvents = { indices: [], visibleCount: 0, totalCount: 0 };

/**
 * The last answer, shared by every component that asks (the timeline, the count, the overview):
 * a per-component memo would filter 100,000 events once for each of them.
 */
let last: { dataset: Dataset; filters: Filters; value: VisibleEvents } | null = null;

function visibleEvents(dataset: Dataset, filters: Filters): VisibleEvents {
  if (last !== null && last.dataset === dataset && last.filters === filters) return last.value;
  const indices = filterEventIndices(dataset, filters);
  const value = {
    indices,
    visibleCount: indices === null ? dataset.count : indices.length,
    totalCount: dataset.count,
  };
  last = { dataset, filters, value };
  return value;
}

/** The events that pass the filters, recomputed only when the dataset or the filters change. */
export function useVisibleEvents(): VisibleEvents {
  const dataset = useParley(selectDataset);
  const filters = useParley(selectFilters);
  return dataset === null ? EMPTY : visibleEvents(dataset, filters);
}
