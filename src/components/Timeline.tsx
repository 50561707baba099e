import { useEffect, useMemo, useRef } from 'react';
import { lazyRowPositions, rowsTimeRange, timelineRows } from '../domain/rows.ts';
import { useIsServerRender } from '../hooks/useIsServerRender.ts';
import { useActions, useParley } from '../hooks/useParley.ts';
import { useRovingFocus } from '../hooks/useRovingFocus.ts';
import { useTimelineKeys } from '../hooks/useTimelineKeys.ts';
import { useVirtualRows } from '../hooks/useVirtualRows.ts';
import { useVisibleEvents } from '../hooks/useVisibleEvents.ts';
import { selectDataset, selectDensity, selectDetailsError, selectSelectedEventId } from '../store/selectors.ts';
import { EmptyResults } from './EmptyResults.tsx';
import { EventIndex } from './EventIndex.tsx';
import { TimelineRowView } from './TimelineRowView.tsx';

/* eslint-disable jsx-a11y/no-noninteractive-element-interactions -- the region only listens for keys and focus bubbling from the cards it holds */

/** The events in time order, virtualised: only rows near the viewport are in the DOM. */
export function Timeline() {
  const dataset = useParley(selectDataset);
  const selectedId = useParley(selectSelectedEventId);
  const detailsError = useParley(selectDetailsError);
  const compact = useParley(selectDensity) === 'compact';
  const { openEvent, retryEvents, setViewportRange } = useActions();
  const isServerRender = useIsServerRender();
  const { indices, visibleCount } = useVisibleEvents();
  // The compact list heads months, not days, and has no breaks: each of its rows names its own day.
  const rows = useMemo(() => {
    const columns = dataset?.columns;
    if (columns === undefined) return [];
    return timelineRows(columns, indices, compact);
  }, [compact, dataset, indices]);
  const listRef = useRef<HTMLDivElement>(null);
  const positions = useMemo(() => lazyRowPositions(rows), [rows]);
  const { items, measured, scrollMargin, clearance, totalSize, measureRef, scrollToIndex } = useVirtualRows({
    rows,
    positions,
    compact,
    selectedId,
    listRef,
  });
  const { activeId, focusEvent, onFocus } = useRovingFocus({ positions, scrollToIndex, measured, items, clearance });
  const onKeyDown = useTimelineKeys({ rows, positions, activeId, focusEvent });

  // The overview shows which stretch of time is on screen.
  useEffect(() => {
    const range = dataset === null ? null : rowsTimeRange(dataset.columns, rows, items);
    if (range !== null) setViewportRange(range[0], range[1]);
  }, [items, rows, dataset, setViewportRange]);

  if (dataset === null) return null;
  if (visibleCount === 0) return <EmptyResults />;
  const firstEventId = rows.find((r) => r.kind === 'event')?.key ?? null;
  const tabStop = activeId !== null && positions().rowOf.has(activeId) ? activeId : (selectedId ?? firstEventId);
  return (
    <div
      id="timeline"
      className={compact ? 'timeline is-compact' : 'timeline'}
      tabIndex={-1}
      ref={listRef}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      aria-label="Timeline of events"
      role="region"
    >
      {detailsError !== null && (
        <div className="notice" role="alert">
          <p>Some events could not be loaded ({detailsError}); they show as “Loading event…”.</p>
          <button type="button" className="button" onClick={retryEvents}>
            Try again
          </button>
        </div>
      )}
      {/* NOTE: the static list carries no style attributes: the pages' Content-Security-Policy blocks them. */}
      <div className="timeline-inner" style={measured ? { height: totalSize } : undefined}>
        {items.map((item) => {
          const row = rows[item.index];
          if (row === undefined) return null;
          return (
            <div
              key={item.key}
              data-index={item.index}
              // Compact rows have fixed heights: only an opened card (or a card of the full list) is measured.
              ref={measureRef(item.index)}
              className={measured ? 'timeline-row' : 'timeline-row-static'}
              style={item.start === undefined ? undefined : { transform: `translateY(${item.start - scrollMargin}px)` }}
            >
              <TimelineRowView
                row={row}
                selectedId={selectedId}
                tabStop={tabStop}
                onOpen={openEvent}
                compact={compact}
              />
            </div>
          );
        })}
      </div>
      {/* Only prerendered pages need the full index (for readers without JavaScript); in the browser it
          would put every event of a large dataset into the first commit. */}
      {isServerRender && <EventIndex dataset={dataset} />}
    </div>
  );
}
