/**
 * The dataset as the app uses it: events sorted by their UTC instant, and indexes built once at
 * load so that lookups and filters never scan every event.
 */
import type {
  Actor, ActorId, DiplomaticEvent, EventId, Place, PlaceId, Quote, QuoteId, RawDataset, Source, SourceId,
} from './schema';
import { timePointEnd, timePointStart } from './time';

/** An event with the instants derived from its venue-local times. */
export interface TimelineEvent extends DiplomaticEvent {
  /** UTC ms of the start (its minute, or the start of its day in the venue's zone). */
  readonly startMs: number;
  /** UTC ms of the end (the end time, the end of the end day, or the end of the start day). */
  readonly endMs: number;
}

export interface Dataset {
  /** Events in time order (ties broken by id), the order every view uses. */
  readonly events: readonly TimelineEvent[];
  readonly actors: readonly Actor[];
  readonly quotes: readonly Quote[];
  readonly eventById: ReadonlyMap<EventId, TimelineEvent>;
  /** Position of each event in `events`. */
  readonly eventIndex: ReadonlyMap<EventId, number>;
  readonly actorById: ReadonlyMap<ActorId, Actor>;
  readonly placeById: ReadonlyMap<PlaceId, Place>;
  readonly sourceById: ReadonlyMap<SourceId, Source>;
  readonly quoteById: ReadonlyMap<QuoteId, Quote>;
  /** Quotes said at each event, in dataset order. */
  readonly quotesByEvent: ReadonlyMap<EventId, readonly Quote[]>;
  /** For each actor, the sorted positions of the events that involve them (participant or speaker). */
  readonly eventsByActor: ReadonlyMap<ActorId, readonly number[]>;
  /** Retired event id → current id, already followed to the end of any chain. */
  readonly redirects: ReadonlyMap<string, EventId>;
}

function toTimelineEvent(e: DiplomaticEvent): TimelineEvent {
  const startMs = timePointStart(e.start);
  const endMs = e.end === undefined ? timePointEnd(e.start) : Math.max(startMs, timePointEnd(e.end));
  return { ...e, startMs, endMs };
}

function groupBy<K, V>(items: readonly V[], key: (v: V) => K | undefined): Map<K, V[]> {
  const out = new Map<K, V[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function indexActors(events: readonly TimelineEvent[], quotesByEvent: ReadonlyMap<EventId, readonly Quote[]>) {
  const byActor = new Map<ActorId, number[]>();
  events.forEach((e, i) => {
    const involved = new Set<ActorId>(e.participants.map((p) => p.actorId));
    for (const q of quotesByEvent.get(e.id) ?? []) involved.add(q.speakerId);
    for (const a of involved) {
      const list = byActor.get(a);
      if (list) list.push(i);
      else byActor.set(a, [i]);
    }
  });
  return byActor;
}

function resolveRedirects(raw: RawDataset): Map<string, EventId> {
  const direct = new Map(raw.redirects.map((r) => [r.from as string, r.to]));
  const out = new Map<string, EventId>();
  for (const from of direct.keys()) {
    let to = direct.get(from);
    for (let hops = 0; to !== undefined && direct.has(to) && hops < direct.size; hops++) to = direct.get(to);
    if (to !== undefined) out.set(from, to);
  }
  return out;
}

/** Builds the sorted events and every index from a validated dataset. */
export function buildDataset(raw: RawDataset): Dataset {
  const events = raw.events
    .map(toTimelineEvent)
    .sort((a, b) => a.startMs - b.startMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const quotesByEvent = groupBy(raw.quotes, (q) => q.eventId);
  return {
    events,
    actors: raw.actors,
    quotes: raw.quotes,
    eventById: new Map(events.map((e) => [e.id, e])),
    eventIndex: new Map(events.map((e, i) => [e.id, i])),
    actorById: new Map(raw.actors.map((a) => [a.id, a])),
    placeById: new Map(raw.places.map((p) => [p.id, p])),
    sourceById: new Map(raw.sources.map((s) => [s.id, s])),
    quoteById: new Map(raw.quotes.map((q) => [q.id, q])),
    quotesByEvent,
    eventsByActor: indexActors(events, quotesByEvent),
    redirects: resolveRedirects(raw),
  };
}
