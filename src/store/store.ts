/**
 * The one store, made per page: the dataset and its details as they arrive, the view (the table of
 * view keys' values), what the timeline has on screen, and the site's address. Everything shown is
 * derived from these by selectors and hooks; nothing derived is stored. The browser and the
 * prerender each make their own from the view they start with (`createParleyStore`); components get
 * it through context (`hooks/useParley.ts`), read it through selectors and call its actions.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Dataset, PublishedChunk } from '../domain/dataset.ts';
import { noDetails, type EventDetails } from '../domain/details.ts';
import type { NotFound, Notice, ResolvedView } from '../domain/resolveView.ts';
import { DEFAULT_VIEW } from '../domain/view.ts';
import { createDataSlice, type DataActions, type DataSlice } from './dataSlice.ts';
import { createSearchSlice, type SearchActions, type SearchSlice } from './searchSlice.ts';
import { createViewSlice, type ViewActions, type ViewSlice } from './viewSlice.ts';
import { createViewportSlice, type ViewportActions, type ViewportSlice } from './viewportSlice.ts';

/** Fetches chunk `k` of the events' details, already checked to be that chunk. */
export type ChunkLoader = (chunk: number) => Promise<PublishedChunk>;

export interface SiteSlice {
  /** The site's base path, e.g. "/" or "/parley/": every in-app link starts with it. */
  readonly base: string;
  /** The site's origin, for absolute links (shared links). */
  readonly origin: string;
}

export type Actions = DataActions & ViewActions & ViewportActions & SearchActions;

export interface ParleyState extends DataSlice, ViewSlice, ViewportSlice, SearchSlice, SiteSlice {
  /** Every action, in one object that never changes: `useParley((s) => s.actions)` never re-renders. */
  readonly actions: Actions;
}

export type ParleyStore = StoreApi<ParleyState>;
export type SetState = ParleyStore['setState'];
export type GetState = ParleyStore['getState'];

export interface StoreInit {
  readonly base: string;
  readonly origin: string;
  /** A dataset already here (the prerender, a hydrating page, tests), with the details it has. */
  readonly dataset?: Dataset;
  readonly details?: EventDetails;
  /** Where missing details come from; without it, only the details given are ever shown. */
  readonly loadChunk?: ChunkLoader;
  /** The view the page opens at, already checked against the dataset. */
  readonly resolved?: ResolvedView;
}

const NO_NOTICES: readonly Notice[] = [];

/** A store for one page. */
export function createParleyStore(init: StoreInit): ParleyStore {
  return createStore<ParleyState>()((set, get) => {
    const data = createDataSlice(set, get, init.loadChunk);
    const view = createViewSlice(set, get);
    const viewport = createViewportSlice(set, get);
    const search = createSearchSlice(set);
    const dataset = init.dataset ?? null;
    const notFound: NotFound | null = init.resolved?.notFound ?? null;
    return {
      base: init.base,
      origin: init.origin,
      status: dataset === null ? { kind: 'loading' } : { kind: 'ready' },
      dataset,
      details: init.details ?? (dataset === null ? null : noDetails(dataset)),
      detailsError: null,
      view: init.resolved?.view ?? DEFAULT_VIEW,
      notices: init.resolved?.notices ?? NO_NOTICES,
      notFound,
      range: null,
      jump: null,
      sheetOpen: false,
      searchHits: null,
      actions: { ...data.actions, ...view.actions, ...viewport.actions, ...search.actions },
    };
  });
}
