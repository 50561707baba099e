import { EventList } from './components/EventList';
import { useTimelineStore } from './store/timelineStore';

export function App() {
  const status = useTimelineStore((s) => s.status);
  return (
    <>
      <header className="site-header">
        <h1>Parley</h1>
        <p>A sourced timeline of the August 2025 talks on the war in Ukraine.</p>
      </header>
      <main id="main">
        {status.kind === 'loading' && <p role="status">Loading the timeline…</p>}
        {status.kind === 'error' && (
          <div role="alert" className="error">
            <h2>The timeline could not be loaded</h2>
            <p>{status.message}</p>
          </div>
        )}
        {status.kind === 'ready' && <EventList />}
      </main>
    </>
  );
}
