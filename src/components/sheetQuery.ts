/** Matches the CSS breakpoint (styles.css) below which the Quotes panel is a sheet over the timeline. */
export const SHEET_QUERY = '(max-width: 1099px)';
