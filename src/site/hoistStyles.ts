/**
 * Moves the `style="…"` attributes React renders (actor colour swatches, the proportional gaps between
 * events) out of prerendered HTML and into a stylesheet, because the pages' Content-Security-Policy
 * (`style-src 'self'`) blocks inline style attributes. Each distinct declaration list gets one rule,
 * keyed by a `data-ps` attribute; the app's own render later sets the same styles through the CSSOM.
 */

const STYLE_ATTR = / style="([^"]*)"/g;
const ENTITY: Record<string, string> = {
  '&amp;': '&',
  '&quot;': '"',
  '&#x27;': "'",
  '&#39;': "'",
  '&lt;': '<',
  '&gt;': '>',
};

function decode(value: string): string {
  return value.replace(/&(?:amp|quot|#x27|#39|lt|gt);/g, (e) => ENTITY[e] ?? e);
}

/** Collects style attributes across many pages into one shared stylesheet. */
export class StyleHoister {
  private readonly ids = new Map<string, number>();

  /** `html` with every style attribute replaced by a `data-ps` key. */
  hoist(html: string): string {
    // React escapes quotes in attribute values and in text, so ` style="` only ever opens an attribute.
    return html.replace(STYLE_ATTR, (_, raw: string) => {
      const declarations = decode(raw);
      if (/[{}<]/.test(declarations))
        throw new Error(`refusing to hoist a style with braces or markup: ${declarations}`);
      let id = this.ids.get(declarations);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(declarations, id);
      }
      return ` data-ps="${id}"`;
    });
  }

  /** The stylesheet for everything hoisted so far. The doubled attribute outranks single-class rules, as inline styles would. */
  css(): string {
    return [...this.ids].map(([decl, id]) => `[data-ps="${id}"][data-ps="${id}"]{${decl}}`).join('\n') + '\n';
  }

  get size(): number {
    return this.ids.size;
  }
}
