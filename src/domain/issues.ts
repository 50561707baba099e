/** A problem found in a data file, precise enough to fix without searching. */
export interface ValidationIssue {
  /** The file, as the user named it, e.g. "data/events.json". */
  file: string;
  /** The item, e.g. 'event "2025-08-15-alaska-summit"' or "event #3"; absent for file-level problems. */
  item?: string;
  /** The field path inside the item, e.g. "participants[3].actorId". */
  path?: string;
  /** What was found and what was expected. */
  message: string;
}

/**
 * Characters a message may quote from a hostile file but must not print as they are: line breaks
 * (one issue, one line), other controls, directional formatting characters (they would reorder the
 * report itself on a terminal) and lone surrogates.
 */
const UNPRINTABLE =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this escapes
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** One line per issue: `file: item path: message`, with unprintable characters written as `\uXXXX`. */
export function formatIssue(issue: ValidationIssue): string {
  const where = [issue.item, issue.path].filter((s) => s !== undefined && s !== '').join(' ');
  const line = `${issue.file}: ${where === '' ? '' : `${where}: `}${issue.message}`;
  return line.replace(UNPRINTABLE, (ch) => `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
}

/** Renders a path such as ["participants", 3, "actorId"] as "participants[3].actorId". */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`)).join('');
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** The known id closest to `wanted`, when one is close enough to be a likely typo or short form. */
export function closestId(wanted: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  for (const id of known) {
    // One id inside the other ("meloni" in "giorgia-meloni") is a short form, unless it is so
    // short that it would be found inside almost anything.
    const contained = Math.min(id.length, wanted.length) >= 3 && (id.includes(wanted) || wanted.includes(id));
    const score = contained ? 0.5 : editDistance(wanted, id);
    if (score < bestScore && score <= limit) [best, bestScore] = [id, score];
  }
  return best;
}

/** "unknown actor "x"" plus a suggestion when one is close. */
export function unknownRef(kind: string, wanted: string, known: Iterable<string>): string {
  const hint = closestId(wanted, known);
  return `unknown ${kind} "${wanted}"${hint === undefined ? '' : ` (did you mean "${hint}"?)`}`;
}

/** A short, safe description of a found value for messages. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
