/** Ids and file names from free text, for the importers and exporters. */

/** Latin letters that do not decompose into a base letter and marks ("Çırağan" → "ciragan"). */
const LETTERS: Readonly<Record<string, string>> = {
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
};

/**
 * "Talks on ending the war in Ukraine" → "talks-on-ending-the-war-in-ukraine": lowercase ASCII
 * words joined by hyphens, accents dropped ("Zelénskyy" → "zelenskyy"), at most `max` characters
 * and never ending in a hyphen; empty when the text has no letter or digit it can keep.
 */
export function slugOf(text: string, max = 80): string {
  return text
    .replace(/[ıłøđðþßæœ]/giu, (ch) => LETTERS[ch.toLowerCase()] ?? ch)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

/**
 * Hands out ids, each unique: "x", then "x-2", "x-3"… within `max` characters. It remembers the
 * next suffix to try for each base, so that a file citing hundreds of pages of one outlet takes
 * linear time, not quadratic.
 */
export class IdPool {
  private readonly used = new Set<string>();
  private readonly nextSuffix = new Map<string, number>();
  private readonly max: number;
  constructor(max: number) {
    this.max = max;
  }
  has(id: string): boolean {
    return this.used.has(id);
  }
  /** Marks an id given by the input itself as used. */
  add(id: string): void {
    this.used.add(id);
  }
  take(base: string): string {
    let id = base.slice(0, this.max).replace(/-+$/, '');
    for (let n = this.nextSuffix.get(base) ?? 2; this.used.has(id); n++) {
      const suffix = `-${n}`;
      id = `${base.slice(0, this.max - suffix.length).replace(/-+$/, '')}${suffix}`;
      this.nextSuffix.set(base, n + 1);
    }
    this.used.add(id);
    return id;
  }
}
