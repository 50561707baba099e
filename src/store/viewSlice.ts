/**
 * The view: the values of the table of view keys (`domain/view.ts`), and what a link asked for
 * that could not be shown. Every change goes through `setView`, which keeps the fields it is not
 * given, so a key added to the table is never dropped by an action written before it.
 */
import type { NotFound, Notice, ResolvedView } from '../domain/resolveView.ts';
import type { Density } from '../domain/density.ts';
import type { MatchMode } from '../domain/filter.ts';
import type { ActorId, EventId, QuoteId, Topic } from '../domain/schema.ts';
import { formatView } from '../domain/urlCodec.ts';
import { DEFAULT_VIEW, normaliseQuery, withoutFilters, type Display, type View } from '../domain/view.ts';
import type { GetState, SetState } from './store.ts';

export interface ViewSlice {
  readonly view: View;
  /** What a link asked for that could not be shown, in our words. */
  readonly notices: readonly Notice[];
  /** Set when a link named an event that does not exist. */
  readonly notFound: NotFound | null;
}

export interface ViewActions {
  /** Changes the given view keys and keeps the others. */
  setView(patch: Partial<View>): void;
  /** The view a link resolved to, with its notices (opening a page, Back and Forward). */
  showResolved(resolved: ResolvedView): void;
  toggleActor(actorId: ActorId): void;
  setMatch(match: MatchMode): void;
  toggleTopic(topic: Topic): void;
  setTopicMatch(match: MatchMode): void;
  /** Sets the search (normalised as the view keeps it); "" ends it. */
  setQuery(text: string): void;
  setDisplay(display: Display): void;
  /** Filters by these actors alone, with "any". */
  filterByActors(actors: readonly ActorId[]): void;
  clearFilters(): void;
  selectEvent(eventId: EventId | null, quoteId?: QuoteId | null): void;
  /** Selects an event and brings it into view, even when it was already selected but scrolled away. */
  goToEvent(eventId: EventId, quoteId?: QuoteId | null): void;
  /** Opens an event: selects it and, on narrow screens, opens its quotes over the timeline. */
  openEvent(eventId: EventId): void;
  setDensity(density: Density): void;
  dismissNotices(): void;
  /** The in-app address of `view` (the keys it does not give are at their defaults), base path included. */
  linkTo(view: Partial<View>): string;
  /** The absolute link to an event (and quote) in the view on screen, as a reader shares it. */
  shareLink(eventId: EventId, quoteId: QuoteId | null): string;
}

export function createViewSlice(set: SetState, get: GetState) {
  const setView = (patch: Partial<View>) => set({ view: { ...get().view, ...patch } });
  const actions: ViewActions = {
    setView,
    showResolved: ({ view, notices, notFound }) => set({ view, notices, notFound }),
    toggleActor(actorId) {
      const { actors } = get().view;
      setView({
        actors: actors.includes(actorId) ? actors.filter((a) => a !== actorId) : [...actors, actorId],
      });
    },
    setMatch: (match) => setView({ match }),
    toggleTopic(topic) {
      const { topics } = get().view;
      setView({ topics: topics.includes(topic) ? topics.filter((t) => t !== topic) : [...topics, topic].sort() });
    },
    setTopicMatch: (topicMatch) => setView({ topicMatch }),
    setQuery: (text) => {
      const q = normaliseQuery(text);
      if (q !== get().view.q) setView({ q });
    },
    setDisplay: (display) => setView({ display }),
    filterByActors: (actors) => setView({ actors, match: 'any' }),
    clearFilters: () => set({ view: withoutFilters(get().view) }),
    selectEvent(eventId, quoteId = null) {
      set({ view: { ...get().view, eventId, quoteId }, notFound: null });
    },
    goToEvent(eventId, quoteId = null) {
      get().actions.selectEvent(eventId, quoteId);
      get().actions.jumpToEvent(eventId);
    },
    openEvent(eventId) {
      get().actions.selectEvent(eventId);
      get().actions.openQuotes();
    },
    setDensity: (density) => setView({ density }),
    dismissNotices: () => set({ notices: [] }),
    linkTo: (view) => formatView({ ...DEFAULT_VIEW, ...view }, get().base),
    shareLink(eventId, quoteId) {
      const { view, origin, actions } = get();
      return new URL(actions.linkTo({ ...view, eventId, quoteId, embed: false }), origin).href;
    },
  };
  return { actions };
}
