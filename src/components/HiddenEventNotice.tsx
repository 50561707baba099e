import { waysToShowEvent, type ShowHiddenEvent } from '../domain/quotes.ts';
import type { ActorId } from '../domain/schema.ts';
import { useEventById } from '../hooks/useEventAt.ts';
import { useHiddenSelection } from '../hooks/useHiddenSelection.ts';
import { useActions, useParley } from '../hooks/useParley.ts';
import { selectDataset, selectFilters } from '../store/selectors.ts';

interface Props {
  /** In the Quotes panel, or above the timeline (shown only where the panel is a closed sheet). */
  readonly placement: 'panel' | 'timeline';
}

const or = new Intl.ListFormat('en', { type: 'disjunction' });
const and = new Intl.ListFormat('en', { type: 'conjunction' });

/**
 * Says that the filters hide the selected event, which is why the timeline does not show it, and
 * offers to show it: add one of its actors, match any actor, or clear the filters.
 */
export function HiddenEventNotice({ placement }: Props) {
  const eventId = useHiddenSelection();
  const dataset = useParley(selectDataset);
  const filters = useParley(selectFilters);
  const event = useEventById(eventId);
  const { toggleActor, setMatch, clearFilters, jumpToEvent } = useActions();
  if (eventId === null || dataset === null) return null;
  const position = dataset.eventIndex.get(eventId);
  if (position === undefined) return null;
  const name = (id: ActorId) => dataset.actorById.get(id)?.name ?? id;
  const chosen = (filters.match === 'all' ? and : or).format(filters.actors.map(name));
  const preferred = event?.participants.map((p) => p.actorId) ?? [];
  const ways = waysToShowEvent(dataset, position, filters, preferred);
  const apply = (way: ShowHiddenEvent) => {
    if (way.kind === 'add-actor') toggleActor(way.actorId);
    else if (way.kind === 'match-any') setMatch('any');
    else clearFilters();
    // The event is in the timeline again: bring it into view.
    jumpToEvent(eventId);
  };
  const label = (way: ShowHiddenEvent) =>
    way.kind === 'add-actor'
      ? `Add ${name(way.actorId)} to the filter`
      : way.kind === 'match-any'
        ? 'Show events with any chosen actor'
        : 'Clear filters';
  return (
    <div className={`notice hidden-event hidden-event-${placement}`}>
      <p>
        {event === undefined ? 'This event' : `“${event.title}”`} is not in the timeline: the filters show only events
        with {chosen}.
      </p>
      <p className="hidden-event-actions">
        {ways.map((way) => (
          <button key={way.kind} type="button" className="button" onClick={() => apply(way)}>
            {label(way)}
          </button>
        ))}
      </p>
    </div>
  );
}
