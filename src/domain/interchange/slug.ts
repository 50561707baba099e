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
