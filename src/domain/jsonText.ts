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

/**
 * Finds the first JSON syntax error in `text`. JSON.parse in Node 20 names no position for some
 * errors ("Unexpected token '}', "…" is not valid JSON") and quotes the text itself, so the
 * position and a one-line reason are worked out here instead.
 */
function findSyntaxFault(text: string): SyntaxFault | undefined {
  let pos = 0;
  const fail = (reason: string, at = pos): never => {
    throw { offset: at, reason } satisfies SyntaxFault;
  };
  const shown = (ch: string | undefined) => (ch === undefined ? 'the end of the file' : JSON.stringify(ch));
  const skipSpace = () => {
    while (pos < text.length && ' \t\n\r'.includes(text.charAt(pos))) pos++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, pos)) pos += word.length;
    else fail(`expected a value, found ${shown(text.slice(pos).match(/^[A-Za-z]+/)?.[0] ?? text[pos])}`);
  };
  const string = () => {
    pos++; // opening quote
    for (;;) {
      const ch = text[pos];
      if (ch === undefined) fail('unterminated string');
      if (ch === '"') return void pos++;
      if (ch !== undefined && ch < ' ') fail('line break or control character inside a string (write it as \\n)');
      if (ch === '\\') {
        const esc = text[pos + 1];
        if (esc === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) fail('invalid \\u escape in a string');
          pos += 6;
        } else if (esc !== undefined && '"\\/bfnrt'.includes(esc)) pos += 2;
        else fail(`invalid escape ${shown(`\\${esc ?? ''}`)} in a string`);
      } else pos++;
    }
  };
  const number = () => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(pos));
    if (m === null) fail(`expected a value, found ${shown(text[pos])}`);
    else pos += m[0].length;
  };
  const value = (): void => {
    skipSpace();
    const ch = text[pos];
    if (ch === '{') return object();
    if (ch === '[') return array();
    if (ch === '"') return string();
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
    for (let comma = -1; ; comma = pos++) {
      skipSpace();
      if (text[pos] === '}' && comma >= 0) fail('trailing comma before "}"', comma);
      if (text[pos] !== '"') fail(`expected a double-quoted field name, found ${shown(text[pos])}`);
      string();
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
    return undefined;
  } catch (err) {
    // Anything else (a stack overflow on absurdly deep nesting) leaves it to the engine's message.
    return typeof err === 'object' && err !== null && 'offset' in err ? (err as SyntaxFault) : undefined;
  }
}

/** Parses JSON text; a syntax error becomes an issue naming the line and column. */
export function parseJsonText(
  text: string,
  file: string,
): { ok: true; value: unknown } | { ok: false; issue: ValidationIssue } {
  // Editors on Windows may save a byte-order mark, which JSON.parse rejects.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (err) {
    const fault = findSyntaxFault(body) ?? fallbackFault(body, err);
    const { line, column } = lineAndColumn(body, fault.offset);
    return { ok: false, issue: { file, message: `invalid JSON at line ${line}, column ${column}: ${fault.reason}` } };
  }
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
