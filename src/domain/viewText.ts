/** What a view holds, in words, for the printed page: its count and every filter that narrows it. */
import type { MatchMode } from './filter.ts';
import { formatCount } from './format.ts';
import { topicInSentence } from './labels.ts';
import type { Topic } from './schema.ts';

export interface ViewTextInput {
  /** Events the view shows. */
  readonly shown: number;
  /** Events in the dataset. */
  readonly total: number;
  /** The chosen actors' names, in the order chosen. */
  readonly actorNames: readonly string[];
  readonly match: MatchMode;
  readonly topics: readonly Topic[];
  readonly topicMatch: MatchMode;
  /** The search, as the view keeps it; "" for none. */
  readonly query: string;
}

const lists: Record<MatchMode, Intl.ListFormat> = {
  any: new Intl.ListFormat('en', { type: 'disjunction' }),
  all: new Intl.ListFormat('en', { type: 'conjunction' }),
};

/** The filters' part of a view's description, the same fields as `ViewTextInput` without the counts. */
export type FilterWords = Omit<ViewTextInput, 'shown' | 'total'>;

/**
 * What narrows a view, in words, or "" when nothing does: "with Vladimir Putin or Steve Witkoff,
 * on sanctions, matching “Rubio”" (actors, then topics, then the search; "or" for any, "and" for all).
 */
export function filterWords({ actorNames, match, topics, topicMatch, query }: FilterWords): string {
  return [
    ...(actorNames.length > 0 ? [`with ${lists[match].format(actorNames)}`] : []),
    ...(topics.length > 0 ? [`on ${lists[topicMatch].format(topics.map(topicInSentence))}`] : []),
    ...(query !== '' ? [`matching “${query}”`] : []),
  ].join(', ');
}

/**
 * "All 104 events", or the count and what narrows it: "14 of 104 events: those with Vladimir Putin
 * or Steve Witkoff, on sanctions, matching “Rubio”".
 */
export function viewText({ shown, total, ...filters }: ViewTextInput): string {
  const words = filterWords(filters);
  const events = total === 1 ? 'event' : 'events';
  if (words === '') return `All ${formatCount(total)} ${events}`;
  return `${formatCount(shown)} of ${formatCount(total)} ${events}: those ${words}`;
}
