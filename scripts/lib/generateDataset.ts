/**
 * Synthetic Parley datasets of any size, for the benchmark (`npm run bench`) and for tests.
 *
 * Everything here is made up and says so: every actor, place, source, event and quote is labelled
 * "synthetic" in its name or title, so generated data can never pass for the curated dataset.
 * The output is a pure function of `(n, seed)` and passes `validateDataset`.
 */
import type {
  Actor,
  ActorId,
  DiplomaticEvent,
  EventId,
  EventKind,
  Participant,
  Place,
  PlaceId,
  Quote,
  QuoteId,
  RawDataset,
  Source,
  SourceId,
  SourceKind,
  Topic,
  Verification,
  Timeline,
} from '../../src/domain/schema.ts';
import { topicSchema } from '../../src/domain/schema.ts';

/** Days covered: about four years, from FIRST_DAY on. */
const SPAN_DAYS = 1461;
const FIRST_DAY = Date.UTC(2022, 0, 3);
const EVENTS_PER_SOURCE = 50;

const ACTOR_NAMES = [
  'Alder',
  'Birch',
  'Cedar',
  'Dogwood',
  'Elm',
  'Fir',
  'Ginkgo',
  'Hazel',
  'Juniper',
  'Larch',
  'Maple',
  'Oak',
];
const COLORS = [
  '#0a6fc0',
  '#b3261e',
  '#1e7a3c',
  '#7b3fa0',
  '#a15c00',
  '#00796b',
  '#c2185b',
  '#3f51b5',
  '#5d6b00',
  '#8d4b2a',
  '#006a8e',
  '#6b5e00',
];
const STATES = ['North', 'South', 'East', 'West'];

/** A few venues in different IANA zones, with and without daylight saving time. */
const PLACES: readonly [string, string, string][] = [
  ['anchorage', 'US', 'America/Anchorage'],
  ['washington', 'US', 'America/New_York'],
  ['brussels', 'BE', 'Europe/Brussels'],
  ['kyiv', 'UA', 'Europe/Kyiv'],
  ['moscow', 'RU', 'Europe/Moscow'],
  ['istanbul', 'TR', 'Europe/Istanbul'],
  ['riyadh', 'SA', 'Asia/Riyadh'],
  ['geneva', 'CH', 'Europe/Zurich'],
];

const KINDS: readonly EventKind[] = [
  'bilateral-meeting',
  'phone-call',
  'press-statement',
  'multilateral-meeting',
  'video-conference',
  'summit',
  'tv-interview',
  'social-post',
  'announcement',
];
/** Kinds that happen at a venue; the others (calls, posts) take the zone of the first actor's home. */
const AT_A_VENUE = new Set<EventKind>([
  'bilateral-meeting',
  'multilateral-meeting',
  'summit',
  'press-statement',
  'announcement',
]);
const TOPICS: readonly Topic[] = topicSchema.options;
const VERIFICATIONS: readonly Verification[] = [
  'confirmed',
  'confirmed',
  'confirmed',
  'reported',
  'article-only',
  'not-verified',
];
const SOURCE_KINDS: readonly SourceKind[] = [
  'wire',
  'news-report',
  'official-statement',
  'broadcast',
  'official-transcript',
  'social-post',
];

const WORDS = (
  'delegation talks envoy ministers agreed statement framework ceasefire proposal guarantees officials ' +
  'reported meeting summit leaders discussed security sanctions territory negotiation session briefing ' +
  'agenda draft text partners allies schedule venue exchange prisoners humanitarian corridor monitoring ' +
  'mission observers timeline next round working group experts review follow-up communique press ' +
  'conference interview remarks spokesperson confirmed later evening morning afternoon regional'
).split(' ');

/**
 * mulberry32: a small, fast, seedable PRNG; the same seed always gives the same sequence (the
 * synthetic datasets and the validation fuzz test both replay from a seed).
 */
export function makeRandom(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (below: number) => Math.floor(next() * below);
  const pick = <T>(list: readonly T[]): T => {
    const item = list[int(list.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  return { next, int, pick };
}
export type Random = ReturnType<typeof makeRandom>;

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const isoDay = (dayIndex: number) => new Date(FIRST_DAY + dayIndex * 86_400_000).toISOString().slice(0, 10);
const hhmm = (minutes: number) => `${pad(Math.floor(minutes / 60), 2)}:${pad(minutes % 60, 2)}`;

function sentence(rnd: Random, words: number): string {
  const list = Array.from({ length: words }, () => rnd.pick(WORDS));
  const text = list.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function makeActors(): Actor[] {
  return ACTOR_NAMES.map((name, i) => ({
    id: `synthetic-${name.toLowerCase()}` as ActorId,
    name: `${name} (synthetic actor)`,
    shortName: name,
    kind: 'person',
    affiliation: `Synthetic state ${STATES[i % STATES.length] ?? 'North'}`,
    offices: [{ title: 'Synthetic office for benchmark data' }],
    color: COLORS[i] ?? '#0a6fc0',
  }));
}

function makePlaces(): Place[] {
  return PLACES.map(([slug, countryCode, tz]) => ({
    id: `synthetic-${slug}` as PlaceId,
    name: `Synthetic venue near ${slug.charAt(0).toUpperCase()}${slug.slice(1)}`,
    countryCode,
    tz,
  }));
}

function makeSources(count: number, rnd: Random): Source[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `synthetic-source-${pad(i + 1, 5)}` as SourceId,
    kind: rnd.pick(SOURCE_KINDS),
    outlet: 'Synthetic Benchmark Wire',
    title: `Synthetic benchmark source ${i + 1}: not a real publication`,
    published: isoDay(Math.floor((i / count) * SPAN_DAYS)),
  }));
}

function makeParticipants(rnd: Random, actors: readonly Actor[], kind: EventKind, sourceId: SourceId): Participant[] {
  const count = kind === 'social-post' ? 1 : 1 + rnd.int(3);
  const chosen = new Set<ActorId>();
  while (chosen.size < count) chosen.add(rnd.pick(actors).id);
  return [...chosen].map((actorId, i) => ({
    actorId,
    role:
      kind === 'social-post'
        ? 'author'
        : kind === 'phone-call'
          ? i === 0
            ? 'caller'
            : 'called'
          : i === 0
            ? 'host'
            : 'guest',
    verification: rnd.pick(VERIFICATIONS),
    sourceIds: [sourceId],
  }));
}

function makeEvent(
  i: number,
  n: number,
  rnd: Random,
  actors: readonly Actor[],
  places: readonly Place[],
  sources: readonly Source[],
): DiplomaticEvent {
  const kind = rnd.pick(KINDS);
  const source = sources[Math.floor(i / EVENTS_PER_SOURCE) % sources.length] as Source;
  const participants = makeParticipants(rnd, actors, kind, source.id);
  const atVenue = AT_A_VENUE.has(kind);
  // Calls and posts have no venue: they take the zone of a place picked by the first actor.
  const place = places[
    atVenue ? rnd.int(places.length) : actors.findIndex((a) => a.id === participants[0]?.actorId) % places.length
  ] as Place;
  const date = isoDay(Math.floor((i * SPAN_DAYS) / n));
  const minutePrecision = rnd.next() < 0.8;
  // 08:00-21:55 local: never inside a daylight-saving gap in any of the zones used.
  const startMinute = 8 * 60 + 5 * rnd.int(168);
  const start = minutePrecision
    ? { date, time: hhmm(startMinute), tz: place.tz, precision: 'minute' as const }
    : { date, tz: place.tz, precision: 'day' as const };
  const hasEnd = minutePrecision && rnd.next() < 0.15;
  const end = hasEnd
    ? {
        date,
        time: hhmm(Math.min(23 * 60 + 55, startMinute + 30 + 5 * rnd.int(30))),
        tz: place.tz,
        precision: 'minute' as const,
      }
    : undefined;
  const topics = [...new Set([rnd.pick(TOPICS), rnd.pick(TOPICS)])];
  const names = participants.map((p) => actors.find((a) => a.id === p.actorId)?.shortName ?? '').join(', ');
  return {
    id: `${date}-synthetic-${pad(i + 1, 6)}` as EventId,
    title: `Synthetic event ${i + 1} (benchmark data): ${kind.replace(/-/g, ' ')} with ${names}`,
    summary: `Synthetic benchmark data, not a real event. ${sentence(rnd, 16)} ${sentence(rnd, 16)}`,
    kind,
    status: rnd.next() < 0.9 ? 'occurred' : rnd.pick(['scheduled', 'postponed', 'cancelled'] as const),
    start,
    ...(end === undefined ? {} : { end }),
    ...(atVenue ? { placeId: place.id } : {}),
    participants,
    topics,
    verification: rnd.pick(VERIFICATIONS),
    sourceIds: [source.id],
  };
}

function makeQuote(index: number, event: DiplomaticEvent, rnd: Random): Quote {
  const speaker = rnd.pick(event.participants);
  const sourceId = event.sourceIds[0] as SourceId;
  return {
    id: `synthetic-quote-${pad(index + 1, 6)}` as QuoteId,
    text: `Synthetic quote for benchmarking. ${sentence(rnd, 14)}`,
    speakerId: speaker.actorId,
    eventId: event.id,
    fidelity: 'as-reported',
    verification: 'reported',
    chain: [
      { relation: 'said-on', by: 'Synthetic Benchmark TV' },
      { relation: 'quoted-by', by: 'Synthetic Benchmark Wire', sourceId },
    ],
    sourceIds: [sourceId],
    topics: event.topics.slice(0, 1),
  };
}

/**
 * `n` synthetic events over about four years (2022-2025), 12 actors, one to three actors per event,
 * a ~40-word summary each, a quote on about one event in eight, and minute and day precision in
 * eight IANA zones. The same `(n, seed)` always gives the same dataset.
 */
export function generateDataset(n: number, seed: number): RawDataset {
  const rnd = makeRandom(seed);
  const actors = makeActors();
  const places = makePlaces();
  const sources = makeSources(Math.max(1, Math.ceil(n / EVENTS_PER_SOURCE)), rnd);
  const events: DiplomaticEvent[] = [];
  const quotes: Quote[] = [];
  for (let i = 0; i < n; i++) {
    const event = makeEvent(i, n, rnd, actors, places, sources);
    events.push(event);
    if (rnd.next() < 0.125) quotes.push(makeQuote(quotes.length, event, rnd));
  }
  return { timeline: syntheticTimeline(n, events), actors, places, sources, events, quotes, redirects: [] };
}

/** Says plainly what the dataset is: generated, not reported. */
function syntheticTimeline(n: number, events: readonly DiplomaticEvent[]): Timeline {
  const dates = events
    .map((e) => e.end?.date ?? e.start.date)
    .concat(events.map((e) => e.start.date))
    .sort();
  return {
    title: 'Synthetic timeline',
    subtitle: `${n} generated events for measuring Parley; none of them happened`,
    description: 'A generated dataset for benchmarks and tests. Its events, quotes and sources are not real.',
    language: 'en',
    coverage: { from: dates[0] ?? '2022-01-01', to: dates[dates.length - 1] ?? '2022-01-01' },
    updated: '2025-12-31',
    licence: { name: 'CC0 1.0' },
  };
}
