import type { TimelineEvent } from '../domain/dataset.ts';
import { eventTimeParts, eventTimeText } from '../domain/eventTime.ts';

const BASIS_TEXT = { scheduled: 'scheduled time', reported: 'reported time', observed: 'observed time' } as const;

interface Props {
  event: TimelineEvent;
  /**
   * Whether the date is shown: under its day heading a card shows only its time (the date stays in
   * the `<time>` for screen readers, who may reach the card without the heading).
   */
  showDate: boolean;
}

/** The event's time in the venue's zone: "11:00 AKDT (scheduled time)", "afternoon", "late October 2025". */
export function EventTime({ event, showDate }: Props) {
  const t = { ...eventTimeText(event), ...eventTimeParts(event) };
  const basis = event.start.basis;
  // Only the month is known: no day heading says it, so it is always written out.
  const dateShown = showDate || t.monthOnly;
  // The date opens the dateline: "Late October 2025", not "late October 2025".
  const date = `${t.date.charAt(0).toUpperCase()}${t.date.slice(1)}${t.time === undefined ? '' : ', '}`;
  // Without the date before it, the time opens the line: "Afternoon", not "afternoon".
  const time = t.time === undefined || dateShown ? t.time : `${t.time.charAt(0).toUpperCase()}${t.time.slice(1)}`;
  return (
    <span className="event-time">
      <time dateTime={t.datetime}>
        <span className={dateShown ? undefined : 'visually-hidden'}>{date}</span>
        {time}
      </time>
      {t.until !== undefined && <span> {t.until}</span>}
      {t.hasTime && basis !== undefined && <span className="muted"> ({BASIS_TEXT[basis]})</span>}
    </span>
  );
}

/** Whether the card has a time to show beside its date (else, under its day heading, it shows none). */
export function hasVisibleTime(event: TimelineEvent, showDate: boolean): boolean {
  const t = { ...eventTimeText(event), ...eventTimeParts(event) };
  return showDate || t.monthOnly || t.time !== undefined || t.until !== undefined;
}
