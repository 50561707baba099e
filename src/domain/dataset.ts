/**
 * The dataset as the app uses it: events sorted by their UTC instant, and indexes built once at
 * load so that lookups and filters never scan every event.
 */
import type {
  Actor,
  ActorId,
  DiplomaticEvent,
  EventId,
  Place,
  PlaceId,
  Quote,
  QuoteId,
  RawDataset,
  Redirect,
  Source,
  SourceId,
  Timeline,
} from './schema.ts';
import { eventColumns, type EventColumns } from './columns.ts';
import { timePointEnd, timePointStart } from './time.ts';

/** An event with the instants derived from its venue-local times. */
export interface TimelineEvent extends DiplomaticEvent {
  /** UTC ms of the start (its minute, or the start of its day in the venue's zone). */
  readonly startMs: number;
  /** UTC ms of the end (the end time, the end of the end day, or the end of the start day). */
  readonly endMs: number;
}

/**
 * Everything about a dataset but its events' details: complete from the start and never changed
 * once built. The details (title, summary, participants' roles, sources…) of a published dataset
 * arrive in chunks, into an `EventDetails` cache beside it (`details.ts`); a dataset built whole (at
 * build time, in tests) carries them as `events` (`WholeDataset`).
 */
export interface Dataset {
  /** What the dataset is about (timeline.json). */
  readonly timeline: Timeline;
  /** How many events there are, loaded or not. */
  readonly count: number;
  /** The per-event numbers of every event, loaded or not. */
  readonly columns: EventColumns;
  /** Events per published chunk: chunk k holds positions k × chunkSize onwards. */
  readonly chunkSize: number;
  readonly actors: readonly Actor[];
  readonly quotes: readonly Quote[];
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
  /** The redirect records themselves, with their reasons, as a JSON export writes them. */
  readonly redirectRecords: readonly Redirect[];
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

/** A dataset with every event's details, in the order they happened (`orderEvents`): the order every view uses. */
export interface WholeDataset extends Dataset {
  readonly events: readonly TimelineEvent[];
}

/** Calls `add` with each participant of the event at position `i`. */
type ParticipantWalk = (i: number, add: (actor: ActorId, i: number) => void) => void;

/**
 * For each actor, the sorted positions of the events they take part in or are quoted at.
 * `participants` walks event i's participants; speakers come from the quotes.
 */
function indexActors(
  ids: readonly string[],
  participants: ParticipantWalk,
  quotesByEvent: ReadonlyMap<EventId, readonly Quote[]>,
) {
  const byActor = new Map<ActorId, number[]>();
  const add = (a: ActorId, i: number) => {
    const list = byActor.get(a);
    if (list === undefined) byActor.set(a, [i]);
    // Each event is visited once, so a repeat can only be the position just added.
    else if (list[list.length - 1] !== i) list.push(i);
  };
  for (let i = 0; i < ids.length; i++) {
    // NOTE: the same order as a Set of participants then speakers, which decides the map's key order.
    participants(i, add);
    const quotes = quotesByEvent.get(ids[i] as EventId);
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

/** The validated data with the events in time order and their instants worked out, once, at build time. */
export interface CompiledDataset extends Omit<RawDataset, 'events'> {
  readonly events: readonly TimelineEvent[];
}

/**
 * The events in the order they happened, with their instants worked out (the time-zone work).
 * Events are ordered by start; an event placed only by `after` (a day or part of a day, then "after
 * the Oval Office meeting") cannot have started before the event it follows, so its start is at
 * least that event's, and on a tie it comes after it. Events the sources do not order keep the order
 * of the file: an id never decides the order.
 */
export function orderEvents(raw: readonly DiplomaticEvent[]): TimelineEvent[] {
  const byId = new Map(raw.map((e, i) => [e.id as string, i]));
  const timed = raw.map(toTimelineEvent);
  const depth = new Int32Array(raw.length);
  const settled = new Uint8Array(raw.length);
  const settle = (i: number, guard: number): void => {
    if (settled[i] === 1) return;
    settled[i] = 1;
    const target = byId.get(raw[i]?.start.after ?? '');
    // Validation rules out loops; the guard keeps a broken file from recursing forever.
    if (target === undefined || target === i || guard > raw.length) return;
    settle(target, guard + 1);
    const before = timed[target] as TimelineEvent;
    const own = timed[i] as TimelineEvent;
    depth[i] = (depth[target] ?? 0) + 1;
    if (before.startMs > own.startMs)
      timed[i] = { ...own, startMs: before.startMs, endMs: Math.max(own.endMs, before.startMs) };
  };
  for (let i = 0; i < raw.length; i++) settle(i, 0);
  const order = timed.map((_, i) => i);
  order.sort(
    (a, b) =>
      (timed[a] as TimelineEvent).startMs - (timed[b] as TimelineEvent).startMs ||
      (depth[a] ?? 0) - (depth[b] ?? 0) ||
      a - b,
  );
  return order.map((i) => timed[i] as TimelineEvent);
}

/** Sorts the events and works out their instants. */
export function compileDataset(raw: RawDataset): CompiledDataset {
  return { ...raw, events: orderEvents(raw.events) };
}

type Meta = Omit<RawDataset, 'events'>;

function makeDataset(meta: Meta, columns: EventColumns, participants: ParticipantWalk, chunkSize: number): Dataset {
  const { ids } = columns;
  const eventIndex = new Map<EventId, number>();
  for (let i = 0; i < ids.length; i++) eventIndex.set(ids[i] as EventId, i);
  const quotesByEvent = groupBy(meta.quotes, (q) => q.eventId);
  return {
    timeline: meta.timeline,
    count: ids.length,
    columns,
    chunkSize,
    actors: meta.actors,
    quotes: meta.quotes,
    eventIndex,
    actorById: indexBy(meta.actors, (a) => a.id),
    placeById: indexBy(meta.places, (p) => p.id),
    sourceById: indexBy(meta.sources, (s) => s.id),
    quoteById: indexBy(meta.quotes, (q) => q.id),
    quotesByEvent,
    eventsByActor: indexActors(ids, participants, quotesByEvent),
    redirects: resolveRedirects(meta),
    redirectRecords: meta.redirects,
  };
}

/** Every index, with every event loaded, from a compiled dataset (the build, the tests). */
export function indexDataset(compiled: CompiledDataset): WholeDataset {
  const { events, ...meta } = compiled;
  const participants: ParticipantWalk = (i, add) => {
    for (const p of (events[i] as TimelineEvent).participants) add(p.actorId, i);
  };
  return { ...makeDataset(meta, eventColumns(events), participants, Math.max(1, events.length)), events };
}

/** Builds the sorted events and every index from a validated dataset. */
export function buildDataset(raw: RawDataset): WholeDataset {
  return indexDataset(compileDataset(raw));
}

/** The event at `id` in a dataset held whole. */
export function eventById(dataset: WholeDataset, id: EventId): TimelineEvent | undefined {
  const i = dataset.eventIndex.get(id);
  return i === undefined ? undefined : dataset.events[i];
}

/*
 * The published form. The build writes the dataset as one index file, small enough to load before
 * the first paint at any size (everything but the events, and per event only its id, instants,
 * start date and participants: all that filters, rows and the overview need), and the events' details
 * in chunks of consecutive events, fetched when they come into view.
 */

export const INDEX_FORMAT = 'parley-index/3';
export const CHUNK_FORMAT = 'parley-chunk/2';
/** Events per chunk: about 60 KB of gzip, parsed in a few milliseconds. */
export const CHUNK_SIZE = 500;

export interface PublishedEvents {
  readonly ids: readonly string[];
  readonly startMs: readonly number[];
  readonly endMs: readonly number[];
  /** The distinct venue-local start dates, and for each event the position of its date in them. */
  readonly days: readonly string[];
  readonly dayOf: readonly number[];
  /** For each event, the positions in `actors` of its participants. */
  readonly participants: readonly (readonly number[])[];
  /** For each event, its topics as bits of positions in `TOPICS` (`columns.ts`). */
  readonly topics: readonly number[];
  /** For each event, the position of its kind in `KINDS`. */
  readonly kinds: readonly number[];
}

export interface PublishedIndex extends Meta {
  readonly format: typeof INDEX_FORMAT;
  readonly chunkSize: number;
  readonly events: PublishedEvents;
}

export interface PublishedChunk {
  readonly format: typeof CHUNK_FORMAT;
  /** The position of the chunk's first event. */
  readonly first: number;
  readonly events: readonly TimelineEvent[];
}

/** The index file and the chunk files of a compiled dataset. */
export function publishDataset(
  compiled: CompiledDataset,
  chunkSize = CHUNK_SIZE,
): { index: PublishedIndex; chunks: PublishedChunk[] } {
  const { events, ...meta } = compiled;
  const columns = eventColumns(events);
  const actorPos = new Map(meta.actors.map((a, i) => [a.id, i]));
  const index: PublishedIndex = {
    format: INDEX_FORMAT,
    ...meta,
    chunkSize,
    events: {
      ids: columns.ids,
      startMs: [...columns.startMs],
      endMs: [...columns.endMs],
      days: columns.days,
      dayOf: [...columns.dayOf],
      participants: events.map((e) => e.participants.map((p) => actorPos.get(p.actorId) ?? -1)),
      topics: [...columns.topics],
      kinds: [...columns.kindOf],
    },
  };
  const chunks: PublishedChunk[] = [];
  for (let first = 0; first < events.length; first += chunkSize) {
    chunks.push({ format: CHUNK_FORMAT, first, events: events.slice(first, first + chunkSize) });
  }
  return { index, chunks };
}

function metaOf({ timeline, actors, places, sources, quotes, redirects }: PublishedIndex): Meta {
  return { timeline, actors, places, sources, quotes, redirects };
}

/** The compiled dataset again, from its published index and all its chunks (the inverse of `publishDataset`). */
export function joinPublished(index: PublishedIndex, chunks: readonly PublishedChunk[]): CompiledDataset {
  return { ...metaOf(index), events: chunks.flatMap((c) => c.events) };
}

/** `dataset.json` → `dataset/3.json`: the chunks sit in a folder named after the index. */
export function chunkUrl(indexUrl: string, chunk: number): string {
  return `${indexUrl.replace(/\.json$/, '')}/${chunk}.json`;
}

/** A dataset from its index file: every index complete, no event's details loaded yet. */
export function datasetFromIndex(index: PublishedIndex): Dataset {
  const { chunkSize, events: published } = index;
  const meta = metaOf(index);
  const columns: EventColumns = {
    ids: published.ids,
    startMs: Float64Array.from(published.startMs),
    endMs: Float64Array.from(published.endMs),
    dayOf: Int32Array.from(published.dayOf),
    days: published.days,
    topics: Uint16Array.from(published.topics),
    kindOf: Uint8Array.from(published.kinds),
  };
  const actorIds = meta.actors.map((a) => a.id);
  const participants: ParticipantWalk = (i, add) => {
    for (const a of published.participants[i] ?? []) {
      const id = actorIds[a];
      if (id !== undefined) add(id, i);
    }
  };
  return makeDataset(meta, columns, participants, chunkSize);
}
