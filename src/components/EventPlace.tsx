import type { Dataset, TimelineEvent } from '../domain/dataset.ts';

/**
 * Where an event happened, and on which programme it aired, as one line; null when neither is known
 * (an unknown place is not news: the card then says nothing rather than "not recorded").
 */
export function placeText(event: TimelineEvent, dataset: Dataset | null): string | null {
  const place = event.placeId === undefined ? undefined : dataset?.placeById.get(event.placeId);
  // A city's own venue entry names it twice ("Budapest, Budapest"): each name is said once.
  const where = [...new Set([event.venueDetail, place?.name, place?.locality, place?.region])].filter(
    (p) => p !== undefined,
  );
  const parts = where.length > 0 ? [where.join(', ')] : [];
  if (event.broadcast !== undefined) parts.push(`${event.broadcast.network}, ${event.broadcast.programme}`);
  return parts.length === 0 ? null : parts.join(' · ');
}

/** The place line of a card's dateline. */
export function EventPlace({ text }: { text: string }) {
  return <span className="event-place">{text}</span>;
}
