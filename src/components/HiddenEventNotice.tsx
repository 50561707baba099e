import { waysToShow, type ShowWay } from '../domain/hiddenEvent.ts';
import { TOPIC_LABEL } from '../domain/labels.ts';
import type { ActorId } from '../domain/schema.ts';
import { filterWords } from '../domain/viewText.ts';
import { useEventById } from '../hooks/useEventAt.ts';
import { useHiddenSelection } from '../hooks/useHiddenSelection.ts';
import { useActions, useParley } from '../hooks/useParley.ts';
import { selectDataset, selectFilters } from '../store/selectors.ts';

interface Props {
  /** In the Quotes panel, or above the timeline (shown only where the panel is a closed sheet). */
  readonly placement: 'panel' | 'timeline';
}

/**
 * Says that the filters hide the selected event, which is why the timeline does not show it, and
 * offers to show it: for the filter that hides it, add one of its actors or topics, match any, or
 * clear that filter or the search; or clear every filter.
 */
export function HiddenEventNotice({ placement }: Props) {
  const eventId = useHiddenSelection();
  const dataset = useParley(selectDataset);
  const filters = useParley(selectFilters);
  const query = useParley((s) => s.view.q);
  const event = useEventById(eventId);
  const { toggleActor, setMatch, toggleTopic, setTopicMatch, setView, setQuery, clearFilters, jumpToEvent } =
    useActions();
  if (eventId === null || dataset === null) return null;
  const position = dataset.eventIndex.get(eventId);
  if (position === undefined) return null;
  const name = (id: ActorId) => dataset.actorById.get(id)?.name ?? id;
  const shown = filterWords({
    actorNames: filters.actors.map(name),
    match: filters.match,
    topics: filters.topics,
    topicMatch: filters.topicMatch,
    query,
  });
  const preferred = event?.participants.map((p) => p.actorId) ?? [];
  const ways = waysToShow(dataset, position, filters, preferred);
  const apply = (way: ShowWay) => {
    if (way.kind === 'add-actor') toggleActor(way.actorId);
    else if (way.kind === 'match-any') setMatch('any');
    else if (way.kind === 'add-topic') toggleTopic(way.topic);
    else if (way.kind === 'topic-match-any') setTopicMatch('any');
    else if (way.kind === 'clear-topics') setView({ topics: [], topicMatch: 'any' });
    else if (way.kind === 'clear-search') setQuery('');
    else clearFilters();
    // The event is in the timeline again: bring it into view.
    jumpToEvent(eventId);
  };
  return (
    <div className={`notice hidden-event hidden-event-${placement}`}>
      <p>
        {event === undefined ? 'This event' : `“${event.title}”`} is not in the timeline: the filters show only events{' '}
        {shown}.
      </p>
      <p className="hidden-event-actions">
        {ways.map((way) => (
          <button key={way.kind} type="button" className="button" onClick={() => apply(way)}>
            {label(way, name)}
          </button>
        ))}
      </p>
    </div>
  );
}

/** What a way to show the event does, as its button says it. */
function label(way: ShowWay, name: (id: ActorId) => string): string {
  switch (way.kind) {
    case 'add-actor':
      return `Add ${name(way.actorId)} to the filter`;
    case 'match-any':
      return 'Show events with any chosen actor';
    case 'add-topic':
      return `Add ${TOPIC_LABEL[way.topic]} to the topics`;
    case 'topic-match-any':
      return 'Show events on any chosen topic';
    case 'clear-topics':
      return 'Clear topics';
    case 'clear-search':
      return 'Clear search';
    case 'clear':
      return 'Clear filters';
  }
}
