/** Matches the CSS breakpoint (styles.css) below which the Quotes panel is a sheet over the timeline. */
export const SHEET_QUERY = '(max-width: 1099px)';

/** Matches the CSS breakpoint below which the filters and overview stack above the timeline and start folded. */
export const PHONE_QUERY = '(max-width: 699px)';
