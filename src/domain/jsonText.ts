import type { ValidationIssue } from './issues.ts';

/** Line and column (1-based) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

interface SyntaxFault {
  offset: number;
  reason: string;
}

/** Where a key is written a second time in one object, and where it was first. */
interface DuplicateKey {
  key: string;
  offset: number;
  firstOffset: number;
}

// Far deeper than any data file nests (about six levels); the limit keeps the recursive scanner
// from overflowing the stack on a crafted file.
const MAX_DEPTH = 256;

/**
 * Scans `text` as JSON: the first syntax error, and every key written twice in one object.
 * JSON.parse in Node 20 names no position for some errors ("Unexpected token '}', "…" is not valid
 * JSON") and quotes the text itself, and it keeps the last of two equal keys without a word, so
 * both are worked out here instead.
 */
function scanJson(text: string): { fault?: SyntaxFault; duplicates: DuplicateKey[] } {
  let pos = 0;
  let depth = 0;
  const duplicates: DuplicateKey[] = [];
  const fail = (reason: string, at = pos): never => {
    throw { offset: at, reason } satisfies SyntaxFault;
  };
  const shown = (ch: string | undefined) => (ch === undefined ? 'the end of the file' : JSON.stringify(ch));
  const skipSpace = () => {
    while (pos < text.length && ' \t\n\r'.includes(text.charAt(pos))) pos++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, pos)) pos += word.length;
    else fail(`expected a value, found ${shown(/^[A-Za-z]+/.exec(text.slice(pos, pos + 40))?.[0] ?? text[pos])}`);
  };
  /** Scans a string; returns whether it holds an escape (its value then differs from its text). */
  const string = (): boolean => {
    pos++; // opening quote
    let escaped = false;
    for (;;) {
      const ch = text[pos];
      if (ch === undefined) fail('unterminated string');
      if (ch === '"') {
        pos++;
        return escaped;
      }
      if (ch !== undefined && ch < ' ') fail('line break or control character inside a string (write it as \\n)');
      if (ch === '\\') {
        escaped = true;
        const esc = text[pos + 1];
        if (esc === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) fail('invalid \\u escape in a string');
          pos += 6;
        } else if (esc !== undefined && '"\\/bfnrt'.includes(esc)) pos += 2;
        else fail(`invalid escape ${shown(`\\${esc ?? ''}`)} in a string`);
      } else pos++;
    }
  };
  // Sticky, so a number is matched where it stands without copying the rest of the text.
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const number = () => {
    NUMBER.lastIndex = pos;
    const m = NUMBER.exec(text);
    if (m === null) fail(`expected a value, found ${shown(text[pos])}`);
    else pos += m[0].length;
  };
  const value = (): void => {
    skipSpace();
    const ch = text[pos];
    if (ch === '{' || ch === '[') {
      if (++depth > MAX_DEPTH) fail(`lists and objects nested more than ${MAX_DEPTH} deep`);
      if (ch === '{') object();
      else array();
      depth--;
      return;
    }
    if (ch === '"') return void string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return number();
    fail(ch === undefined ? 'unexpected end of file' : `expected a value, found ${shown(ch)}`);
  };
  const object = () => {
    pos++;
    skipSpace();
    if (text[pos] === '}') return void pos++;
    const keys = new Map<string, number>();
    for (let comma = -1; ; comma = pos++) {
      skipSpace();
      if (text[pos] === '}' && comma >= 0) fail('trailing comma before "}"', comma);
      if (text[pos] !== '"') fail(`expected a double-quoted field name, found ${shown(text[pos])}`);
      const keyStart = pos;
      const escaped = string();
      // "title" and "\u0074itle" are the same key once parsed.
      const raw = text.slice(keyStart, pos);
      const key = escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1);
      const first = keys.get(key);
      if (first === undefined) keys.set(key, keyStart);
      else duplicates.push({ key, offset: keyStart, firstOffset: first });
      skipSpace();
      if (text[pos] !== ':') fail(`expected ":" after the field name, found ${shown(text[pos])}`);
      pos++;
      value();
      skipSpace();
      if (text[pos] === '}') return void pos++;
      if (text[pos] !== ',') fail(`expected "," or "}" after a field value, found ${shown(text[pos])}`);
    }
  };
  const array = () => {
    pos++;
    skipSpace();
    if (text[pos] === ']') return void pos++;
    for (let comma = -1; ; comma = pos++) {
      skipSpace();
      if (text[pos] === ']' && comma >= 0) fail('trailing comma before "]"', comma);
      value();
      skipSpace();
      if (text[pos] === ']') return void pos++;
      if (text[pos] !== ',') fail(`expected "," or "]" after a list item, found ${shown(text[pos])}`);
    }
  };
  try {
    value();
    skipSpace();
    if (pos < text.length) fail('unexpected text after the end of the JSON value');
    return { duplicates };
  } catch (err) {
    if (typeof err === 'object' && err !== null && 'offset' in err) return { fault: err as SyntaxFault, duplicates };
    throw err;
  }
}

/** What JSON text parses to: its value, or the problems (a syntax error, keys written twice). */
export type JsonTextResult = { ok: true; value: unknown } | { ok: false; issues: ValidationIssue[] };

/**
 * Parses JSON text. A syntax error becomes an issue naming the line and column; so does every key
 * written twice in one object, which JSON.parse would otherwise settle by dropping the first value.
 * A leading byte-order mark is allowed.
 */
export function parseJsonText(text: string, file: string): JsonTextResult {
  // Editors on Windows may save a byte-order mark, which JSON.parse rejects.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const at = (offset: number) => {
    const { line, column } = lineAndColumn(body, offset);
    return `line ${line}, column ${column}`;
  };
  const scan = scanJson(body);
  if (scan.fault !== undefined)
    return { ok: false, issues: [{ file, message: `invalid JSON at ${at(scan.fault.offset)}: ${scan.fault.reason}` }] };
  let value: unknown;
  try {
    value = JSON.parse(body) as unknown;
  } catch (err) {
    const fault = fallbackFault(body, err);
    return { ok: false, issues: [{ file, message: `invalid JSON at ${at(fault.offset)}: ${fault.reason}` }] };
  }
  if (scan.duplicates.length > 0)
    return {
      ok: false,
      issues: scan.duplicates.map((d) => ({
        file,
        message:
          `duplicate key ${JSON.stringify(d.key)} at ${at(d.offset)} (first at ${at(d.firstOffset)}): ` +
          'its first value would be silently dropped; keep one',
      })),
    };
  return { ok: true, value };
}

/** The engine's own account, for the (unexpected) case where the scanner accepts the text. */
function fallbackFault(text: string, err: unknown): SyntaxFault {
  const message = err instanceof Error ? err.message : String(err);
  const pos = /position (\d+)/.exec(message);
  const reason = message
    .replace(/\s*in JSON at position \d+.*$/s, '')
    .replace(/\s+/g, ' ')
    .slice(0, 120);
  return { offset: pos ? Number(pos[1]) : text.length, reason };
}

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/** The offset and account of the first byte sequence that is not UTF-8, or the decoded text. */
function scanUtf8(bytes: Uint8Array): { text: string } | { offset: number; reason: string } {
  const units: number[] = [];
  const chunks: string[] = [];
  const flush = () => {
    chunks.push(String.fromCharCode(...units));
    units.length = 0;
  };
  const latin1 = 'the file may be saved as Latin-1 or Windows-1252; save it as UTF-8';
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      units.push(b);
      i++;
    } else {
      // Lead byte → sequence length and the range the second byte must fall in (RFC 3629 table 3-7,
      // which also rules out overlong forms and encoded surrogates).
      let length = 0;
      let [low, high] = [0x80, 0xbf];
      if (b >= 0xc2 && b <= 0xdf) length = 2;
      else if (b >= 0xe0 && b <= 0xef) {
        length = 3;
        if (b === 0xe0) low = 0xa0;
        if (b === 0xed) high = 0x9f;
      } else if (b >= 0xf0 && b <= 0xf4) {
        length = 4;
        if (b === 0xf0) low = 0x90;
        if (b === 0xf4) high = 0x8f;
      }
      if (length === 0)
        return {
          offset: i,
          reason:
            i === 0 && (b === 0xff || b === 0xfe)
              ? 'the file starts with a UTF-16 byte-order mark; save it as UTF-8'
              : `byte ${hex(b)} cannot start a character (${latin1})`,
        };
      let cp = b & (0xff >> (length + 1));
      for (let k = 1; k < length; k++) {
        const next = bytes[i + k];
        if (next === undefined)
          return { offset: i, reason: `the file ends inside a ${length}-byte character that starts with ${hex(b)}` };
        const [lo, hi] = k === 1 ? [low, high] : [0x80, 0xbf];
        if (next < lo || next > hi)
          return {
            offset: i,
            reason: `byte ${hex(b)} is followed by ${hex(next)}, which cannot continue a character (${latin1})`,
          };
        cp = (cp << 6) | (next & 0x3f);
      }
      if (cp > 0xffff) units.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
      else units.push(cp);
      i += length;
    }
    if (units.length >= 8192) flush();
  }
  flush();
  return { text: chunks.join('') };
}

/**
 * Decodes a data file's bytes as UTF-8, strictly: a byte sequence that is not UTF-8 is an issue
 * naming its line and column, never a silent U+FFFD. A UTF-8 byte-order mark is kept (and then
 * allowed by `parseJsonText`); a UTF-16 file is rejected.
 */
export function decodeUtf8(
  bytes: Uint8Array,
  file: string,
): { ok: true; text: string } | { ok: false; issue: ValidationIssue } {
  const scan = scanUtf8(bytes);
  if ('text' in scan) return { ok: true, text: scan.text };
  // The bytes before the fault are valid, so they decode to the text the column counts in.
  const prefix = scanUtf8(bytes.subarray(0, scan.offset));
  // Columns count as in parseJsonText, which drops a byte-order mark first.
  const before = ('text' in prefix ? prefix.text : '').replace(/^\uFEFF/, '');
  const { line, column } = lineAndColumn(before, before.length);
  return { ok: false, issue: { file, message: `not valid UTF-8 at line ${line}, column ${column}: ${scan.reason}` } };
}
