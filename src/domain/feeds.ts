/**
 * The whole timeline as files the build publishes at the site's root (scripts/lib/datasetPlugin.ts):
 * a calendar a calendar app can subscribe to, and the Parley spreadsheet. Every page links to both.
 */
export const CALENDAR_ASSET = 'calendar.ics';
export const SPREADSHEET_ASSET = 'timeline.csv';
