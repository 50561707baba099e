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
  const add = (a: ActorId, i: number) => {
    const list = byActor.get(a);
    if (list === undefined) byActor.set(a, [i]);
    // Each event is visited once, so a repeat can only be the position just added.
    else if (list[list.length - 1] !== i) list.push(i);
  };
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as TimelineEvent;
    // NOTE: the same order as a Set of participants then speakers, which decides the map's key order.
    for (const p of e.participants) add(p.actorId, i);
    const quotes = quotesByEvent.get(e.id);
    if (quotes !== undefined) for (const q of quotes) add(q.speakerId, i);
  }
  return byActor;
}

function resolveRedirects(raw: Pick<RawDataset, 'redirects'>): Map<string, EventId> {
  const direct = new Map(raw.redirects.map((r) => [r.from as string, r.to]));
  const out = new Map<string, EventId>();
  for (const from of direct.keys()) {
    let to = direct.get(from);
    for (let hops = 0; to !== undefined && direct.has(to) && hops < direct.size; hops++) to = direct.get(to);
    if (to !== undefined) out.set(from, to);
  }
  return out;
}

/** A map from each item's key to the item; a later item with the same key wins, as with `new Map(pairs)`. */
function indexBy<K, V>(items: readonly V[], key: (v: V) => K): Map<K, V> {
  const out = new Map<K, V>();
  for (const item of items) out.set(key(item), item);
  return out;
}

/**
 * The dataset as the build publishes it: the validated data with the events already in time order
 * and their instants worked out, so that the browser only builds indexes. `format` tells it apart
 * from the raw files.
 */
export interface CompiledDataset extends Omit<RawDataset, 'events'> {
  readonly format: typeof COMPILED_FORMAT;
  readonly events: readonly TimelineEvent[];
}

export const COMPILED_FORMAT = 'parley-compiled/1';

/** Sorts the events and works out their instants (the time-zone work), once, at build time. */
export function compileDataset(raw: RawDataset): CompiledDataset {
  const events = raw.events
    .map(toTimelineEvent)
    .sort((a, b) => a.startMs - b.startMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { format: COMPILED_FORMAT, ...raw, events };
}

/** Every index, from a compiled dataset; the events are used as they are, not copied. */
export function indexDataset(compiled: CompiledDataset): Dataset {
  const { events } = compiled;
  const eventIndex = new Map<EventId, number>();
  for (let i = 0; i < events.length; i++) eventIndex.set((events[i] as TimelineEvent).id, i);
  const quotesByEvent = groupBy(compiled.quotes, (q) => q.eventId);
  return {
    events,
    actors: compiled.actors,
    quotes: compiled.quotes,
    eventById: indexBy(events, (e) => e.id),
    eventIndex,
    actorById: indexBy(compiled.actors, (a) => a.id),
    placeById: indexBy(compiled.places, (p) => p.id),
    sourceById: indexBy(compiled.sources, (s) => s.id),
    quoteById: indexBy(compiled.quotes, (q) => q.id),
    quotesByEvent,
    eventsByActor: indexActors(events, quotesByEvent),
    redirects: resolveRedirects(compiled),
  };
}

/** Builds the sorted events and every index from a validated dataset. */
export function buildDataset(raw: RawDataset): Dataset {
  return indexDataset(compileDataset(raw));
}
