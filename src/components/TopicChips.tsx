import { TOPIC_LABEL } from '../domain/labels.ts';
import type { Topic } from '../domain/schema.ts';
import { useActions, useParley } from '../hooks/useParley.ts';
import { selectFilters } from '../store/selectors.ts';

interface Props {
  readonly topics: readonly Topic[];
}

/**
 * An event's or a quote's topics as buttons that filter by the topic (pressed while it is chosen;
 * pressing a chosen one takes it off again). Named "Filter by topic: Sanctions": the name holds
 * the visible word, so speech input ("click Sanctions") still works.
 */
export function TopicChips({ topics }: Props) {
  const chosen = useParley(selectFilters).topics;
  const { toggleTopic } = useActions();
  if (topics.length === 0) return null;
  return (
    <ul className="topics topic-chips" aria-label="Topics">
      {topics.map((t) => (
        <li key={t}>
          <button
            type="button"
            className="topic-chip"
            aria-label={`Filter by topic: ${TOPIC_LABEL[t]}`}
            aria-pressed={chosen.includes(t)}
            onClick={() => toggleTopic(t)}
          >
            {TOPIC_LABEL[t]}
          </button>
        </li>
      ))}
    </ul>
  );
}
