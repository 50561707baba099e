import { filterWords } from '../domain/viewText.ts';
import { selectQuery } from '../store/searchSlice.ts';
import { selectDataset, selectFilters } from '../store/selectors.ts';
import { useActions, useParley } from '../hooks/useParley.ts';

/** What the timeline shows instead of events when the filters (or the search) leave none. */
export function EmptyResults() {
  const dataset = useParley(selectDataset);
  const filters = useParley(selectFilters);
  const q = useParley(selectQuery);
  const { clearFilters, setQuery } = useActions();
  if (filters.search !== null && filters.search.length === 0) {
    return (
      <div className="empty-results">
        <h2>No events match “{q}”</h2>
        <p>No event has these words. Check the spelling, or try fewer or shorter words.</p>
        <button type="button" className="button" onClick={() => setQuery('')}>
          Clear search
        </button>
      </div>
    );
  }
  // An id the dataset does not know (say, from an old link) is still named, as written.
  const names = filters.actors.map((id) => dataset?.actorById.get(id)?.name ?? id);
  const words = filterWords({
    actorNames: names,
    match: filters.match,
    topics: filters.topics,
    topicMatch: filters.topicMatch,
    query: q,
  });
  return (
    <div className="empty-results">
      <h2>No events match these filters</h2>
      {words !== '' && <p>There are no events {words}.</p>}
      <button type="button" className="button" onClick={clearFilters}>
        Clear filters
      </button>
    </div>
  );
}
