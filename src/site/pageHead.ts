/**
 * The per-page `<head>` tags of a prerendered page: description, canonical link, Open Graph and
 * Twitter card, and the site-wide Content-Security-Policy.
 */
import { escapeAttr } from './escapeAttr.ts';

/**
 * Only the site's own origin, and no inline script or style. React sets styles through the CSSOM,
 * which style-src does not govern; prerendered markup carries no style attributes (see hoistStyles.ts).
 * frame-ancestors cannot be set from a meta tag, so embedding (?embed=1) stays possible.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export const SITE_NAME = 'Parley';

export interface PageMeta {
  /** The document title: the event's and the timeline's (timeline.json), e.g. "Trump–Putin summit in Alaska — Talks on ending the war in Ukraine". */
  readonly title: string;
  /** For `<meta name="description">`: at most 160 characters. */
  readonly description: string;
  readonly ogType: 'website' | 'article';
  readonly ogTitle: string;
  readonly ogDescription: string;
  /** Root-relative path of the page's canonical URL, e.g. "/parley/events/2025-08-15-alaska-summit/". */
  readonly path: string | null;
  /** Absolute origin (SITE_ORIGIN), e.g. "https://example.org"; without it there is no og:url. */
  readonly origin?: string | undefined;
  /** Pages that should not be indexed (not found). */
  readonly noindex?: boolean;
  /** A structured-data block for the page (`jsonLd.ts`), already escaped for a script element. */
  readonly jsonLd?: string | undefined;
}

const meta = (attr: 'name' | 'property', key: string, content: string) =>
  `<meta ${attr}="${key}" content="${escapeAttr(content)}" />`;

/** The tags for `m`, one a line, each value attribute-escaped. The `<title>` is not among them. */
export function pageHead(m: PageMeta): string {
  const url = m.path === null ? null : m.origin === undefined ? m.path : `${m.origin}${m.path}`;
  const tags = [
    meta('name', 'description', m.description),
    m.noindex === true ? meta('name', 'robots', 'noindex') : null,
    url === null ? null : `<link rel="canonical" href="${escapeAttr(url)}" />`,
    meta('property', 'og:type', m.ogType),
    meta('property', 'og:site_name', SITE_NAME),
    meta('property', 'og:title', m.ogTitle),
    meta('property', 'og:description', m.ogDescription),
    url === null || m.origin === undefined ? null : meta('property', 'og:url', url),
    meta('name', 'twitter:card', 'summary'),
    meta('name', 'twitter:title', m.ogTitle),
    meta('name', 'twitter:description', m.ogDescription),
    m.jsonLd ?? null,
  ];
  return tags.filter((t) => t !== null).join('\n    ');
}

/** The `<meta http-equiv>` tag carrying the Content-Security-Policy. */
export function cspTag(): string {
  return `<meta http-equiv="Content-Security-Policy" content="${escapeAttr(CONTENT_SECURITY_POLICY)}" />`;
}

/**
 * Reads SITE_ORIGIN: undefined when unset or empty; otherwise it must be a bare http(s) origin
 * ("https://example.org", a trailing slash is allowed), or the build stops.
 */
export function siteOrigin(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const trimmed = value.trim().replace(/\/$/, '');
  let origin: string | null = null;
  try {
    origin = new URL(trimmed).origin;
  } catch {
    origin = null;
  }
  if (origin !== trimmed || !/^https?:\/\//.test(trimmed)) {
    throw new Error(`SITE_ORIGIN must be an origin such as https://example.org (no path), not "${value}"`);
  }
  return origin;
}
