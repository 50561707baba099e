/**
 * Sorted lists of record ids, packed for publishing: the search index's word → records lists are
 * most of its bytes, and as JSON numbers a frequent word's list of 50,000 ids is 300 KB to transfer
 * and parse. Packed, it is a string of gaps between ids (a few characters each), or a bitmap when
 * the list is dense (one bit per id in its range); both unpack to the same list in the same order.
 */

/** Gaps as base-32 digits, low digits first: A-Z a-f carry on, g-z 0-9 end a number (all URL- and JSON-safe). */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Character code → digit value (-1 for a character no packing writes): typed tables, since a list can be 100,000 ids long. */
function valueTable(alphabet: string): Int8Array {
  const table = new Int8Array(128).fill(-1);
  for (let k = 0; k < alphabet.length; k++) table[alphabet.charCodeAt(k)] = k;
  return table;
}
const VALUE = valueTable(DIGITS);
const BASE64_VALUE = valueTable(BASE64);
/** For each bitmap character's value, how many ids it marks. */
const POPCOUNT = Uint8Array.from(
  { length: 64 },
  (_, v) => [0, 1, 2, 3, 4, 5].filter((bit) => (v & (1 << bit)) !== 0).length,
);

/** A packed list: `g` (gaps, the first from 0) or `b` (a bitmap of ids from `o`, six ids a character). */
export type PackedIds = { readonly g: string } | { readonly b: string; readonly o: number };

const isSortedIds = (ids: readonly unknown[]): ids is readonly number[] =>
  ids.every(
    (id, k) => Number.isSafeInteger(id) && (id as number) >= 0 && (k === 0 || (id as number) > (ids[k - 1] as number)),
  );

function gapString(ids: readonly number[]): string {
  let out = '';
  let prev = 0;
  for (const id of ids) {
    let gap = id - prev;
    prev = id;
    while (gap >= 32) {
      out += DIGITS[gap % 32];
      gap = Math.floor(gap / 32);
    }
    out += DIGITS[32 + gap];
  }
  return out;
}

function bitmap(ids: readonly number[], from: number, to: number): string {
  const cells = new Uint8Array(Math.ceil((to - from + 1) / 6));
  for (const id of ids) {
    const bit = id - from;
    cells[Math.floor(bit / 6)] = (cells[Math.floor(bit / 6)] ?? 0) | (1 << (bit % 6));
  }
  let out = '';
  for (const c of cells) out += BASE64[c];
  return out;
}

/** The shorter packing of a strictly increasing list of non-negative integers; null for any other list. */
export function packIds(ids: readonly unknown[]): PackedIds | null {
  if (ids.length < 2 || !isSortedIds(ids)) return null;
  const from = ids[0] as number;
  const to = ids[ids.length - 1] as number;
  const bitmapLength = Math.ceil((to - from + 1) / 6);
  const gaps = gapString(ids);
  return bitmapLength < gaps.length ? { b: bitmap(ids, from, to), o: from } : { g: gaps };
}

/**
 * The list a `PackedIds` stands for. Throws on a character no packing writes. Lists are counted
 * first and made at their size: the search index unpacks millions of ids as it loads, and growing
 * each list as it fills cost a quarter of that load in copies and garbage collection.
 */
export function unpackIds(packed: PackedIds): number[] {
  return 'g' in packed ? unpackGaps(packed.g) : unpackBitmap(packed.b, packed.o);
}

const badCharacter = (s: string, k: number) => new Error(`a packed id list holds "${s[k] ?? ''}"`);

function unpackGaps(g: string): number[] {
  // A digit of 32 or more ends a number: one pass counts them.
  let count = 0;
  for (let k = 0; k < g.length; k++) if ((VALUE[g.charCodeAt(k)] ?? -1) >= 32) count++;
  const out = new Array<number>(count);
  let n = 0;
  let prev = 0;
  let value = 0;
  let scale = 1;
  for (let k = 0; k < g.length; k++) {
    const d = VALUE[g.charCodeAt(k)] ?? -1;
    if (d < 0) throw badCharacter(g, k);
    if (d < 32) {
      value += d * scale;
      scale *= 32;
    } else {
      prev += value + (d - 32) * scale;
      out[n++] = prev;
      value = 0;
      scale = 1;
    }
  }
  return out;
}

function unpackBitmap(b: string, from: number): number[] {
  const cells = new Uint8Array(b.length);
  let count = 0;
  for (let k = 0; k < b.length; k++) {
    const v = BASE64_VALUE[b.charCodeAt(k)] ?? -1;
    if (v < 0) throw badCharacter(b, k);
    cells[k] = v;
    count += POPCOUNT[v] ?? 0;
  }
  const out = new Array<number>(count);
  let n = 0;
  for (let k = 0, base = from; k < cells.length; k++, base += 6) {
    // The lowest bit set, then the next: ids in order within the character.
    for (let v = cells[k] ?? 0; v !== 0; v &= v - 1) out[n++] = base + 31 - Math.clz32(v & -v);
  }
  return out;
}

/** How many own keys an object has, without making the list of them (called once per list). */
function keyCount(o: object): number {
  let n = 0;
  for (const key in o) if (Object.hasOwn(o, key)) n++;
  return n;
}

const isPacked = (v: unknown): v is PackedIds =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  ((typeof (v as { g?: unknown }).g === 'string' && keyCount(v) === 1) ||
    (typeof (v as { b?: unknown }).b === 'string' &&
      typeof (v as { o?: unknown }).o === 'number' &&
      keyCount(v) === 2));

/**
 * Every list of ids in a JSON value packed where that is shorter: the parts of an exported index are
 * arrays of entries and slots, whose innermost arrays are the id lists.
 */
export function packLists(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return packIds(value) ?? value.map(packLists);
}

/** `packLists` undone: the same JSON value as before packing. */
export function unpackLists(value: unknown): unknown {
  if (isPacked(value)) return unpackIds(value);
  return Array.isArray(value) ? value.map(unpackLists) : value;
}
