import { useMemo } from 'react';
import { eventCountByTopic } from '../domain/filter.ts';
import { TOPIC_LABEL } from '../domain/labels.ts';
import { filtersBesidesTopics, topicCountsInView } from '../domain/topicCounts.ts';
import { TOPICS } from '../domain/vocabulary.ts';
import { useValueAfterPaint } from '../hooks/useValueAfterPaint.ts';
import { useActions, useParley } from '../hooks/useParley.ts';
import { selectDataset, selectFilters } from '../store/selectors.ts';
import { FilterToggle } from './FilterToggle.tsx';
import { MatchModeControl } from './MatchModeControl.tsx';

/**
 * Toggles for the topics the dataset's events name, in the vocabulary's order, with the any/all
 * choice and a reset. Each count is of the events the other filters show (the actors, the search).
 */
export function TopicFilter() {
  const dataset = useParley(selectDataset);
  const filters = useParley(selectFilters);
  const { toggleTopic, setView } = useActions();
  const inDataset = useMemo(() => (dataset === null ? null : eventCountByTopic(dataset, TOPICS)), [dataset]);
  // The counts follow once the timeline has painted: a search or an actor must not wait for them.
  const countedFilters = useValueAfterPaint(filters);
  const counts = useMemo(
    () => (dataset === null ? null : topicCountsInView(dataset, countedFilters)),
    [dataset, countedFilters],
  );
  if (inDataset === null || counts === null) return null;
  const chosen = new Set(filters.topics);
  // A topic no event names has nothing to show; a chosen one stays, so it can be turned off.
  const topics = TOPICS.filter((t) => (inDataset.get(t) ?? 0) > 0 || chosen.has(t));
  return (
    <fieldset className="actor-filter topic-filter">
      <legend>Filter by topic</legend>
      {filtersBesidesTopics(filters) && <p className="filter-hint">Counts are of the events the other filters show.</p>}
      <ul className="filter-toggles" aria-label="Topics">
        {topics.map((t) => (
          <li key={t}>
            <FilterToggle eventCount={counts.get(t) ?? 0} pressed={chosen.has(t)} onToggle={() => toggleTopic(t)}>
              <span className="filter-toggle-label">{TOPIC_LABEL[t]}</span>
            </FilterToggle>
          </li>
        ))}
      </ul>
      <MatchModeControl subject="topics" />
      {chosen.size > 0 && (
        <button type="button" className="button" onClick={() => setView({ topics: [], topicMatch: 'any' })}>
          Clear topics
        </button>
      )}
    </fieldset>
  );
}
