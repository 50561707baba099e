/** Ids and file names from free text, for the importers and exporters. */

/**
 * "Talks on ending the war in Ukraine" → "talks-on-ending-the-war-in-ukraine": lowercase ASCII
 * words joined by hyphens, accents dropped ("Zelénskyy" → "zelenskyy"), at most `max` characters
 * and never ending in a hyphen; empty when the text has no letter or digit it can keep.
 */
export function slugOf(text: string, max = 80): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}
