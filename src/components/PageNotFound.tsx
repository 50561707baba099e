import type { Dataset } from '../domain/dataset.ts';
import { useActions } from '../hooks/useParley.ts';
import { EventIndex } from './EventIndex.tsx';

/**
 * The static host's 404 page: what happened, a way home, and every event. With JavaScript the app
 * replaces it with its own answer for the address (an unknown event's suggestions, or the timeline).
 */
export function PageNotFound({ dataset }: { dataset: Dataset }) {
  const { linkTo } = useActions();
  return (
    <>
      <header className="site-header">
        <p className="site-name">{dataset.timeline.title}</p>
      </header>
      <main className="status-message">
        <h1>Page not found</h1>
        <p>There is no page at this address. The link may be mistyped or cut short, or the page may have moved.</p>
        <p>
          <a href={linkTo({})}>Go to the timeline</a>
        </p>
        <EventIndex dataset={dataset} />
      </main>
    </>
  );
}
