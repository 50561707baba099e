import { useId } from 'react';
import { useModalDialog } from '../hooks/useModalDialog.ts';
import { formatCount } from '../domain/format.ts';
import { useParley } from '../hooks/useParley.ts';
import { useVisibleEvents } from '../hooks/useVisibleEvents.ts';
import { selectDataset } from '../store/selectors.ts';
import { ActorFilter } from './ActorFilter.tsx';
import { DensityControl } from './DensityControl.tsx';
import { DisplayToggle } from './DisplayToggle.tsx';
import { DownloadButton } from './DownloadButton.tsx';
import { LazyOverview } from './LazyOverview.tsx';
import { ResultCount } from './ResultCount.tsx';
import { TopicFilter } from './TopicFilter.tsx';

interface Props {
  /** Called when the sheet has closed (Escape, its Close button or "Show N events"). */
  readonly onClose: () => void;
}

/**
 * The filters on a phone: a modal dialog over the timeline, mounted only while open, which also
 * offers the view's downloads (the sidebar that holds them elsewhere is folded away). The count
 * follows every choice at once ("Show 14 events"), so the reader sees a filter's effect without
 * closing the sheet.
 */
export function FilterSheet({ onClose }: Props) {
  const { ref, close, onKeyDown } = useModalDialog('.filter-sheet-close', onClose);
  const headingId = useId();
  const { visibleCount } = useVisibleEvents();
  const dataset = useParley(selectDataset);

  return (
    // The dialog's own close event is the one way it ends, so focus always goes back to the bar.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- a modal dialog takes Escape, as the browser's own would
    <dialog ref={ref} className="filter-sheet" aria-labelledby={headingId} onClose={onClose} onKeyDown={onKeyDown}>
      <div className="filter-sheet-head">
        <h2 id={headingId}>Filters</h2>
        <button type="button" className="button filter-sheet-close" onClick={close}>
          Close
        </button>
      </div>
      <div className="filter-sheet-body">
        <ActorFilter />
        <TopicFilter />
        {/* On phones the display and density choices and the overview live here, out of the first screen. */}
        <DisplayToggle />
        <DensityControl />
        {dataset !== null && <LazyOverview dataset={dataset} />}
        {/* The sidebar's Download is hidden on phones (filter.css), so this is the one on the page. */}
        <DownloadButton />
      </div>
      <div className="filter-sheet-foot">
        <ResultCount className="visually-hidden" />
        <button type="button" className="button button-primary" onClick={close}>
          {visibleCount === 0
            ? 'No events match: close'
            : `Show ${formatCount(visibleCount)} ${visibleCount === 1 ? 'event' : 'events'}`}
        </button>
      </div>
    </dialog>
  );
}
