/**
 * The static site: pages rendered by `renderPage` into the built template (fast, in-process), and one
 * real `vite build` of the fixture under /parley/ to check what a static host would serve.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clipAtWord, escapeAttr } from '../../src/site/escapeAttr.ts';
import { StyleHoister } from '../../src/site/hoistStyles.ts';
import { CONTENT_SECURITY_POLICY, siteOrigin } from '../../src/site/pageHead.ts';
import { prerenderSite, type SiteFile } from '../../src/site/prerender.ts';
import { readDataset } from '../../scripts/lib/readDataset.ts';
import type { RawDataset } from '../../src/domain/schema.ts';
import { prepare, renderNotFoundPage, renderPage } from '../../src/site/entry-server.tsx';

await prepare();

const ROOT = join(import.meta.dirname, '..', '..');
const SUMMIT = '2025-08-15-alaska-summit';
const SOTU = '2025-08-17-witkoff-cnn-sotu';

const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <meta name="description" content="Parley: a sourced timeline &amp; more." />
    <title>Parley — diplomatic event timeline</title>
    <script type="module" crossorigin src="/assets/main-abc.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/main-abc.css">
  </head>
  <body>
    <div id="root"><p class="status" role="status">Loading the timeline…</p></div>
    <noscript><p>Parley needs JavaScript to show the interactive timeline.</p></noscript>
  </body>
</html>
`;

function fixture(): RawDataset {
  const result = readDataset(join(ROOT, 'tests/fixtures/valid'));
  if (!result.ok) throw new Error('the valid fixture is invalid');
  return result.dataset;
}

function site(raw: RawDataset, origin?: string): Map<string, string> {
  const files = prerenderSite({
    template: TEMPLATE,
    raw,
    base: '/',
    origin,
    render: { prepare, renderPage, renderNotFoundPage },
    noscriptCss: 'p{}',
  });
  return new Map(files.map((f: SiteFile) => [f.path, f.contents]));
}

function page(files: Map<string, string>, path: string): Document {
  const html = files.get(path);
  if (html === undefined) throw new Error(`no ${path}; have ${[...files.keys()].join(', ')}`);
  return new DOMParser().parseFromString(html, 'text/html');
}

const metaContent = (doc: Document, selector: string) => doc.querySelector(selector)?.getAttribute('content');

describe('escapeAttr and clipAtWord', () => {
  it.each([
    ['plain', 'plain'],
    [`"><script>alert('x')</script>`, '&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;'],
    ['Tom & Jerry', 'Tom &amp; Jerry'],
  ])('escapes %j', (input, output) => {
    expect(escapeAttr(input)).toBe(output);
  });

  it.each([
    ['Short enough.', 20, 'Short enough.'],
    ['The U.S. and Russian presidents meet for talks', 20, 'The U.S. and…'],
    ['Nospacesatallinthisverylongword', 10, 'Nospacesa…'],
  ])('clips %j to %i characters at a word', (input, max, output) => {
    expect(clipAtWord(input, max)).toBe(output);
    expect(clipAtWord(input, max).length).toBeLessThanOrEqual(max);
  });
});

describe('StyleHoister', () => {
  it('replaces style attributes with shared data-ps keys and writes one rule each', () => {
    const h = new StyleHoister();
    const a = h.hoist('<span class="s" style="background-color:#1f4e9c"></span><div style="padding-top:6px"></div>');
    const b = h.hoist('<span style="background-color:#1f4e9c"></span><p>style="not an attribute"</p>');
    expect(a).toBe('<span class="s" data-ps="0"></span><div data-ps="1"></div>');
    expect(b).toBe('<span data-ps="0"></span><p>style="not an attribute"</p>');
    expect(h.css()).toBe(
      '[data-ps="0"][data-ps="0"]{background-color:#1f4e9c}\n[data-ps="1"][data-ps="1"]{padding-top:6px}\n',
    );
  });

  it('refuses a style that could break out of its rule', () => {
    expect(() => new StyleHoister().hoist('<i style="color:red}body{display:none"></i>')).toThrow(/refusing/);
  });
});

describe('siteOrigin', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['https://example.org', 'https://example.org'],
    ['https://example.org/', 'https://example.org'],
  ])('reads %j as %j', (input, output) => {
    expect(siteOrigin(input)).toBe(output);
  });

  it.each(['example.org', 'https://example.org/parley/', 'ftp://example.org'])('refuses %j', (input) => {
    expect(() => siteOrigin(input)).toThrow(/SITE_ORIGIN/);
  });
});

describe('prerendered pages (renderPage into the template)', () => {
  const raw = fixture();
  const files = site(raw, 'https://example.org');

  it('writes the home page, a page per event and per retired id, and 404.html', () => {
    expect([...files.keys()].filter((p) => p.endsWith('.html')).sort()).toEqual([
      '404.html',
      'events/2025-08-15-alaska-summit/index.html',
      'events/2025-08-15-anchorage-summit/index.html',
      'events/2025-08-15-three-on-three-talks/index.html',
      'events/2025-08-17-witkoff-cnn-sotu/index.html',
      'index.html',
    ]);
  });

  it('puts the event in the HTML: title, venue time, place, participants, summary and sources', () => {
    const doc = page(files, `events/${SUMMIT}/index.html`);
    expect(doc.title).toBe('Trump–Putin summit in Alaska — Talks on ending the war in Ukraine');
    const card = doc.getElementById(`event-${SUMMIT}`);
    expect(card?.getAttribute('aria-current')).toBe('true');
    expect(card?.querySelector('h3')?.textContent).toBe('Trump–Putin summit in Alaska');
    expect(card?.querySelector('time')?.getAttribute('datetime')).toBe('2025-08-15T11:00-08:00');
    expect(card?.querySelector('time')?.textContent).toBe('Fri 15 Aug 2025, 11:00 AKDT');
    expect(card?.textContent).toContain('Joint Base Elmendorf-Richardson, Anchorage, Alaska');
    expect(card?.querySelector('[aria-label="Participants"]')?.textContent).toBe(
      'Donald Trump (host)Vladimir Putin (guest)',
    );
    expect(card?.querySelector('.summary')?.textContent).toMatch(/^The U.S. and Russian presidents meet/);
    expect(card?.querySelector('.source-links a')?.getAttribute('href')).toBe(
      'https://finland.news-pravda.com/en/world/2025/08/16/8356.html',
    );
    // The selected event's row comes first, then the rows after it; every event is linked below.
    expect(doc.querySelector('.timeline-inner > :first-child article')?.id).toBe(`event-${SUMMIT}`);
    expect([...doc.querySelectorAll('.event-index a')].map((a) => a.getAttribute('href'))).toContain(
      `/events/${SOTU}/`,
    );
  });

  it("puts the event's quotes in the HTML, with their sources", () => {
    const doc = page(files, `events/${SOTU}/index.html`);
    const quotes = doc.querySelector('aside[aria-label="Quotes"]');
    expect(quotes?.querySelector('h2')?.textContent).toBe("Quotes at Witkoff interview on CNN's State of the Union");
    expect([...(quotes?.querySelectorAll('blockquote') ?? [])].map((q) => q.textContent)).toContain(
      'We agreed to robust security guarantees that I would describe as game-changing.',
    );
    expect(quotes?.textContent).toContain('Associated Press');
  });

  it('gives each page its own description, canonical link, Open Graph and Twitter tags', () => {
    const doc = page(files, `events/${SOTU}/index.html`);
    const summary = raw.events.find((e) => e.id === SOTU)?.summary;
    expect(metaContent(doc, 'meta[name="description"]')).toBe(summary);
    expect(doc.querySelectorAll('meta[name="description"]')).toHaveLength(1);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `https://example.org/events/${SOTU}/`,
    );
    expect(metaContent(doc, 'meta[property="og:type"]')).toBe('article');
    expect(metaContent(doc, 'meta[property="og:site_name"]')).toBe('Parley');
    expect(metaContent(doc, 'meta[property="og:title"]')).toBe("Witkoff interview on CNN's State of the Union");
    expect(metaContent(doc, 'meta[property="og:description"]')).toBe(`Sun 17 Aug 2025 — Steve Witkoff. ${summary}`);
    expect(metaContent(doc, 'meta[property="og:url"]')).toBe(`https://example.org/events/${SOTU}/`);
    expect(metaContent(doc, 'meta[name="twitter:card"]')).toBe('summary');
  });

  it('escapes meta values: an apostrophe in a title is an entity in the attribute', () => {
    const html = files.get(`events/${SOTU}/index.html`) ?? '';
    expect(html).toContain(`<meta property="og:title" content="Witkoff interview on CNN&#39;s State of the Union" />`);
    expect(html).toContain(
      `<title>Witkoff interview on CNN&#39;s State of the Union — Talks on ending the war in Ukraine</title>`,
    );
  });

  it('cuts a long summary at a word for the description, within 160 characters', () => {
    const long = structuredClone(raw);
    const first = long.events[0];
    if (first === undefined) throw new Error('fixture changed');
    first.summary = `${'Leaders met again to discuss the many open questions of the war. '.repeat(4)}End.`;
    const description =
      metaContent(page(site(long), `events/${first.id}/index.html`), 'meta[name="description"]') ?? '';
    expect(description).toBe(
      'Leaders met again to discuss the many open questions of the war. Leaders met again to discuss the many open questions of the war. Leaders met again to discuss…',
    );
    expect(description.length).toBeLessThanOrEqual(160);
  });

  it('keeps hostile text inside its attribute and its element', () => {
    const hostile = structuredClone(raw);
    const first = hostile.events[0];
    if (first === undefined) throw new Error('fixture changed');
    Object.assign(first, { title: `Talks "<script>alert(1)</script>`, summary: `A & B meet; "quoted" <b>bold</b>` });
    const doc = page(site(hostile), `events/${first.id}/index.html`);
    expect(doc.querySelectorAll('script:not([src]):not([type="application/ld+json"])')).toHaveLength(0);
    expect(doc.title).toBe(`Talks "<script>alert(1)</script> — Talks on ending the war in Ukraine`);
    expect(metaContent(doc, 'meta[property="og:title"]')).toBe(`Talks "<script>alert(1)</script>`);
    expect(metaContent(doc, 'meta[name="description"]')).toBe(`A & B meet; "quoted" <b>bold</b>`);
    expect(doc.querySelector('b')).toBeNull();
  });

  it('has the Content-Security-Policy first in <head>, no inline script and no style attribute', () => {
    for (const [path, html] of files) {
      if (!path.endsWith('.html')) continue;
      const doc = page(files, path);
      const csp = doc.head.querySelector('meta');
      expect(csp?.getAttribute('http-equiv'), path).toBe(null); // charset comes first…
      expect(doc.head.children[1]?.getAttribute('http-equiv'), path).toBe('Content-Security-Policy'); // …then the policy
      expect(doc.head.children[1]?.getAttribute('content'), path).toBe(CONTENT_SECURITY_POLICY);
      expect(doc.querySelectorAll('script:not([src]):not([type="application/ld+json"])'), path).toHaveLength(0);
      expect(doc.querySelectorAll('[style]'), path).toHaveLength(0);
      expect(html, path).not.toMatch(/ on[a-z]+="/);
      // The app hydrates a page at the path it was rendered for, and replaces the not-found page (src/main.tsx).
      const rendered = path === '404.html' ? '' : `/${path.replace(/index\.html$/, '')}`;
      expect(doc.getElementById('root')?.getAttribute('data-prerendered'), path).toBe(rendered);
    }
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe/);
  });

  it('moves the actor colours into a stylesheet every page links', () => {
    const doc = page(files, `events/${SUMMIT}/index.html`);
    const links = [...doc.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href'));
    const hoisted = links.find((h) => h?.startsWith('/assets/prerendered-'));
    expect(files.get(hoisted?.slice(1) ?? '')).toContain('{background-color:#');
    expect(doc.querySelector('.actor-swatch')?.getAttribute('data-ps')).toMatch(/^\d+$/);
  });

  it('serves a retired id with the current event and a canonical link to it', () => {
    const doc = page(files, 'events/2025-08-15-anchorage-summit/index.html');
    expect(doc.title).toBe('Trump–Putin summit in Alaska — Talks on ending the war in Ukraine');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `https://example.org/events/${SUMMIT}/`,
    );
  });

  it("gives the home page the dataset's title and description, its language and og:type website", () => {
    const doc = page(files, 'index.html');
    expect(doc.title).toBe('Talks on ending the war in Ukraine');
    expect(metaContent(doc, 'meta[name="description"]')).toBe(raw.timeline.description);
    expect(doc.documentElement.lang).toBe('en');
    expect(metaContent(doc, 'meta[property="og:type"]')).toBe('website');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://example.org/');
    expect(doc.querySelectorAll('.timeline article').length).toBeGreaterThan(0);
  });

  it('writes a 404 page that says what happened, links home and lists every event', () => {
    const doc = page(files, '404.html');
    expect(doc.title).toBe('Page not found — Talks on ending the war in Ukraine');
    expect(doc.querySelector('h1')?.textContent).toBe('Page not found');
    expect(doc.querySelector('main a')?.getAttribute('href')).toBe('/');
    expect(doc.querySelectorAll('.event-index li')).toHaveLength(raw.events.length);
    expect(metaContent(doc, 'meta[name="robots"]')).toBe('noindex');
    expect(doc.querySelector('link[rel="canonical"]')).toBeNull();
  });

  it('without SITE_ORIGIN: a root-relative canonical link and no og:url', () => {
    const doc = page(site(raw), `events/${SUMMIT}/index.html`);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`/events/${SUMMIT}/`);
    expect(doc.querySelector('meta[property="og:url"]')).toBeNull();
  });

  it('renders embed mode without the site chrome, with outbound links in a new tab', () => {
    const { html } = renderPage(raw, `/events/${SUMMIT}/?embed=1`, '/');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('.site-header')).toBeNull();
    expect(doc.querySelector('nav.sidebar')).toBeNull();
    const open = [...doc.querySelectorAll('a')].find((a) => a.textContent?.startsWith('Open in Parley'));
    expect(open?.getAttribute('href')).toBe(`/events/${SUMMIT}/`);
    for (const a of doc.querySelectorAll('a[href^="http"], .embed-bar a')) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });
});

describe('vite build of the fixture under /parley/', { timeout: 120_000 }, () => {
  let out = '';
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'parley-build-'));
    // A build must not inherit vitest's NODE_ENV=test (it would bundle React's development build).
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      BASE: '/parley/',
      PARLEY_DATA: 'tests/fixtures/valid',
      SITE_ORIGIN: 'https://example.org',
    };
    delete env.NODE_ENV;
    for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
    const r = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'],
      {
        cwd: ROOT,
        env,
        encoding: 'utf8',
        timeout: 110_000,
      },
    );
    if (r.status !== 0) throw new Error(`vite build failed:\n${r.stdout}\n${r.stderr}`);
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  const read = (path: string) => readFileSync(join(out, path), 'utf8');

  it('writes every page with assets and links under the base path', () => {
    for (const path of ['index.html', '404.html', `events/${SUMMIT}/index.html`, `events/${SOTU}/index.html`]) {
      expect(existsSync(join(out, path)), path).toBe(true);
    }
    const doc = new DOMParser().parseFromString(read(`events/${SUMMIT}/index.html`), 'text/html');
    expect(doc.querySelector('script[type="module"]')?.getAttribute('src')).toMatch(/^\/parley\/assets\/.+\.js$/);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `https://example.org/parley/events/${SUMMIT}/`,
    );
    expect(doc.querySelector('.event-index a')?.getAttribute('href')).toMatch(/^\/parley\/events\//);
    expect(doc.querySelector(`#event-${SUMMIT} time`)?.getAttribute('datetime')).toBe('2025-08-15T11:00-08:00');
  });

  it('emits no inline script or style attribute, and the policy, in every page', () => {
    for (const path of ['index.html', '404.html', `events/${SUMMIT}/index.html`]) {
      const html = read(path);
      const doc = new DOMParser().parseFromString(html, 'text/html');
      expect(doc.querySelectorAll('script:not([src]):not([type="application/ld+json"])'), path).toHaveLength(0);
      expect(doc.querySelectorAll('[style]'), path).toHaveLength(0);
      expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'), path).toBe(
        CONTENT_SECURITY_POLICY,
      );
    }
  });
});

describe('the project’s own index.html as the template', () => {
  it('gives every page one description of its own, whatever the template’s line breaks', () => {
    const template = readFileSync(join(ROOT, 'index.html'), 'utf8');
    const files = prerenderSite({
      template,
      raw: fixture(),
      base: '/',
      render: { prepare, renderPage, renderNotFoundPage },
    });
    const doc = new DOMParser().parseFromString(
      files.find((f) => f.path === `events/${SUMMIT}/index.html`)!.contents,
      'text/html',
    );
    const descriptions = doc.head.querySelectorAll('meta[name="description"]');
    expect(descriptions).toHaveLength(1);
    expect(descriptions[0]?.getAttribute('content')).not.toMatch(/^Parley: a sourced timeline/);
    expect(doc.getElementById('root')?.getAttribute('data-prerendered')).toBe(`/events/${SUMMIT}/`);
  });
});
