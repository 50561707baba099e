/**
 * Build-time rendering: the markup and head of one page of the static site, rendered by the same
 * components, store and URL logic as the app, so the app can take the page over without a change of layout.
 */
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { clipAtWord } from './escapeAttr.ts';
import { eventJsonLd, jsonLdScript } from './jsonLd.ts';
import { pageHead, type PageMeta } from './pageHead.ts';
import { App } from '../App.tsx';
import { loadOverview } from '../components/LazyOverview.tsx';
import { StaticRenderContext } from '../hooks/useIsServerRender.ts';
import { PageNotFound } from '../components/PageNotFound.tsx';
import { buildDataset, eventById, type Dataset, type TimelineEvent, type WholeDataset } from '../domain/dataset.ts';
import { wholeDetails } from '../domain/details.ts';
import { eventTimeText } from '../domain/eventTime.ts';
import { viewAtUrl, type ResolvedView } from '../domain/resolveView.ts';
import type { RawDataset } from '../domain/schema.ts';
import { ParleyStoreContext } from '../hooks/useParley.ts';
import { selectTitle } from '../store/selectors.ts';
import { createParleyStore, type ParleyStore } from '../store/store.ts';

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
  /** The language of the page's text (timeline.json), for `<html lang>`. */
  readonly language: string;
}

export interface RenderOptions {
  /** Absolute origin for canonical and og:url (SITE_ORIGIN); absent: a root-relative canonical and no og:url. */
  readonly origin?: string | undefined;
}

/**
 * Loads what pages show that the browser fetches as a chunk of its own (the overview chart, which
 * prerendered pages show in full); call once before rendering.
 */
export function prepare(): Promise<void> {
  return loadOverview();
}

const listFormat = new Intl.ListFormat('en', { type: 'conjunction' });
const datasets = new WeakMap<RawDataset, WholeDataset>();

function datasetOf(raw: RawDataset): WholeDataset {
  let ds = datasets.get(raw);
  if (ds === undefined) {
    ds = buildDataset(raw);
    datasets.set(raw, ds);
  }
  return ds;
}

/** A store for the page at `address`, holding every event, as a browser would have it once loaded. */
function storeFor(dataset: WholeDataset, address: URL, base: string, resolved?: ResolvedView): ParleyStore {
  return createParleyStore({
    base,
    origin: address.origin,
    dataset,
    details: wholeDetails(dataset),
    ...(resolved === undefined ? {} : { resolved }),
  });
}

/** The markup of `ui` with `store` as the page's store, as the static page shows it. */
function renderStatic(store: ParleyStore, ui: ReactNode): string {
  return renderToString(
    <StaticRenderContext value>
      <ParleyStoreContext value={store}>{ui}</ParleyStoreContext>
    </StaticRenderContext>,
  );
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
  const resolved = viewAtUrl(dataset, address, base);
  const store = storeFor(dataset, address, base, resolved);
  const html = renderStatic(store, <App />);
  const { notFound, view } = resolved;
  const title = selectTitle(store.getState());
  const event = view.eventId === null ? undefined : eventById(dataset, view.eventId);
  const siteDescription = raw.timeline.description;
  const path = notFound !== null ? null : store.getState().actions.linkTo({ eventId: event?.id ?? null });
  const meta: PageMeta = {
    title,
    origin: options.origin,
    path,
    ...(event === undefined
      ? {
          description: siteDescription,
          ogType: 'website',
          ogTitle: title,
          ogDescription: siteDescription,
          noindex: notFound !== null,
        }
      : {
          ...eventMeta(dataset, event),
          jsonLd:
            path === null
              ? undefined
              : jsonLdScript(eventJsonLd(event, dataset.placeById, `${options.origin ?? ''}${path}`)),
        }),
  };
  return { html, head: pageHead(meta), title, appPath: address.pathname, language: raw.timeline.language };
}

/** The static host's 404.html: a not-found message, a link home and every event. */
export function renderNotFoundPage(raw: RawDataset, base: string, options: RenderOptions = {}): RenderedPage {
  const dataset = datasetOf(raw);
  const title = `Page not found — ${raw.timeline.title}`;
  const store = storeFor(dataset, new URL(base, options.origin ?? 'http://localhost'), base);
  const html = renderStatic(store, <PageNotFound dataset={dataset} />);
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
  return { html, head, title, appPath: null, language: raw.timeline.language };
}
