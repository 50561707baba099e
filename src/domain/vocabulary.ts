/**
 * The closed vocabularies that the app needs at run time as well as the schema: kept apart from
 * `schema.ts` so that the browser bundle gets the words without the validator.
 */

/** The topics an event or quote can name (data/README.md says what each covers). */
export const TOPICS = [
  'ceasefire',
  'territory',
  'security-guarantees',
  'sanctions',
  'nato-membership',
  'prisoner-exchanges',
  'energy',
  'military-aid',
  'economy',
  'humanitarian',
  'peace-deal',
  'diplomacy',
] as const;

/**
 * What kind of event it was. The published index stores a kind as its position in this list: add
 * new kinds at the end. "other" is an event of a kind the list does not name (an imported one).
 */
export const EVENT_KINDS = [
  'announcement',
  'summit',
  'bilateral-meeting',
  'multilateral-meeting',
  'video-conference',
  'phone-call',
  'tv-interview',
  'press-statement',
  'social-post',
  'policy-action',
  'document',
  'other',
] as const;

/** How a quote's words stand on one of its topics: Parley's editorial reading (data/README.md, "Stances"). */
export const STANCES = ['supports', 'opposes', 'conditional', 'undecided', 'describes'] as const;
