/**
 * Build-time rendering: the markup and head of one page of the static site, rendered by the same
 * components, store and URL logic as the app, so the app can take the page over without a change of layout.
 */
import { renderToString } from 'react-dom/server';
import { clipAtWord } from './escapeAttr.ts';
import { pageHead, type PageMeta } from './pageHead.ts';
import { App } from '../App.tsx';
import { provideOverview } from '../components/LazyOverview.tsx';
import { StaticRenderContext } from '../hooks/useIsServerRender.ts';
import { Overview } from '../components/Overview.tsx';
import { PageNotFound } from '../components/PageNotFound.tsx';
import { buildDataset, eventById, type Dataset, type TimelineEvent } from '../domain/dataset.ts';
import { eventTimeText } from '../domain/eventTime.ts';
import type { RawDataset } from '../domain/schema.ts';
import { DEFAULT_URL_STATE, formatUrlState } from '../domain/urlState.ts';
import { useTimelineStore, type TimelineState } from '../store/timelineStore.ts';
import { titleOf, viewFromUrl } from '../store/viewFromUrl.ts';
import { useViewportStore } from '../store/viewportStore.ts';

export interface RenderedPage {
  /** The markup that goes inside `#root`. */
  readonly html: string;
  /** Tags for `<head>` (description, canonical, Open Graph, Twitter), without the `<title>`. */
  readonly head: string;
  readonly title: string;
  /**
   * The path the markup shows the app at (with no query), which the browser can hydrate when it is
   * at that path; null for the not-found page, which the app replaces.
   */
  readonly appPath: string | null;
}

export interface RenderOptions {
  /** Absolute origin for canonical and og:url (SITE_ORIGIN); absent: a root-relative canonical and no og:url. */
  readonly origin?: string | undefined;
  /** The description of the site as a whole, used by the home page. */
  readonly siteDescription?: string;
}

// Prerendered pages show the overview in full; in the browser its code is a chunk of its own.
provideOverview(Overview);

const SITE_DESCRIPTION = 'A sourced timeline of diplomatic events: who met, when, what was said, and who reported it.';
const listFormat = new Intl.ListFormat('en', { type: 'conjunction' });
const datasets = new WeakMap<RawDataset, Dataset>();

function datasetOf(raw: RawDataset): Dataset {
  let ds = datasets.get(raw);
  if (ds === undefined) {
    ds = buildDataset(raw);
    datasets.set(raw, ds);
  }
  return ds;
}

/**
 * Runs `render` with the store holding `state`, as the server sees the page at `href`.
 * NOTE: on the server zustand's hooks read `getInitialState()` (their server snapshot), never the
 * current state, and the store is the app's module-level one; so the initial-state object itself is
 * filled with the page's state while rendering and put back afterwards. Builds render one page at a time.
 * Some components also read `window` while rendering (ShareLinks builds an absolute link from
 * `window.location`); on the server a stand-in holds the page's own address.
 */
function asServer<T>(href: string, state: TimelineState, render: () => T): T {
  const initial = useTimelineStore.getInitialState();
  const saved = {
    initial: { ...initial },
    current: useTimelineStore.getState(),
    viewport: useViewportStore.getState(),
  };
  const g = globalThis as { window?: unknown };
  const noWindow = typeof window === 'undefined';
  useViewportStore.setState(useViewportStore.getInitialState(), true);
  useTimelineStore.setState(state, true);
  Object.assign(initial, state);
  if (noWindow) g.window = { location: new URL(href) };
  try {
    return render();
  } finally {
    Object.assign(initial, saved.initial);
    useTimelineStore.setState(saved.current, true);
    useViewportStore.setState(saved.viewport, true);
    if (noWindow) delete g.window;
  }
}

function eventMeta(ds: Dataset, e: TimelineEvent): Omit<PageMeta, 'title' | 'path' | 'origin'> {
  const names = e.participants.flatMap((p) => ds.actorById.get(p.actorId)?.name ?? []);
  const when = eventTimeText(e).label;
  const who = names.length > 0 ? ` — ${listFormat.format(names)}` : '';
  return {
    description: clipAtWord(e.summary, 160),
    ogType: 'article',
    ogTitle: e.title,
    ogDescription: clipAtWord(`${when}${who}. ${e.summary}`, 300),
  };
}

/** Renders the page at `url` (a path under `base`, with any query and hash) from the raw dataset. */
export function renderPage(raw: RawDataset, url: string, base: string, options: RenderOptions = {}): RenderedPage {
  const dataset = datasetOf(raw);
  const address = new URL(url, options.origin ?? 'http://localhost');
  const view = viewFromUrl(dataset, address, base);
  const state: TimelineState = { ...useTimelineStore.getInitialState(), dataset, status: { kind: 'ready' }, ...view };
  const html = asServer(address.href, state, () =>
    renderToString(
      <StaticRenderContext value>
        <App />
      </StaticRenderContext>,
    ),
  );
  const title = titleOf(state);
  const event = view.selection.eventId === null ? undefined : eventById(dataset, view.selection.eventId);
  const siteDescription = options.siteDescription ?? SITE_DESCRIPTION;
  const meta: PageMeta = {
    title,
    origin: options.origin,
    path: view.notFound !== null ? null : formatUrlState({ ...DEFAULT_URL_STATE, eventId: event?.id ?? null }, base),
    ...(event === undefined
      ? {
          description: siteDescription,
          ogType: 'website',
          ogTitle: title,
          ogDescription: siteDescription,
          noindex: view.notFound !== null,
        }
      : eventMeta(dataset, event)),
  };
  return { html, head: pageHead(meta), title, appPath: address.pathname };
}

/** The static host's 404.html: a not-found message, a link home and every event. */
export function renderNotFoundPage(raw: RawDataset, base: string, options: RenderOptions = {}): RenderedPage {
  const dataset = datasetOf(raw);
  const title = 'Page not found — Parley';
  const html = asServer(
    new URL(base, options.origin ?? 'http://localhost').href,
    useTimelineStore.getInitialState(),
    () =>
      renderToString(
        <StaticRenderContext value>
          <PageNotFound dataset={dataset} />
        </StaticRenderContext>,
      ),
  );
  const description = 'There is no page at this address.';
  const head = pageHead({
    title,
    description,
    ogType: 'website',
    ogTitle: title,
    ogDescription: description,
    path: null,
    noindex: true,
  });
  return { html, head, title, appPath: null };
}
