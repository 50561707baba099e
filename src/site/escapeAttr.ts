/** Escapes text for an HTML attribute value in double quotes (and for text content, where it is also safe). */
export function escapeAttr(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Shortens `text` to at most `max` characters, cutting at a word boundary and ending with "…".
 * Whitespace runs become single spaces first.
 */
export function clipAtWord(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const room = flat.slice(0, max - 1);
  const cut = room.lastIndexOf(' ');
  const head = (cut > max / 2 ? room.slice(0, cut) : room).replace(/[\s,;:.–—-]+$/u, '');
  return `${head}…`;
}
