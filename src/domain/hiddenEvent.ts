/**
 * Why the filters hide an event, and what would bring it back: the actor filter, the topic filter
 * or the search, each tested on its own with a few binary searches and one event's topic bits.
 */
import { topicsOfBits } from './columns.ts';
import type { Dataset } from './dataset.ts';
import { NO_FILTERS, eventPassesFilters, type Filters } from './filter.ts';
import { waysToShowEvent } from './quotes.ts';
import type { ActorId, Topic } from './schema.ts';

/** Which of the filters leave the event out. */
export interface HiddenBy {
  readonly actors: boolean;
  readonly topics: boolean;
  readonly search: boolean;
}

/** Which filters leave out the event at `position` (all false when it is shown). */
export function hiddenBy(dataset: Dataset, position: number, filters: Filters): HiddenBy {
  const passes = (f: Partial<Filters>) => eventPassesFilters(dataset, position, { ...NO_FILTERS, ...f });
  return {
    actors: !passes({ actors: filters.actors, match: filters.match }),
    topics: !passes({ topics: filters.topics, topicMatch: filters.topicMatch }),
    search: !passes({ search: filters.search }),
  };
}

/** A way to bring back an event the filters hide. */
export type ShowWay =
  | { readonly kind: 'add-actor'; readonly actorId: ActorId }
  | { readonly kind: 'match-any' }
  | { readonly kind: 'add-topic'; readonly topic: Topic }
  | { readonly kind: 'topic-match-any' }
  | { readonly kind: 'clear-topics' }
  | { readonly kind: 'clear-search' }
  | { readonly kind: 'clear' };

/**
 * How the reader can show an event the filters hide, gentlest first, for each filter that hides
 * it: for the actors, add one of its actors or match any of them (`waysToShowEvent`); for the
 * topics, with "any" add one of its topics, with "all" match any when it is on one of them, or
 * clear the topics; clear the search; and, unless that already clears them all, clear every filter.
 */
export function waysToShow(
  dataset: Dataset,
  position: number,
  filters: Filters,
  preferred: readonly ActorId[] = [],
): ShowWay[] {
  const by = hiddenBy(dataset, position, filters);
  const ways: ShowWay[] = [];
  if (by.actors) ways.push(...waysToShowEvent(dataset, position, filters, preferred).filter((w) => w.kind !== 'clear'));
  if (by.topics) {
    const own = topicsOfBits(dataset.columns.topics[position] ?? 0);
    const extra = own.find((t) => !filters.topics.includes(t));
    if (filters.topicMatch === 'any' && extra !== undefined) ways.push({ kind: 'add-topic', topic: extra });
    else if (filters.topicMatch === 'all' && own.some((t) => filters.topics.includes(t)))
      ways.push({ kind: 'topic-match-any' });
    ways.push({ kind: 'clear-topics' });
  }
  if (by.search) ways.push({ kind: 'clear-search' });
  // Topics alone or the search alone: its own Clear already clears every filter.
  const alone = filters.actors.length === 0 && (filters.topics.length === 0 || filters.search === null);
  if (!alone) ways.push({ kind: 'clear' });
  return ways;
}
