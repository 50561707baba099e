import type { TimelineEvent } from '../domain/dataset.ts';
import { formatZonedDateTime, readerTimeZone } from '../domain/format.ts';
import { useIsServerRender } from '../hooks/useIsServerRender.ts';

/** The reader's own time and UTC, on request, for an event with a clock time. */
export function OtherZones({ event }: { event: TimelineEvent }) {
  const serverRender = useIsServerRender();
  return (
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
  );
}
