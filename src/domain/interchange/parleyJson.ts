/**
 * A view as Parley's own data: one JSON object with a key per data file (`timeline`, `actors`,
 * `places`, `sources`, `events`, `quotes`, `redirects`), holding the view's events and quotes, the
 * redirects that lead to those events, and only the actors, places and sources they refer to, so that each key written to its file gives a
 * data folder that `npm run validate` accepts.
 */
import type { TimelineEvent } from '../dataset.ts';
import type {
  ActorId,
  DiplomaticEvent,
  EventId,
  PlaceId,
  Quote,
  QuoteId,
  RawDataset,
  Source,
  SourceId,
  TimePoint,
} from '../schema.ts';
import type { ExportInput } from './types.ts';

/** The event as stored: without the instants the app works out, and without links to events outside the view. */
function storedEvent(e: TimelineEvent, inView: ReadonlySet<EventId>): DiplomaticEvent {
  const { startMs: _startMs, endMs: _endMs, partOf, follows, start, ...rest } = e;
  void _startMs;
  void _endMs;
  const { after, ...startRest } = start;
  const keptStart: TimePoint = after !== undefined && inView.has(after) ? start : startRest;
  return {
    ...rest,
    start: keptStart,
    ...(partOf !== undefined && inView.has(partOf) ? { partOf } : {}),
    ...(follows !== undefined && inView.has(follows) ? { follows } : {}),
  };
}

/** The quote as stored, its variants' links to quotes outside the view dropped (the wording stays). */
function storedQuote(q: Quote, inView: ReadonlySet<QuoteId>): Quote {
  if (q.variants === undefined) return q;
  return {
    ...q,
    variants: q.variants.map(({ quoteId, ...variant }) =>
      quoteId !== undefined && inView.has(quoteId) ? { ...variant, quoteId } : variant,
    ),
  };
}

/** Every source an event cites: its own, its time points', its participants' and its disagreements'. */
function eventSources(e: DiplomaticEvent): SourceId[] {
  return [
    ...e.sourceIds,
    ...(e.start.sourceIds ?? []),
    ...(e.end?.sourceIds ?? []),
    ...e.participants.flatMap((p) => p.sourceIds),
    ...(e.disagreements ?? []).flatMap((d) => d.accounts.flatMap((a) => a.sourceIds)),
  ];
}

/** Every source a quote cites: its own, its chain's and its variants'. */
function quoteSources(q: Quote): SourceId[] {
  return [
    ...q.sourceIds,
    ...q.chain.flatMap((h) => (h.sourceId === undefined ? [] : [h.sourceId])),
    ...(q.variants ?? []).flatMap((v) => v.sourceIds),
  ];
}

/** The view's data files' content. */
export function parleyData(input: ExportInput): RawDataset {
  const eventIds = new Set(input.events.map((e) => e.id));
  const quoteIds = new Set(input.quotes.map((q) => q.id));
  const events = input.events.map((e) => storedEvent(e, eventIds));
  const quotes = input.quotes.map((q) => storedQuote(q, quoteIds));
  const actorIds = new Set<ActorId>([
    ...events.flatMap((e) => e.participants.map((p) => p.actorId)),
    ...quotes.map((q) => q.speakerId),
  ]);
  const placeIds = new Set<PlaceId>(events.flatMap((e) => (e.placeId === undefined ? [] : [e.placeId])));
  const sourceIds = new Set<SourceId>([...events.flatMap(eventSources), ...quotes.flatMap(quoteSources)]);
  // A copy's original comes with it (`copyOf` must resolve), and so on up the chain.
  for (const id of sourceIds) {
    const original = input.sourceById.get(id)?.copyOf;
    if (original !== undefined) sourceIds.add(original);
  }
  const kept = <K, V>(map: ReadonlyMap<K, V>, ids: ReadonlySet<K>): V[] =>
    [...map].filter(([id]) => ids.has(id)).map(([, v]) => v);
  return {
    timeline: input.timeline,
    actors: kept(input.actorById, actorIds),
    places: kept(input.placeById, placeIds),
    sources: kept<SourceId, Source>(input.sourceById, sourceIds),
    events,
    quotes,
    // A retired id of an exported event keeps leading to it.
    redirects: [...input.redirects],
  };
}

/** The view as one JSON object with a key per data file, two-space indented. */
export function toParleyJson(input: ExportInput): string {
  return `${JSON.stringify(parleyData(input), null, 2)}\n`;
}
