import { ActorFilter } from './components/ActorFilter.tsx';
import { DensityControl } from './components/DensityControl.tsx';
import { DisplayToggle } from './components/DisplayToggle.tsx';
import { DownloadButton } from './components/DownloadButton.tsx';
import { ErrorBoundary } from './components/ErrorBoundary.tsx';
import { EventNotFound } from './components/EventNotFound.tsx';
import { FeedLinks } from './components/FeedLinks.tsx';
import { FilterBar } from './components/FilterBar.tsx';
import { HiddenEventNotice } from './components/HiddenEventNotice.tsx';
import { KeyboardShortcuts } from './components/KeyboardShortcuts.tsx';
import { LinkNotices } from './components/LinkNotices.tsx';
import { LazyOverview } from './components/LazyOverview.tsx';
import { LazyPositionsView } from './components/LazyPositions.tsx';
import { PrintButton } from './components/PrintButton.tsx';
import { PrintView } from './components/PrintChronology.tsx';
import { QuotesColumn } from './components/QuotesColumn.tsx';
import { ResultCount } from './components/ResultCount.tsx';
import { SearchBox } from './components/SearchBox.tsx';
import { SkipLink } from './components/SkipLink.tsx';
import { Timeline } from './components/Timeline.tsx';
import { TopicFilter } from './components/TopicFilter.tsx';
import type { Dataset } from './domain/dataset.ts';
import { PHONE_QUERY } from './hooks/mediaQueries.ts';
import { useMediaQuery } from './hooks/useMediaQuery.ts';
import { useActions, useParley } from './hooks/useParley.ts';
import type { LoadStatus } from './store/dataSlice.ts';
import { selectDataset, selectEmbed, selectStatus, selectTimeline } from './store/selectors.ts';
import { formatCoverage, formatShortDate } from './domain/format.ts';

/** The dataset's own title and subtitle (timeline.json), and when it was last updated. */
function Header() {
  const status = useParley(selectStatus);
  const timeline = useParley(selectTimeline);
  // Phones open the search from the filter bar instead: one box on the page, so two never race.
  const phone = useMediaQuery(PHONE_QUERY);
  return (
    <>
      <header className="site-header">
        {timeline === null ? (
          <h1>Parley</h1>
        ) : (
          <>
            <h1>{timeline.title}</h1>
            <p className="tagline">{timeline.subtitle}</p>
            <p className="updated muted">
              {formatCoverage(timeline.coverage)} · Last updated{' '}
              <time dateTime={timeline.updated}>{formatShortDate(timeline.updated)}</time>
            </p>
          </>
        )}
      </header>
      {/* Stays at the top on wider screens, one line high, so the search and the count stay in reach
          without the title block taking a sixth of the screen. */}
      <div className="site-tools">
        {!phone && <SearchBox />}
        {/* Phones show the count in the filter bar instead, which stays on screen. */}
        {status.kind === 'ready' && <ResultCount className="header-count" />}
      </div>
    </>
  );
}

/** In an iframe: a link to the same view in the full app, opened in a new tab. */
function EmbedBar() {
  const fullUrl = useParley((s) => s.actions.linkTo({ ...s.view, embed: false }));
  return (
    <header className="embed-bar">
      <a href={fullUrl} target="_blank" rel="noopener noreferrer">
        Open in Parley<span className="visually-hidden"> (opens in a new tab)</span>
      </a>
      <ResultCount />
    </header>
  );
}

function Loaded({ dataset, embed }: { dataset: Dataset; embed: boolean }) {
  // The positions table takes the Quotes column's room too: each of its cells opens its own quotes.
  const positions = useParley((s) => s.view.display === 'positions');
  return (
    <div className={`layout${embed ? ' layout-embed' : ''}${positions ? ' is-positions' : ''}`}>
      {!embed && (
        <nav className="sidebar" aria-label="Filters and overview">
          <LazyOverview dataset={dataset} />
          <ActorFilter />
          <TopicFilter />
          {/* Not in the header: there it made the header wrap with a long count, so a filter moved the page. */}
          <KeyboardShortcuts />
          <PrintButton />
          <DownloadButton />
        </nav>
      )}
      <main className="timeline-column">
        <LinkNotices />
        {!positions && <HiddenEventNotice placement="timeline" />}
        <EventNotFound />
        {!embed && (
          <div className="view-controls">
            <DisplayToggle />
            {!positions && <DensityControl />}
          </div>
        )}
        {positions ? <LazyPositionsView /> : <Timeline />}
      </main>
      {!positions && <QuotesColumn />}
    </div>
  );
}

function NotLoaded({ status }: { status: LoadStatus }) {
  const { linkTo } = useActions();
  return (
    <main className="status-message">
      {status.kind === 'error' ? (
        <div role="alert" className="error">
          <h2>The timeline could not be loaded</h2>
          <p>{status.message}</p>
          <p>
            <a href={linkTo({})}>Try again</a>
          </p>
        </div>
      ) : (
        <p role="status">Loading the timeline…</p>
      )}
    </main>
  );
}

function Shell() {
  const status = useParley(selectStatus);
  const dataset = useParley(selectDataset);
  const embed = useParley(selectEmbed);
  const ready = status.kind === 'ready' && dataset !== null;
  return (
    <>
      <SkipLink />
      {embed ? ready && <EmbedBar /> : <Header />}
      {ready && !embed && <FilterBar />}
      {ready ? <Loaded dataset={dataset} embed={embed} /> : <NotLoaded status={status} />}
      {ready && !embed && <FeedLinks />}
      {ready && <PrintView />}
    </>
  );
}

/** The whole app; an unexpected render error anywhere in it shows a message instead of a blank page. */
export function App() {
  const { linkTo } = useActions();
  return (
    <ErrorBoundary home={linkTo({})}>
      <Shell />
    </ErrorBoundary>
  );
}
