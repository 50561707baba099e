/** Reader-facing words for the dataset's codes, in one place so every view says the same thing. */
import type { Actor, EventKind, ParticipantRole, PartOfDay, SourceKind, Topic, Verification } from './schema.ts';

export const KIND_LABEL: Record<EventKind, string> = {
  announcement: 'Announcement',
  summit: 'Summit',
  'bilateral-meeting': 'Bilateral meeting',
  'multilateral-meeting': 'Multilateral meeting',
  'video-conference': 'Video conference',
  'phone-call': 'Phone call',
  'tv-interview': 'TV interview',
  'press-statement': 'Press statement',
  'social-post': 'Social media post',
  'policy-action': 'Policy action',
  document: 'Document',
  other: 'Other event',
};

export const ROLE_LABEL: Record<ParticipantRole, string> = {
  host: 'host',
  guest: 'guest',
  attendee: 'attendee',
  'delegation-member': 'delegation',
  interviewee: 'interviewee',
  interviewer: 'interviewer',
  author: 'author',
  caller: 'caller',
  called: 'called',
};

export const STATUS_LABEL = {
  scheduled: 'Scheduled',
  occurred: 'Took place',
  postponed: 'Postponed',
  cancelled: 'Cancelled',
} as const;

/**
 * The status as a card says it: nothing for an event that simply took place (most do, and saying so
 * on every card is noise), a word for the rest.
 */
export const STATUS_NOTE: Record<keyof typeof STATUS_LABEL, string | undefined> = {
  scheduled: 'Scheduled',
  occurred: undefined,
  postponed: 'Postponed',
  cancelled: 'Cancelled',
};

export const VERIFICATION_LABEL: Record<Verification, string> = {
  confirmed: 'Confirmed by two or more independent sources',
  reported: 'Reported by one source',
  'article-only': 'Only in the article; not found elsewhere',
  'not-verified': 'Not verified',
};

export const VERIFICATION_SHORT: Record<Verification, string> = {
  confirmed: 'Confirmed',
  reported: 'Single source',
  'article-only': 'Article only',
  'not-verified': 'Not verified',
};

/** Verification as a card says it: nothing when confirmed (the rule), a quiet note otherwise. */
export const VERIFICATION_NOTE: Record<Verification, string | undefined> = {
  confirmed: undefined,
  reported: 'Reported by one source',
  'article-only': 'Only in the article; not found elsewhere',
  'not-verified': 'Not verified',
};

export const FIDELITY_LABEL = {
  'verbatim-transcript': 'Verbatim, from a transcript',
  'as-reported': 'As reported by an outlet',
  paraphrase: 'Paraphrase',
} as const;

export const SOURCE_KIND_LABEL: Record<SourceKind, string> = {
  'official-transcript': 'official transcript',
  'official-statement': 'official statement',
  wire: 'wire service',
  'news-report': 'news report',
  'social-post': 'social media post',
  broadcast: 'broadcast',
  'web-page': 'web page',
  'imported-timeline': 'imported timeline',
};

export const TOPIC_LABEL: Record<Topic, string> = {
  ceasefire: 'Ceasefire',
  territory: 'Territory',
  'security-guarantees': 'Security guarantees',
  sanctions: 'Sanctions',
  'nato-membership': 'NATO membership',
  'prisoner-exchanges': 'Prisoner exchanges',
  energy: 'Energy',
  'military-aid': 'Military aid',
  economy: 'Economy',
  humanitarian: 'Humanitarian',
  'peace-deal': 'Peace deal',
  diplomacy: 'Diplomacy',
};

/** "sanctions", "security guarantees", "NATO membership": a topic inside a sentence. */
export function topicInSentence(topic: Topic): string {
  const label = TOPIC_LABEL[topic];
  // An acronym keeps its capitals.
  return /^[A-Z]{2}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

export const PART_OF_DAY_LABEL: Record<PartOfDay, string> = {
  morning: 'morning',
  afternoon: 'afternoon',
  evening: 'evening',
  night: 'night',
};

/** The office an actor held on `date` (YYYY-MM-DD); an office listed without dates counts as held then. */
export function officeOn(actor: Actor, date: string): string | undefined {
  const held = actor.offices.find(
    (o) => (o.from === undefined || o.from <= date) && (o.to === undefined || date <= o.to),
  );
  return held?.title;
}
