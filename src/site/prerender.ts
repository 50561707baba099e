/**
 * Writes the static site around the client build: one HTML page per event and one for the home view,
 * each with its content, title, meta tags and Content-Security-Policy, plus a 404 page. Pure: it takes
 * the built index.html as a template and returns the files to write.
 */
import { createHash } from 'node:crypto';
import type { RawDataset } from '../domain/schema.ts';
import type { RenderedPage, RenderOptions } from './entry-server.tsx';
import { escapeAttr } from './escapeAttr.ts';
import { cspTag } from './pageHead.ts';
import { StyleHoister } from './hoistStyles.ts';

/** The two entry points of the server bundle (`src/site/entry-server.tsx`). */
export interface SiteRenderer {
  prepare(): Promise<void>;
  renderPage(raw: RawDataset, url: string, base: string, options?: RenderOptions): RenderedPage;
  renderNotFoundPage(raw: RawDataset, base: string, options?: RenderOptions): RenderedPage;
}

export interface PrerenderInput {
  /** The client build's index.html. */
  readonly template: string;
  readonly raw: RawDataset;
  /** The site's base path, e.g. "/" or "/parley/". */
  readonly base: string;
  readonly origin?: string | undefined;
  readonly render: SiteRenderer;
  /** A stylesheet only readers without JavaScript load (see src/styles/noscript.css). */
  readonly noscriptCss?: string;
}

export interface SiteFile {
  /** Relative to the build's output folder, with forward slashes. */
  readonly path: string;
  readonly contents: string;
}

const ROOT = /<div id="root">[\s\S]*?<\/div>(?=\s*<noscript>|\s*<\/body>)/;
const DESCRIPTION = /<meta\s+name="description"\s+content="([^"]*)"\s*\/?>\s*/;

function hashed(name: string, ext: string, contents: string): string {
  return `assets/${name}-${createHash('sha256').update(contents).digest('hex').slice(0, 8)}.${ext}`;
}

/** Replaces the first match of `pattern` (the replacement is literal text, never a `$` pattern). */
function replaceOnce(html: string, pattern: RegExp, replace: (match: string) => string, what: string): string {
  const m = pattern.exec(html);
  if (m === null) throw new Error(`prerender: the built index.html has no ${what}`);
  return html.slice(0, m.index) + replace(m[0]) + html.slice(m.index + m[0].length);
}

/**
 * Puts one rendered page into the template: the dataset's language on `<html>`, CSP first in
 * `<head>`, then title and meta, then the markup.
 */
export function fillTemplate(template: string, page: RenderedPage, extraHead: readonly string[]): string {
  let html = template.replace(DESCRIPTION, '');
  html = replaceOnce(html, /<html lang="[^"]*"/, () => `<html lang="${escapeAttr(page.language)}"`, '<html lang>');
  html = replaceOnce(html, /<meta charset="[^"]*"\s*\/?>/i, (m) => `${m}\n    ${cspTag()}`, 'charset meta tag');
  html = replaceOnce(
    html,
    /<title>[\s\S]*?<\/title>/,
    () => `<title>${escapeAttr(page.title)}</title>\n    ${page.head}`,
    '<title>',
  );
  html = replaceOnce(html, /\s*<\/head>/, () => `${extraHead.map((t) => `\n    ${t}`).join('')}\n  </head>`, '</head>');
  return replaceOnce(
    html,
    ROOT,
    () => `<div id="root" data-prerendered="${escapeAttr(page.appPath ?? '')}">${page.html}</div>`,
    '<div id="root">',
  );
}

/** Every page of the site, with the stylesheets they link to. */
export function prerenderSite(input: PrerenderInput): SiteFile[] {
  const { template, raw, base, render } = input;
  const options: RenderOptions = { origin: input.origin };
  const hoister = new StyleHoister();
  const pages: { path: string; page: RenderedPage }[] = [
    { path: 'index.html', page: render.renderPage(raw, base, base, options) },
    ...raw.events.map((e) => ({
      path: `events/${e.id}/index.html`,
      page: render.renderPage(raw, `${base}events/${e.id}/`, base, options),
    })),
    ...raw.redirects.map((r) => ({
      path: `events/${r.from}/index.html`,
      page: render.renderPage(raw, `${base}events/${r.from}/`, base, options),
    })),
    { path: '404.html', page: render.renderNotFoundPage(raw, base, options) },
  ].map(({ path, page }) => ({ path, page: { ...page, html: hoister.hoist(page.html) } }));

  const files: SiteFile[] = [];
  const extraHead: string[] = [];
  if (hoister.size > 0) {
    const css = hoister.css();
    const path = hashed('prerendered', 'css', css);
    files.push({ path, contents: css });
    extraHead.push(`<link rel="stylesheet" href="${escapeAttr(base + path)}" />`);
  }
  if (input.noscriptCss !== undefined) {
    const path = hashed('noscript', 'css', input.noscriptCss);
    files.push({ path, contents: input.noscriptCss });
    extraHead.push(`<noscript><link rel="stylesheet" href="${escapeAttr(base + path)}" /></noscript>`);
  }
  for (const { path, page } of pages) files.push({ path, contents: fillTemplate(template, page, extraHead) });
  return files;
}
