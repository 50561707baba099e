/** How many events each topic would show, given the filters other than the topics. */
import { topicBits } from './columns.ts';
import type { Dataset } from './dataset.ts';
import { eventCountByTopic, filterEventIndices, type Filters } from './filter.ts';
import type { Topic } from './schema.ts';
import { TOPICS } from './vocabulary.ts';

/**
 * For every topic, how many of the events that pass the actor filter and the search name it: the
 * count a topic toggle shows, so that it says what choosing the topic (alone) would leave. With no
 * other filter, the counts are of the whole dataset. One pass over the events in view.
 */
export function topicCountsInView(dataset: Dataset, filters: Filters): Map<Topic, number> {
  const others = filterEventIndices(dataset, { ...filters, topics: [] });
  if (others === null) return eventCountByTopic(dataset, TOPICS);
  const masks = TOPICS.map((t) => topicBits([t]));
  const counts = TOPICS.map(() => 0);
  const bits = dataset.columns.topics;
  for (const i of others) {
    const b = bits[i] ?? 0;
    masks.forEach((m, k) => (b & m) !== 0 && (counts[k] = (counts[k] ?? 0) + 1));
  }
  return new Map(TOPICS.map((t, k) => [t, counts[k] ?? 0]));
}

/** Whether a filter other than the topics narrows the events (then the topic counts follow it). */
export function filtersBesidesTopics(filters: Filters): boolean {
  return filters.actors.length > 0 || filters.search !== null;
}
