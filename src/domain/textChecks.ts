/**
 * Every string in an item is plain text: no markup, no control characters, no characters that
 * change how the text around them is displayed, no half of a surrogate pair. Every `url` is an
 * absolute http(s) link. These rules keep a crafted data file from injecting script or links, or
 * from showing a reader something other than what the file says.
 */
const MARKUP = /<\s*[a-zA-Z/!?]|&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);/;
// Tab, line feed and carriage return are allowed, as before; the rest of C0, DEL and C1 are not.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this rejects
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/**
 * Directional formatting characters: embeddings and overrides (U+202A–U+202E), isolates
 * (U+2066–U+2069) and the marks (U+061C, U+200E, U+200F). Overrides and isolates reorder what
 * follows them ("Trojan Source"); a mark can still move digits and punctuation beside it. Right-to-
 * left letters need none of them to display in their own direction, so none is allowed.
 */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const BIDI_NAMES: Record<string, string> = {
  '\u061c': 'ARABIC LETTER MARK',
  '\u200e': 'LEFT-TO-RIGHT MARK',
  '\u200f': 'RIGHT-TO-LEFT MARK',
  '\u202a': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202b': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202c': 'POP DIRECTIONAL FORMATTING',
  '\u202d': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202e': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
};

type Report = (path: (string | number)[], message: string) => void;

const codePoint = (ch: string) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Why `text` holds a character no data string may hold (a lone surrogate, a directional
 * formatting character, a control character), naming it and its position; undefined when it holds
 * none. Positions count UTF-16 code units from 1, as editors' columns do.
 */
export function unsafeCharacter(text: string): string | undefined {
  const lone = LONE_SURROGATE.exec(text);
  if (lone !== null)
    return (
      `contains a lone surrogate (${codePoint(lone[0])} at character ${lone.index + 1}), half of a pair that ` +
      'encodes no character; write the character itself, or both halves of its \\u escape'
    );
  const bidi = BIDI.exec(text);
  if (bidi !== null)
    return (
      `contains the directional formatting character ${codePoint(bidi[0])} (${BIDI_NAMES[bidi[0]] ?? 'bidi control'}) ` +
      `at character ${bidi.index + 1}, which can make text display differently from what it says; ` +
      'right-to-left names need no such characters: write the letters alone'
    );
  const control = CONTROL.exec(text);
  if (control !== null)
    return `control characters are not allowed in text fields (found ${codePoint(control[0])} at character ${control.index + 1})`;
  return undefined;
}

function checkUrl(url: string, path: (string | number)[], report: Report) {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (parsed === undefined) report(path, `"${url.slice(0, 80)}" is not an absolute URL`);
  else if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    report(path, `links must use https: or http:, found "${parsed.protocol}"`);
}

/** Walks every string of `value`, reporting unsafe characters, markup and unsafe links with their field path. */
export function checkTextAndLinks(value: unknown, report: Report, path: (string | number)[] = []): void {
  if (typeof value === 'string') {
    const unsafe = unsafeCharacter(value);
    if (unsafe !== undefined) return report(path, unsafe);
    const field = path[path.length - 1];
    if (field === 'url') return checkUrl(value, path, report);
    if (MARKUP.test(value))
      report(path, 'markup is not allowed in text fields (found "<tag" or "&entity;"); write plain text');
    return;
  }
  if (Array.isArray(value)) value.forEach((v, i) => checkTextAndLinks(v, report, [...path, i]));
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) checkTextAndLinks(v, report, [...path, k]);
}
