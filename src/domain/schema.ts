/**
 * The dataset schema: one zod schema per data file. The same schemas generate the JSON Schemas in
 * `data/schema/` (`npm run schema`), so editors and the validator agree on every field.
 *
 * These schemas check shape only. Checks that span items or files (ids unique, references resolve,
 * start ≤ end, time zones real) live in `validate.ts`.
 */
import { z } from 'zod';
import { EVENT_KINDS, STANCES, TOPICS } from './vocabulary.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const EVENT_ID = /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const OFFSET = /^[+-](?:[01]\d|2[0-3]):[0-5]\d$/;
const COLOR = /^#[0-9a-fA-F]{6}$/;
const COUNTRY = /^[A-Z]{2}$/;
const WIKIDATA = /^Q[1-9]\d*$/;
/** The longest link a source or the licence may give (the importers refuse longer ones by the same bound). */
export const MAX_URL_LENGTH = 2000;

const slug = (what: string) =>
  z.string().max(80).regex(SLUG, `${what} must be lowercase words joined by hyphens (a-z, 0-9, -)`);

export const eventIdSchema = z
  .string()
  .max(100)
  .regex(EVENT_ID, 'event id must be the start date then a slug, e.g. "2025-08-15-alaska-summit"')
  .brand<'EventId'>();
export const actorIdSchema = slug('actor id').brand<'ActorId'>();
export const quoteIdSchema = slug('quote id').brand<'QuoteId'>();
export const sourceIdSchema = slug('source id').brand<'SourceId'>();
export const placeIdSchema = slug('place id').brand<'PlaceId'>();

export type EventId = z.infer<typeof eventIdSchema>;
export type ActorId = z.infer<typeof actorIdSchema>;
export type QuoteId = z.infer<typeof quoteIdSchema>;
export type SourceId = z.infer<typeof sourceIdSchema>;
export type PlaceId = z.infer<typeof placeIdSchema>;

/** Plain text of bounded length; markup is rejected in `validate.ts`. */
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
const date = z.string().regex(DATE, 'must be a date written YYYY-MM-DD');
const sourceIds = z.array(sourceIdSchema).min(1, 'must cite at least one source');

/** How well a fact is established (see data/README.md). */
export const verificationSchema = z.enum(['confirmed', 'reported', 'article-only', 'not-verified']);

/**
 * How much of a time point the sources give: a minute, an hour ("about 15:00"), a part of the day,
 * the day, only the month (or its early, middle or late third), or only the year. Never more than a
 * source says.
 */
export const precisionSchema = z.enum(['minute', 'hour', 'part-of-day', 'day', 'month', 'year']);
export const partOfDaySchema = z.enum(['morning', 'afternoon', 'evening', 'night']);
export const partOfMonthSchema = z.enum(['early', 'mid', 'late']);

export const timePointSchema = z.strictObject({
  /**
   * Calendar date in the venue's zone. With precision "month" it is the first day the period can
   * be: the 1st (the whole month, or its early third), the 11th ("mid") or the 21st ("late"). With
   * precision "year" it is 1 January of that year.
   */
  date,
  /** Wall-clock time in the venue's zone: with precision "minute", or "hour" (then HH:00). */
  time: z.string().regex(TIME, 'must be a 24-hour time written HH:MM').optional(),
  /** IANA time zone of the venue, e.g. "America/Anchorage". */
  tz: z.string().min(1).max(64),
  /**
   * The UTC offset of `time`, e.g. "-04:00": required when the clocks show that time twice (turned
   * back), allowed otherwise, and always one of the offsets the zone has at that time.
   */
  offset: z.string().regex(OFFSET, 'must be a UTC offset written +HH:MM or -HH:MM').optional(),
  precision: precisionSchema,
  /** With precision "part-of-day": which part. */
  partOfDay: partOfDaySchema.optional(),
  /** With precision "month": which third of the month, when a source says ("late October"). */
  partOfMonth: partOfMonthSchema.optional(),
  /**
   * The event, on the same day, that this one came right after, when the sources give only the
   * order ("after the Oval Office meeting"). Only with precision "day" or "part-of-day".
   */
  after: eventIdSchema.optional(),
  /** Whether the time comes from a published schedule, a report, or direct observation. */
  basis: z.enum(['scheduled', 'reported', 'observed']).optional(),
  /** Sources for this particular time, when they differ from the event's. */
  sourceIds: z.array(sourceIdSchema).optional(),
});

export const participantRoleSchema = z.enum([
  'host',
  'guest',
  'attendee',
  'delegation-member',
  'interviewee',
  'interviewer',
  'author',
  'caller',
  'called',
]);

export const participantSchema = z.strictObject({
  actorId: actorIdSchema,
  role: participantRoleSchema,
  verification: verificationSchema,
  sourceIds,
  /** A short qualification in our words, e.g. "by video link". */
  note: text(300).optional(),
});

/** One account of a disputed fact, labelled by who gives it. */
export const accountSchema = z.strictObject({
  /** "article": the article the project started from; "sources": the other sources cited. */
  from: z.enum(['article', 'sources']),
  says: text(600),
  sourceIds,
});

/** A point where the article and other sources disagree; both accounts are kept. */
export const disagreementSchema = z.strictObject({
  about: text(200),
  accounts: z.array(accountSchema).min(2, 'must record at least two accounts'),
  /** Which account the better sources support, and why, in our words. */
  assessment: text(600),
});

/** The closed topic vocabulary (data/README.md says what each covers). */
export const topicSchema = z.enum(TOPICS);

export const eventKindSchema = z.enum(EVENT_KINDS);

export const eventSchema = z.strictObject({
  /** Permanent id: the start date then a slug. Never reused or changed (see redirects.json). */
  id: eventIdSchema,
  title: text(140),
  /** Neutral summary in our own words. */
  summary: text(800),
  kind: eventKindSchema,
  status: z.enum(['scheduled', 'occurred', 'postponed', 'cancelled']),
  start: timePointSchema,
  end: timePointSchema.optional(),
  placeId: placeIdSchema.optional(),
  /** The room or part of the venue, e.g. "Oval Office", when a source gives it. */
  venueDetail: text(120).optional(),
  /** For broadcasts: the network and programme. */
  broadcast: z.strictObject({ network: text(80), programme: text(120) }).optional(),
  participants: z.array(participantSchema),
  /**
   * Topics of the vocabulary; may be empty (a timeline imported from elsewhere names none). The
   * bundled dataset gives every event at least one (tests/domain/bundledData.test.ts).
   */
  topics: z.array(topicSchema),
  /** The event this one is part of, e.g. the Oval Office bilateral within the White House meeting. */
  partOf: eventIdSchema.optional(),
  /** The event before this one in a series, e.g. the round of talks before this round. */
  follows: eventIdSchema.optional(),
  verification: verificationSchema,
  sourceIds,
  disagreements: z.array(disagreementSchema).optional(),
});

export const officeSchema = z.strictObject({
  title: text(160),
  from: date.optional(),
  to: date.optional(),
});

export const actorSchema = z.strictObject({
  /** Slug of the name, e.g. "volodymyr-zelenskyy". */
  id: actorIdSchema,
  name: text(100),
  shortName: text(40),
  kind: z.enum(['person', 'organisation', 'unnamed']),
  /** Country or organisation the actor acts for; the filter groups actors by it. */
  affiliation: text(80),
  countryCode: z.string().regex(COUNTRY, 'must be an ISO 3166-1 alpha-2 code').optional(),
  offices: z.array(officeSchema),
  /** Only where verified against Wikidata itself. */
  wikidataId: z.string().regex(WIKIDATA, 'must look like "Q22686"').optional(),
  color: z.string().regex(COLOR, 'must be a colour written #rrggbb'),
  aliases: z.array(text(80)).optional(),
});

export const placeSchema = z.strictObject({
  id: placeIdSchema,
  name: text(120),
  locality: text(80).optional(),
  region: text(80).optional(),
  countryCode: z.string().regex(COUNTRY, 'must be an ISO 3166-1 alpha-2 code'),
  tz: z.string().min(1).max(64),
  /** Coordinates only where a source gives them. */
  geo: z.strictObject({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).optional(),
});

export const sourceKindSchema = z.enum([
  'official-transcript',
  'official-statement',
  'wire',
  'news-report',
  'social-post',
  'broadcast',
  /** A linked page or media item whose kind is not known (an imported timeline's links). */
  'web-page',
  /** The timeline file a dataset's events were imported from. */
  'imported-timeline',
]);

export const sourceSchema = z.strictObject({
  id: sourceIdSchema,
  kind: sourceKindSchema,
  /** The publisher, when known. */
  outlet: text(100).optional(),
  title: text(300),
  /** Only a URL actually read or given by a source; never a guess. */
  url: z.string().max(MAX_URL_LENGTH).optional(),
  /** Publication date, when known. */
  published: date.optional(),
  /** Labels state-controlled media (TASS, RT, Sputnik…). */
  stateMedia: z.boolean().optional(),
  /** This document is a mirror or syndicated copy of that source. */
  copyOf: sourceIdSchema.optional(),
  /** Marks the article the project started from. */
  role: z.literal('origin-article').optional(),
  notes: text(600).optional(),
});

export const attributionHopSchema = z.strictObject({
  relation: z.enum(['said-on', 'posted-on', 'said-to', 'transcribed-by', 'quoted-by', 'repeated-by', 'paraphrased-by']),
  /** Who did this hop: a network, outlet or person. */
  by: text(100),
  sourceId: sourceIdSchema.optional(),
});

export const variantSchema = z.strictObject({
  text: text(1200),
  sourceIds,
  /** The quote record that holds this wording, when there is one. */
  quoteId: quoteIdSchema.optional(),
  note: text(400).optional(),
});

/**
 * How a quote stands on one of its topics, in a closed vocabulary (data/README.md defines each word):
 * Parley's editorial reading of the quoted words, never the speaker's own label.
 */
export const stanceSchema = z.enum(STANCES);

/** One stance of a quote: on which of its topics, which stance, and what it is about in a few neutral words. */
export const quoteStanceSchema = z.strictObject({
  /** One of the quote's own `topics`; a quote gives at most one stance per topic (`crossChecks.ts`). */
  topic: topicSchema,
  stance: stanceSchema,
  /** What the stance is about, in our own words, e.g. "a deal within 50 days, or tariffs". Never a quotation. */
  note: text(160).optional(),
});

export const quoteSchema = z.strictObject({
  id: quoteIdSchema,
  /** The words exactly as the cited source prints them. */
  text: text(1200),
  speakerId: actorIdSchema,
  /** Where it was said; absent when no source says. */
  eventId: eventIdSchema.optional(),
  fidelity: z.enum(['verbatim-transcript', 'as-reported', 'paraphrase']),
  verification: verificationSchema,
  /** The reporting chain, from the utterance to the outlet that printed it. */
  chain: z.array(attributionHopSchema).min(1, 'must have at least the first hop'),
  sourceIds,
  variants: z.array(variantSchema).optional(),
  /** Topics of the vocabulary; may be empty, as an event's. */
  topics: z.array(topicSchema),
  /** Parley's reading of where the words stand on the quote's topics; absent where none is clear. */
  stances: z.array(quoteStanceSchema).min(1, 'must give at least one stance, or be left out').optional(),
  notes: text(600).optional(),
});

export const redirectSchema = z.strictObject({
  from: eventIdSchema,
  to: eventIdSchema,
  reason: text(200),
});

const LANGUAGE = /^[a-z]{2,3}(?:-[A-Z]{2})?$/;

/** A named period of the timeline, e.g. an imported TimelineJS era: its title and first and last dates. */
export const eraSchema = z.strictObject({
  title: text(100),
  from: date,
  to: date,
});

/** `timeline.json`: what the dataset is about, in its own words; the page's titles and header come from it. */
export const timelineSchema = z.strictObject({
  $schema: z.string().optional(),
  /** The page title and header, e.g. "Talks on ending the war in Ukraine". */
  title: text(100),
  /** One line under the title. */
  subtitle: text(200),
  /** A sentence or two for search engines and link previews. */
  description: text(300),
  /** BCP 47 language tag of the text, e.g. "en" or "en-GB". */
  language: z.string().regex(LANGUAGE, 'must be a language tag such as "en" or "en-GB"'),
  /** The first and last dates the timeline covers; every event falls within them. */
  coverage: z.strictObject({ from: date, to: date }),
  /** When the editors last changed the data. */
  updated: date,
  /** What readers should know about how the timeline is made. */
  editorsNote: text(1200).optional(),
  /** The licence of the text (names, summaries, notes); quotations stay their speakers'. */
  licence: z.strictObject({ name: text(120), url: z.string().max(MAX_URL_LENGTH).optional() }),
  /**
   * Named periods the overview draws behind its lanes ("Tang dynasty", "the Istanbul rounds"): from
   * and to are dates within the coverage, from ≤ to (`crossChecks.ts`).
   */
  eras: z.array(eraSchema).optional(),
});

const fileOf = <K extends string, T extends z.ZodType>(key: K, item: T) =>
  z.strictObject({
    $schema: z.string().optional(),
    [key]: z.array(item),
  } as { $schema: z.ZodOptional<z.ZodString> } & Record<K, z.ZodArray<T>>);

/** Each data file, its top-level key and its schema. */
export const FILES = {
  'actors.json': { key: 'actors', item: 'actor', schema: fileOf('actors', actorSchema) },
  'places.json': { key: 'places', item: 'place', schema: fileOf('places', placeSchema) },
  'sources.json': { key: 'sources', item: 'source', schema: fileOf('sources', sourceSchema) },
  'events.json': { key: 'events', item: 'event', schema: fileOf('events', eventSchema) },
  'quotes.json': { key: 'quotes', item: 'quote', schema: fileOf('quotes', quoteSchema) },
  'redirects.json': { key: 'redirects', item: 'redirect', schema: fileOf('redirects', redirectSchema) },
} as const;

export type FileName = keyof typeof FILES;
export const FILE_NAMES = Object.keys(FILES) as FileName[];

/** The file that describes the dataset as a whole (one object, not a list). */
export const TIMELINE_FILE = 'timeline.json';
/** Every file a data folder holds. */
export type DataFileName = FileName | typeof TIMELINE_FILE;
export const DATA_FILE_NAMES: readonly DataFileName[] = [TIMELINE_FILE, ...FILE_NAMES];

export type TimePoint = z.infer<typeof timePointSchema>;
export type Precision = z.infer<typeof precisionSchema>;
export type PartOfDay = z.infer<typeof partOfDaySchema>;
export type PartOfMonth = z.infer<typeof partOfMonthSchema>;
export type Participant = z.infer<typeof participantSchema>;
export type ParticipantRole = z.infer<typeof participantRoleSchema>;
export type Disagreement = z.infer<typeof disagreementSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type EventKind = z.infer<typeof eventKindSchema>;
export type Verification = z.infer<typeof verificationSchema>;
export type DiplomaticEvent = z.infer<typeof eventSchema>;
export type Office = z.infer<typeof officeSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type SourceKind = z.infer<typeof sourceKindSchema>;
export type AttributionHop = z.infer<typeof attributionHopSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Stance = z.infer<typeof stanceSchema>;
export type QuoteStance = z.infer<typeof quoteStanceSchema>;
export type Redirect = z.infer<typeof redirectSchema>;
export type Era = z.infer<typeof eraSchema>;
export type Timeline = Omit<z.infer<typeof timelineSchema>, '$schema'>;

/** The raw dataset as stored: one array per file. */
export interface RawDataset {
  timeline: Timeline;
  actors: Actor[];
  places: Place[];
  sources: Source[];
  events: DiplomaticEvent[];
  quotes: Quote[];
  redirects: Redirect[];
}
