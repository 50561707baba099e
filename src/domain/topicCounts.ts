/** How many events each topic would show, given the filters other than the topics. */
import type { Dataset } from './dataset.ts';
import { eventCountByTopic, filterEventIndices, isFiltering, type Filters } from './filter.ts';
import type { Topic } from './schema.ts';
import { TOPICS } from './vocabulary.ts';

/**
 * For every topic, how many of the events that pass the actor filter and the search name it: the
 * count a topic toggle shows, so that it says what choosing the topic (alone) would leave. With no
 * other filter, the counts are of the whole dataset. One pass over the events in view.
 */
export function topicCountsInView(dataset: Dataset, filters: Filters): Map<Topic, number> {
  const others = filterEventIndices(dataset, { ...filters, topics: [] });
  return eventCountByTopic(dataset, TOPICS, others ?? undefined);
}

/** Whether a filter other than the topics narrows the events (then the topic counts follow it). */
export function filtersBesidesTopics(filters: Filters): boolean {
  return isFiltering({ ...filters, topics: [] });
}
