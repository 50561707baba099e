import { CALENDAR_ASSET, SPREADSHEET_ASSET } from '../domain/feeds.ts';
import { useParley } from '../hooks/useParley.ts';

/**
 * "Subscribe to the calendar · Download as a spreadsheet": the whole timeline as the build publishes
 * it at the site's root. Plain links, so they work on the static page without JavaScript too.
 */
export function FeedLinks() {
  const base = useParley((s) => s.base);
  return (
    <footer className="site-footer">
      <p className="feed-links">
        <a href={`${base}${CALENDAR_ASSET}`} type="text/calendar">
          Subscribe to the calendar
        </a>
        {' · '}
        <a href={`${base}${SPREADSHEET_ASSET}`} type="text/csv" download>
          Download as a spreadsheet
        </a>{' '}
        <span className="muted">(every event)</span>
      </p>
    </footer>
  );
}
