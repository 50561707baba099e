/**
 * The JavaScript and CSS a built page loads before it can run: the module script, its modulepreloads
 * and stylesheets named in the HTML, and every module those import statically (dynamic `import()`
 * is left out). Sizes are gzip at level 9, as a static host would serve them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface AssetSize {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

const TAG = /<(script|link)\b[^>]*>/gi;
const ATTR = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i');
/** Static imports in minified ES modules: `import"./a.js"`, `from"./b.js"`; not `import("./c.js")`. */
const STATIC_IMPORT = /(?:\bfrom\s*|\bimport\s*)["']([^"']+\.js)["']/g;

function initialUrls(html: string): string[] {
  const urls: string[] = [];
  // Tags inside <noscript> are not loaded when JavaScript runs.
  for (const [tag, name] of html.replace(/<noscript\b[\s\S]*?<\/noscript>/gi, '').matchAll(TAG)) {
    const attr = (a: string) => ATTR(a).exec(tag)?.[1];
    if (name?.toLowerCase() === 'script' && attr('type') === 'module' && attr('src') !== undefined)
      urls.push(attr('src') as string);
    const rel = attr('rel')?.toLowerCase();
    if (rel === 'modulepreload' || rel === 'stylesheet') urls.push(attr('href') as string);
  }
  return urls;
}

/** Maps an absolute URL path under `base` to a file in `distDir`. */
const fileOf = (url: string, base: string) => (url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, ''));

/** The initial JS and CSS of `htmlFile` (relative to `distDir`), each file once. */
export function initialAssets(distDir: string, htmlFile = 'index.html', base = '/'): AssetSize[] {
  const queue = initialUrls(readFileSync(join(distDir, htmlFile), 'utf8')).map((u) => fileOf(u, base));
  const seen = new Set<string>();
  const out: AssetSize[] = [];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file) || !/\.(m?js|css)$/.test(file)) continue;
    seen.add(file);
    const body = readFileSync(join(distDir, file));
    out.push({ file, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length });
    if (file.endsWith('.js')) {
      const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
      for (const [, spec] of body.toString('utf8').matchAll(STATIC_IMPORT)) {
        if (spec?.startsWith('./') || spec?.startsWith('../'))
          queue.push(new URL(spec, `http://x/${dir}`).pathname.slice(1));
      }
    }
  }
  return out;
}
