import type { TimelineEvent } from '../domain/dataset.ts';
import { eventTimeText } from '../domain/eventTime.ts';
import { formatZonedDateTime, readerTimeZone } from '../domain/format.ts';
import { useIsServerRender } from '../hooks/useIsServerRender.ts';

const BASIS_TEXT = { scheduled: 'scheduled time', reported: 'reported time', observed: 'observed time' } as const;

/**
 * The event's time in the venue's zone; the reader's own time and UTC on request. `brief` (compact
 * cards) leaves out the basis and the other zones.
 */
export function EventTime({ event, brief = false }: { event: TimelineEvent; brief?: boolean }) {
  const t = eventTimeText(event);
  const basis = event.start.basis;
  const serverRender = useIsServerRender();
  if (brief) {
    return (
      <div className="event-time">
        <time dateTime={t.datetime}>{t.label}</time>
        {t.until !== undefined && <span> {t.until}</span>}
      </div>
    );
  }
  return (
    <div className="event-time">
      <time dateTime={t.datetime}>{t.label}</time>
      {t.until !== undefined && <span> {t.until}</span>}
      {t.hasTime && basis !== undefined && <span className="muted"> ({BASIS_TEXT[basis]})</span>}
      {t.hasTime ? (
        <details className="other-zones">
          <summary>Other time zones</summary>
          <p>
            {/* The reader's zone is known only in their browser: prerendered pages (and hydration) leave it out. */}
            {!serverRender && (
              <>
                Your time: {formatZonedDateTime(event.startMs, readerTimeZone(), true)}
                <br />
              </>
            )}
            UTC: {formatZonedDateTime(event.startMs, 'UTC', true)}
          </p>
        </details>
      ) : (
        event.start.precision === 'day' && <span className="muted"> · time of day not recorded</span>
      )}
    </div>
  );
}
