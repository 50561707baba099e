import type { Notice } from '../domain/resolveView.ts';
import type { EventId } from '../domain/schema.ts';
import { useEventById } from '../hooks/useEventAt.ts';
import { useActions, useParley } from '../hooks/useParley.ts';
import { selectNotices } from '../store/selectors.ts';

function text(n: Notice, title: (id: string) => string): string {
  switch (n.kind) {
    case 'unknown-actors':
      return `${n.count === 1 ? 'One actor' : `${n.count} actors`} named in the link ${n.count === 1 ? 'is' : 'are'} not in this dataset and ${n.count === 1 ? 'was' : 'were'} left out of the filter.`;
    case 'unknown-topics':
      return `${n.count === 1 ? 'One topic' : `${n.count} topics`} named in the link ${n.count === 1 ? 'is' : 'are'} not a topic Parley knows and ${n.count === 1 ? 'was' : 'were'} left out of the filter.`;
    case 'unknown-quote':
      return 'The quote named in the link is not in this dataset.';
    case 'malformed-link':
      return 'Part of the link could not be read, so the default view is shown for that part.';
    case 'redirected':
      return `This event has a new address; you are now at “${title(n.to)}”.`;
  }
}

/** What the link asked for that could not be shown, said in our words (the URL itself is never echoed). */
export function LinkNotices() {
  const notices = useParley(selectNotices);
  const { dismissNotices } = useActions();
  // Only a redirect names an event, and a link holds at most one.
  const redirect = notices.find((n) => n.kind === 'redirected');
  const target = useEventById(redirect?.to);
  if (notices.length === 0) return null;
  const title = (id: string) => (target?.id === (id as EventId) ? target.title : 'an event');
  return (
    <div className="notice" role="status">
      <ul>
        {notices.map((n) => (
          <li key={n.kind}>{text(n, title)}</li>
        ))}
      </ul>
      <button type="button" className="button" onClick={dismissNotices}>
        Dismiss
      </button>
    </div>
  );
}
