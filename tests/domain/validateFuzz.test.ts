/**
 * A seeded mutation fuzz of data/: hundreds of damaged copies, as an attacker or a careless editor
 * would make them, each read exactly as `npm run validate` reads a folder. Validation must never
 * throw, every issue must be printable on one line, and whatever it accepts must still resolve
 * every reference and hold no unsafe character.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRandom, type Random as Rng } from '../../scripts/lib/generateDataset.ts';
import { validateDatasetBytes } from '../../scripts/lib/readDataset.ts';
import { formatIssue } from '../../src/domain/issues.ts';
import {
  DATA_FILE_NAMES as FILE_NAMES,
  type DataFileName as FileName,
  type RawDataset,
  type TimePoint,
} from '../../src/domain/schema.ts';
import { unsafeCharacter } from '../../src/domain/textChecks.ts';
import { timePointEnd, timePointStart } from '../../src/domain/time.ts';

const DATA = join(import.meta.dirname, '..', '..', 'data');
const SEED = 0x5eed_2025;
const CASES = 400;

type Bytes = Partial<Record<FileName, Uint8Array>>;
type Json = unknown;

const original: Record<FileName, Uint8Array> = Object.fromEntries(
  FILE_NAMES.map((name) => [name, new Uint8Array(readFileSync(join(DATA, name)))]),
) as Record<FileName, Uint8Array>;
const parsedOriginal = Object.fromEntries(
  FILE_NAMES.map((name) => [name, JSON.parse(new TextDecoder().decode(original[name])) as Json]),
) as Record<FileName, Json>;

type Container = Record<string, Json> | Json[];
interface Slot {
  parent: Container;
  key: string | number;
  value: Json;
}

/** Every value inside `root` with the object or list holding it. */
function slots(root: Json): Slot[] {
  const found: Slot[] = [];
  const walk = (value: Json) => {
    if (Array.isArray(value))
      value.forEach((v, i) => {
        found.push({ parent: value, key: i, value: v });
        walk(v);
      });
    else if (typeof value === 'object' && value !== null)
      for (const [k, v] of Object.entries(value)) {
        found.push({ parent: value as Record<string, Json>, key: k, value: v });
        walk(v);
      }
  };
  walk(root);
  return found;
}

const set = (s: Slot, value: Json) => {
  if (Array.isArray(s.parent)) s.parent[s.key as number] = value;
  else s.parent[s.key as string] = value;
};

const allIds = [
  ...new Set(
    slots(parsedOriginal)
      .filter((s) => s.key === 'id' && typeof s.value === 'string')
      .map((s) => s.value as string),
  ),
];

const HOSTILE = [
  '\u202e',
  '\u202a',
  '\u2066',
  '\u2069',
  '\u200f',
  '\u061c',
  '\u0085',
  '\u009b',
  '\u0007',
  '\u0000',
  '\u001b[31m',
  '\ud800',
  '\udfff',
  '\ufeff',
  '\u2028',
  '<b>',
  '&amp;',
  'javascript:',
  'é',
  '🇺🇸',
  'شكرا',
];
const OTHER_VALUES: Json[] = [null, 0, -1, 3.5, '', ' ', 'x', true, false, [], {}, ['x'], { a: 1 }, 'a'.repeat(2000)];
const AMBIGUOUS_TIMES = [
  ['2025-11-02', '01:30', 'America/New_York'],
  ['2025-03-09', '02:30', 'America/New_York'],
  ['2025-10-26', '02:15', 'Europe/Berlin'],
  ['2025-03-30', '02:15', 'Europe/Berlin'],
  ['2025-08-15', '11:00', 'America/Anchorage'],
] as const;
const OFFSETS = ['', '-04:00', '-05:00', '+01:00', '+02:00', '-08:00', 'Z', '+0530'];

/** The list of a file's content, when the content (after earlier mutations) still has one. */
const listIn = (content: Json): Json[] | undefined =>
  typeof content === 'object' && content !== null ? Object.values(content).find(Array.isArray) : undefined;

const encoder = new TextEncoder();
const encode = (value: Json) => encoder.encode(JSON.stringify(value, null, 2));

/** Mutations of the parsed files: each changes `files` in place and says what it did. */
const structural: ((files: Record<FileName, Json>, rng: Rng) => string)[] = [
  function deleteField(files, rng) {
    const name = rng.pick(FILE_NAMES);
    const fields = slots(files[name]).filter((s) => !Array.isArray(s.parent));
    if (fields.length === 0) return 'nothing to delete';
    const s = rng.pick(fields);
    delete (s.parent as Record<string, Json>)[s.key as string];
    return `delete ${name} ${String(s.key)}`;
  },
  function changeType(files, rng) {
    const name = rng.pick(FILE_NAMES);
    const all = slots(files[name]);
    if (all.length === 0) return 'nothing to retype';
    const s = rng.pick(all);
    set(s, structuredClone(rng.pick(OTHER_VALUES)));
    return `retype ${name} ${String(s.key)}`;
  },
  function swapReference(files, rng) {
    const name = rng.pick(FILE_NAMES);
    const refs = slots(files[name]).filter(
      (s) => typeof s.value === 'string' && (typeof s.key === 'number' || /(?:^id|Id|^from|^to|^copyOf)$/.test(s.key)),
    );
    if (refs.length === 0) return 'no reference';
    const s = rng.pick(refs);
    const id = s.value as string;
    const variants = [rng.pick(allIds), id.slice(0, -1), `${id}x`, id.toUpperCase(), ` ${id}`, '', `${id}\u200f`];
    set(s, rng.pick(variants));
    return `swap ${name} ${String(s.key)}`;
  },
  function duplicateItem(files, rng) {
    const name = rng.pick(FILE_NAMES);
    const list = listIn(files[name]);
    if (list === undefined || list.length === 0) return 'no list';
    list.splice(rng.int(list.length + 1), 0, structuredClone(rng.pick(list)));
    return `duplicate an item of ${name}`;
  },
  function removeItem(files, rng) {
    const name = rng.pick(FILE_NAMES);
    const list = listIn(files[name]);
    if (list === undefined || list.length === 0) return 'no list';
    list.splice(rng.int(list.length), 1);
    return `remove an item of ${name}`;
  },
  function insertCharacter(files, rng) {
    const name = rng.pick(FILE_NAMES);
    const strings = slots(files[name]).filter((s) => typeof s.value === 'string');
    if (strings.length === 0) return 'no string';
    const s = rng.pick(strings);
    const text = s.value as string;
    const at = rng.int(text.length + 1);
    set(s, `${text.slice(0, at)}${rng.pick(HOSTILE)}${text.slice(at)}`);
    return `insert into ${name} ${String(s.key)}`;
  },
  function changeTime(files, rng) {
    const points = slots(files['events.json']).filter((s) => s.key === 'start' || s.key === 'end');
    if (points.length === 0) return 'no time point';
    const s = rng.pick(points);
    const [date, time, tz] = rng.pick(AMBIGUOUS_TIMES);
    const offset = rng.pick(OFFSETS);
    set(s, { date, time, tz, precision: rng.pick(['minute', 'minute', 'day']), ...(offset === '' ? {} : { offset }) });
    return `time ${date} ${time} ${tz} ${offset}`;
  },
  function dropFile(files, rng) {
    const name = rng.pick(FILE_NAMES);
    delete files[name];
    return `drop ${name}`;
  },
];

/** Mutations of the bytes: each returns new bytes for one file. */
const textual: ((bytes: Uint8Array, rng: Rng) => Uint8Array)[] = [
  function truncate(bytes, rng) {
    return bytes.slice(0, rng.int(bytes.length));
  },
  function flipBytes(bytes, rng) {
    const out = bytes.slice();
    for (let n = 1 + rng.int(4); n > 0; n--) {
      const at = rng.int(out.length);
      out[at] = (out[at] ?? 0) ^ (1 + rng.int(255));
    }
    return out;
  },
  function latin1Byte(bytes, rng) {
    const at = rng.int(bytes.length);
    return new Uint8Array([
      ...bytes.subarray(0, at),
      rng.pick([0xe9, 0x96, 0x93, 0x85, 0xc3, 0xe2, 0xff]),
      ...bytes.subarray(at),
    ]);
  },
  function duplicateLine(bytes, rng) {
    const lines = new TextDecoder().decode(bytes).split('\n');
    const keyed = lines.map((l, i) => [l, i] as const).filter(([l]) => /^\s*"[^"]+": .*,$/.test(l));
    if (keyed.length === 0) return bytes;
    const [line, i] = rng.pick(keyed);
    lines.splice(i + 1, 0, rng.next() < 0.5 ? line : line.replace(/: .*,$/, ': "other",'));
    return encoder.encode(lines.join('\n'));
  },
  function utf16(bytes) {
    const text = new TextDecoder().decode(bytes);
    const out = new Uint8Array(2 + text.length * 2);
    out.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      out[2 + 2 * i] = unit & 0xff;
      out[3 + 2 * i] = unit >> 8;
    }
    return out;
  },
];

/** One damaged copy of data/, with what was done to it. */
function mutate(rng: Rng): { bytes: Bytes; what: string[] } {
  const what: string[] = [];
  if (rng.next() < 0.3) {
    const name = rng.pick(FILE_NAMES);
    const change = rng.pick(textual);
    what.push(`${change.name} ${name}`);
    return { bytes: { ...original, [name]: change(original[name], rng) }, what };
  }
  const files = structuredClone(parsedOriginal);
  for (let n = rng.next() < 0.7 ? 1 : 2 + rng.int(2); n > 0; n--) {
    const change = rng.pick(structural);
    what.push(`${change.name}: ${change(files, rng)}`);
  }
  const bytes: Bytes = {};
  for (const name of FILE_NAMES) if (name in files) bytes[name] = encode(files[name]);
  return { bytes, what };
}

const REFERENCES: Record<string, Exclude<keyof RawDataset, 'timeline'>> = {
  actorId: 'actors',
  speakerId: 'actors',
  eventId: 'events',
  partOf: 'events',
  follows: 'events',
  after: 'events',
  placeId: 'places',
  sourceId: 'sources',
  copyOf: 'sources',
  sourceIds: 'sources',
  quoteId: 'quotes',
};

/** Every reference in an accepted dataset that does not resolve, and every unsafe string. */
function faultsOf(d: RawDataset): string[] {
  const faults: string[] = [];
  const ids = {
    actors: new Set<string>(d.actors.map((x) => x.id)),
    events: new Set<string>(d.events.map((x) => x.id)),
    places: new Set<string>(d.places.map((x) => x.id)),
    sources: new Set<string>(d.sources.map((x) => x.id)),
    quotes: new Set<string>(d.quotes.map((x) => x.id)),
    redirects: new Set<string>(),
  };
  for (const s of slots(d)) {
    if (typeof s.value === 'string') {
      const unsafe = unsafeCharacter(s.value);
      if (unsafe !== undefined) faults.push(`${String(s.key)}: ${unsafe}`);
    }
    const kind = typeof s.key === 'string' ? REFERENCES[s.key] : undefined;
    if (kind === undefined) continue;
    for (const id of Array.isArray(s.value) ? s.value : [s.value])
      if (typeof id !== 'string' || !ids[kind].has(id)) faults.push(`${String(s.key)}: unresolved ${String(id)}`);
  }
  const redirects = new Map<string, string>(d.redirects.map((r) => [r.from, r.to]));
  for (const r of d.redirects) {
    let target: string = r.to;
    for (let hops = 0; redirects.has(target) && hops < 100; hops++) target = redirects.get(target) ?? target;
    if (!ids.events.has(target)) faults.push(`redirect ${r.from}: unresolved ${target}`);
  }
  for (const e of d.events) {
    const points: TimePoint[] = e.end === undefined ? [e.start] : [e.start, e.end];
    if (!points.every((p) => Number.isFinite(timePointStart(p)) && Number.isFinite(timePointEnd(p))))
      faults.push(`${e.id}: a time point with no instant`);
    if (e.end !== undefined && timePointEnd(e.end) < timePointStart(e.start))
      faults.push(`${e.id}: ends before it starts`);
  }
  return faults;
}

describe('validation fuzz', () => {
  it('accepts data/ as it is', () => {
    const result = validateDatasetBytes(original, 'data');
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
    if (result.ok) expect(faultsOf(result.dataset)).toEqual([]);
  });

  it(`never crashes on ${CASES} damaged copies of data/, and whatever it accepts resolves`, { timeout: 60_000 }, () => {
    // The same seeded generator as the synthetic datasets: every run tries the same cases.
    const rng = makeRandom(SEED);
    const problems: string[] = [];
    let accepted = 0;
    for (let n = 0; n < CASES; n++) {
      const { bytes, what } = mutate(rng);
      const label = `case ${n} (${what.join('; ')})`;
      let result: ReturnType<typeof validateDatasetBytes>;
      try {
        result = validateDatasetBytes(bytes, 'data');
      } catch (err) {
        problems.push(`${label}: threw ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
        continue;
      }
      if (result.ok) {
        accepted++;
        for (const fault of faultsOf(result.dataset)) problems.push(`${label}: accepted, but ${fault}`);
      } else {
        if (result.issues.length === 0) problems.push(`${label}: rejected without an issue`);
        for (const line of result.issues.map(formatIssue))
          if (!line.startsWith('data/') || /[\n\r\u202a-\u202e\u2066-\u2069]/.test(line))
            problems.push(`${label}: unprintable issue ${JSON.stringify(line)}`);
      }
    }
    expect(problems).toEqual([]);
    // Both outcomes must be exercised, or the fuzz tests nothing.
    expect(accepted).toBeGreaterThan(10);
    expect(accepted).toBeLessThan(CASES - 100);
  });
});
