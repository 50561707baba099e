import type { TimelineEvent } from '../domain/dataset.ts';
import { selectDataset } from '../store/selectors.ts';
import { useParley } from '../hooks/useParley.ts';

/** Where an event happened, or on which programme it aired; says so when neither is known. */
export function EventPlace({ event }: { event: TimelineEvent }) {
  const dataset = useParley(selectDataset);
  const place = event.placeId === undefined ? undefined : dataset?.placeById.get(event.placeId);
  const parts = [event.venueDetail, place?.name, place?.locality, place?.region].filter((p) => p !== undefined);
  const where = parts.length > 0 ? parts.join(', ') : undefined;
  const broadcast =
    event.broadcast === undefined ? undefined : `${event.broadcast.network}, ${event.broadcast.programme}`;
  return (
    <p className="event-place">
      {where !== undefined && <span>{where}</span>}
      {where !== undefined && broadcast !== undefined && ' · '}
      {broadcast !== undefined && <span>{broadcast}</span>}
      {where === undefined && broadcast === undefined && <span className="muted">Place not recorded</span>}
    </p>
  );
}
