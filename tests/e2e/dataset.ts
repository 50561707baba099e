/**
 * The expected answers, worked out from the served dataset.json independently of the app's code:
 * events in time order, who is involved in each, and the quotes said at each. The tests compare what
 * the reader sees with these, so they keep holding as the data grows.
 */
import type { Actor, DiplomaticEvent, Quote, RawDataset, TimePoint } from '../../src/domain/schema.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Oracle {
  /** Every event in the order they happened (the order the timeline promises; see `happenedOrder`). */
  readonly events: readonly DiplomaticEvent[];
  readonly total: number;
  actor(name: string): Actor;
  eventByTitle(title: string): DiplomaticEvent;
  /** Events an actor takes part in or is quoted at, in time order. */
  involving(actorName: string): DiplomaticEvent[];
  quotesAt(eventId: string): Quote[];
  isParticipant(event: DiplomaticEvent, actorName: string): boolean;
  /** The UTC instant of a `<time datetime>` value shown for an event (a plain date is midnight in the venue's zone). */
  instantOf(datetime: string, event: DiplomaticEvent): number;
}

/** Offset of `tz` from UTC at `utcMs`, in ms. */
function zoneOffset(utcMs: number, tz: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: tz,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(utcMs);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return (
    Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second')) - Math.floor(utcMs / 1000) * 1000
  );
}

/** Wall-clock date and time in `tz` to a UTC instant. */
export function zonedToUtc(date: string, time: string, tz: string): number {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const wall = Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0);
  const first = wall - zoneOffset(wall, tz);
  return wall - zoneOffset(first, tz);
}

/** Where each part of the day starts, as data/README.md says. */
const PART_OF_DAY_START = { morning: '05:00', afternoon: '12:00', evening: '17:00', night: '21:00' } as const;

/** The earliest instant a time point can be, by its precision. */
const startOf = (p: TimePoint) =>
  zonedToUtc(p.date, p.time ?? (p.partOfDay === undefined ? '00:00' : PART_OF_DAY_START[p.partOfDay]), p.tz);

/**
 * The order data/README.md promises: by start; an event placed "after" another starts no earlier
 * than it and comes right after it; otherwise the order of events.json (`fileOrder`).
 */
function happenedOrder(events: readonly DiplomaticEvent[], fileOrder: ReadonlyMap<string, number>): DiplomaticEvent[] {
  const byId = new Map(events.map((e) => [e.id as string, e]));
  const placed = new Map<string, { start: number; depth: number }>();
  const place = (e: DiplomaticEvent): { start: number; depth: number } => {
    const known = placed.get(e.id);
    if (known !== undefined) return known;
    const before = e.start.after === undefined ? undefined : byId.get(e.start.after);
    const own = startOf(e.start);
    const at =
      before === undefined
        ? { start: own, depth: 0 }
        : (() => {
            const b = place(before);
            return { start: Math.max(own, b.start), depth: b.depth + 1 };
          })();
    placed.set(e.id, at);
    return at;
  };
  return [...events].sort((a, b) => {
    const pa = place(a);
    const pb = place(b);
    return pa.start - pb.start || pa.depth - pb.depth || (fileOrder.get(a.id) ?? 0) - (fileOrder.get(b.id) ?? 0);
  });
}

const DATA_EVENTS = join(import.meta.dirname, '..', '..', 'data', 'events.json');

/**
 * The order of the events in data/events.json, when the site serves that dataset; a generated
 * dataset's events have no file order beyond the one served, so that one is used.
 */
function fileOrderOf(served: readonly DiplomaticEvent[]): Map<string, number> {
  const file = (JSON.parse(readFileSync(DATA_EVENTS, 'utf8')) as { events: { id: string }[] }).events;
  const order = new Map(file.map((e, i) => [e.id, i]));
  return served.every((e) => order.has(e.id)) ? order : new Map(served.map((e, i) => [e.id as string, i]));
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status} ${res.statusText}`);
  return (await res.json()) as T;
}

/**
 * The dataset the site serves: the index (dataset.json, with every list but the events) and the
 * events of every chunk (dataset/<k>.json), put together again.
 */
export async function loadServedDataset(baseUrl: string): Promise<RawDataset> {
  const index = await getJson<Omit<RawDataset, 'events'> & { chunkSize: number; events: { ids: string[] } }>(
    `${baseUrl}dataset.json`,
  );
  const count = Math.ceil(index.events.ids.length / index.chunkSize);
  const chunks = await Promise.all(
    Array.from({ length: count }, (_, k) => getJson<{ events: RawDataset['events'] }>(`${baseUrl}dataset/${k}.json`)),
  );
  return { ...index, events: chunks.flatMap((c) => c.events) };
}

export async function loadOracle(baseUrl: string): Promise<Oracle> {
  const raw = await loadServedDataset(baseUrl);
  const events = happenedOrder(raw.events, fileOrderOf(raw.events));
  const actor = (name: string): Actor => {
    const found = raw.actors.find((a) => a.name === name);
    if (found === undefined) throw new Error(`dataset.json has no actor named "${name}"`);
    return found;
  };
  const quotesAt = (eventId: string) => raw.quotes.filter((q) => q.eventId === eventId);
  return {
    events,
    total: events.length,
    actor,
    eventByTitle(title) {
      const matches = events.filter((e) => e.title === title);
      if (matches.length !== 1) throw new Error(`dataset.json has ${matches.length} events titled "${title}"`);
      return matches[0] as DiplomaticEvent;
    },
    involving(actorName) {
      const id = actor(actorName).id;
      return events.filter(
        (e) => e.participants.some((p) => p.actorId === id) || quotesAt(e.id).some((q) => q.speakerId === id),
      );
    },
    quotesAt,
    isParticipant(event, actorName) {
      const id = actor(actorName).id;
      return event.participants.some((p) => p.actorId === id);
    },
    instantOf(datetime, event) {
      if (/^\d{4}-\d{2}-\d{2}$/.test(datetime)) return zonedToUtc(datetime, '00:00', event.start.tz);
      const ms = Date.parse(datetime);
      if (Number.isNaN(ms)) throw new Error(`"${datetime}" (on "${event.title}") is not a valid datetime`);
      return ms;
    },
  };
}
