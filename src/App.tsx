import { ActorFilter } from './components/ActorFilter';
import { EventNotFound } from './components/EventNotFound';
import { LinkNotices } from './components/LinkNotices';
import { Overview } from './components/Overview';
import { QuotesColumn } from './components/QuotesColumn';
import { ResultCount } from './components/ResultCount';
import { SkipLink } from './components/SkipLink';
import { Timeline } from './components/Timeline';
import { selectDataset, selectStatus } from './store/selectors';
import { useTimelineStore } from './store/timelineStore';

const HOME = import.meta.env.BASE_URL;

function Header() {
  const status = useTimelineStore(selectStatus);
  return (
    <header className="site-header">
      <h1>Parley</h1>
      <p className="tagline">The August 2025 talks on the war in Ukraine: who met, when, what was said, and who reported it.</p>
      {status.kind === 'ready' && <ResultCount />}
    </header>
  );
}

export function App() {
  const status = useTimelineStore(selectStatus);
  const dataset = useTimelineStore(selectDataset);
  return (
    <>
      <SkipLink />
      <Header />
      {status.kind === 'ready' && dataset !== null ? (
        <div className="layout">
          <nav className="sidebar" aria-label="Filters and overview">
            <Overview dataset={dataset} />
            <ActorFilter />
          </nav>
          <main className="timeline-column">
            <LinkNotices />
            <EventNotFound />
            <Timeline />
          </main>
          <QuotesColumn />
        </div>
      ) : (
        <main className="status-message">
          {status.kind === 'error' ? (
            <div role="alert" className="error">
              <h2>The timeline could not be loaded</h2>
              <p>{status.message}</p>
              <p>
                <a href={HOME}>Try again</a>
              </p>
            </div>
          ) : (
            <p role="status">Loading the timeline…</p>
          )}
        </main>
      )}
    </>
  );
}
