import { useWindowVirtualizer } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';
import type { EventId } from '../domain/schema.ts';
import { rowKey, type TimelineRow } from '../domain/rows.ts';
import { useVisibleEvents } from '../hooks/useVisibleEvents.ts';
import { selectDataset, selectDensity, selectEventsError, selectSelectedEventId } from '../store/selectors.ts';
import { openEvent } from '../store/navigation.ts';
import { retryEvents, selectEvent, useTimelineStore } from '../store/timelineStore.ts';
import { closeQuotes, setViewportRange, useViewportStore } from '../store/viewportStore.ts';
import { EmptyResults } from './EmptyResults.tsx';
import { EventIndex } from './EventIndex.tsx';
import { useIsServerRender } from '../hooks/useIsServerRender.ts';
import { SHEET_QUERY } from './sheetQuery.ts';
import { TimelineRowView } from './TimelineRowView.tsx';

// Row heights before measurement, in rem. Day headings, breaks and compact cards have these heights
// fixed in timeline.css, so for them the estimate is exact. Full cards run 450–900px; guessing high
// means a link to one of the last events still lands on it at once (a low guess underestimates the
// page, clamping the first scroll).
const ESTIMATE_REM = { day: 3.5, break: 3.5, event: 37.5 } as const;
/** A compact card (6.5rem) with the slot's padding above and below it (0.75rem each). */
const COMPACT_EVENT_REM = 8;

/** The root font size in px (16 when prerendering, where there is no layout). */
function rootFontPx(): number {
  if (typeof document === 'undefined') return 16;
  return Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}
const HEADER_CLEARANCE = 72;
const NEXT_KEYS = new Set(['ArrowDown', 'j']);
const PREV_KEYS = new Set(['ArrowUp', 'k']);
/** Rows in the static list: from the selected event on, or from the top. */
const STATIC_ROWS = { selected: 16, top: 20 } as const;

interface StaticItem {
  readonly key: number;
  readonly index: number;
}

/**
 * The rows shown before the list's position is measured: on the server (prerendered pages) and in
 * the client's first render, which the virtualised rows replace, under the same keys, before paint.
 */
function staticItems(rows: readonly TimelineRow[], selectedRow: number | undefined): StaticItem[] {
  const from = selectedRow ?? 0;
  const count = selectedRow === undefined ? STATIC_ROWS.top : STATIC_ROWS.selected;
  return rows.slice(from, from + count).map((row, i) => ({ key: rowKey(row), index: from + i }));
}

function eventRowPositions(rows: readonly TimelineRow[]) {
  const rowOf = new Map<EventId, number>();
  const eventRows: number[] = [];
  rows.forEach((r, i) => {
    if (r.kind === 'event') {
      rowOf.set(r.key, i);
      eventRows.push(i);
    }
  });
  return { rowOf, eventRows };
}

/**
 * The row positions, worked out on first use: a filter at 100,000 events would otherwise index
 * every visible event by id before its first paint, while only keyboard moves, focus requests
 * and a selection need the index.
 */
function lazyRowPositions(rows: readonly TimelineRow[]) {
  let positions: ReturnType<typeof eventRowPositions> | null = null;
  return () => (positions ??= eventRowPositions(rows));
}

/* eslint-disable jsx-a11y/no-noninteractive-element-interactions -- the region only listens for keys and focus bubbling from the cards it holds */

/** The events in time order, virtualised: only rows near the viewport are in the DOM. */
export function Timeline() {
  const dataset = useTimelineStore(selectDataset);
  const selectedId = useTimelineStore(selectSelectedEventId);
  const eventsError = useTimelineStore(selectEventsError);
  const { rows, visibleCount } = useVisibleEvents();
  const listRef = useRef<HTMLDivElement>(null);
  // The list's offset in the page; null on the server and until the first layout effect has measured
  // it, and then the rows are a plain static list (see staticItems).
  const [measuredMargin, setScrollMargin] = useState<number | null>(null);
  const measured = measuredMargin !== null;
  const isServerRender = useIsServerRender();
  const scrollMargin = measuredMargin ?? 0;
  const [activeId, setActiveId] = useState<EventId | null>(() => useTimelineStore.getState().selection.eventId);
  const [focusRequest, setFocusRequest] = useState(0);
  const pendingFocus = useRef<EventId | null>(activeId);
  const rowPositions = useMemo(() => lazyRowPositions(rows), [rows]);

  useLayoutEffect(() => {
    setScrollMargin((listRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY);
  }, [visibleCount]);

  const compact = useTimelineStore(selectDensity) === 'compact';
  const remPx = useMemo(() => rootFontPx(), []);
  // Stable callbacks: the virtualiser recomputes every row's offset when either one changes identity.
  const estimateSize = useCallback(
    (i: number) => {
      const row = rows[i];
      if (row?.kind !== 'event') return Math.round(ESTIMATE_REM[row?.kind ?? 'day'] * remPx);
      return Math.round((compact ? COMPACT_EVENT_REM : ESTIMATE_REM.event) * remPx) + row.spaceBefore;
    },
    [rows, compact, remPx],
  );
  // The virtualiser asks only for indices below `count`, the rows' length.
  const getItemKey = useCallback((i: number) => rowKey(rows[i] as TimelineRow), [rows]);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize,
    getItemKey,
    overscan: 4,
    scrollMargin,
    // Keeps a card scrolled to from behind the sticky header.
    scrollPaddingStart: HEADER_CLEARANCE,
  });

  // A new density changes every row's height: sizes measured before are dropped, and the event that
  // was at the top of the screen (or the selected one) stays in view.
  const topRow = useRef(0);
  const lastCompact = useRef(compact);
  useLayoutEffect(() => {
    if (lastCompact.current === compact) return;
    lastCompact.current = compact;
    virtualizer.measure();
    const selected = useTimelineStore.getState().selection.eventId;
    virtualizer.scrollToIndex((selected === null ? undefined : rowPositions().rowOf.get(selected)) ?? topRow.current, {
      align: 'start',
    });
  }, [compact, virtualizer, rowPositions]);

  // In a compact list only the selected card is measured (it opens in full); when the selection
  // moves, the card it leaves must drop back to the compact height it is estimated at.
  const lastSelected = useRef(selectedId);
  useLayoutEffect(() => {
    if (lastSelected.current === selectedId) return;
    lastSelected.current = selectedId;
    if (compact) virtualizer.measure();
  }, [selectedId, compact, virtualizer]);

  const focusEvent = useCallback(
    (id: EventId) => {
      const row = rowPositions().rowOf.get(id);
      if (row === undefined) return;
      setActiveId(id);
      pendingFocus.current = id;
      // The row may already be rendered, in which case nothing else would re-run the focus effect.
      setFocusRequest((n) => n + 1);
      virtualizer.scrollToIndex(row, { align: 'auto' });
    },
    [rowPositions, virtualizer],
  );

  // Focus lands once the target row is rendered, which may be a frame after scrolling to it.
  const virtualItems = virtualizer.getVirtualItems();
  const selectedRow = selectedId === null ? undefined : rowPositions().rowOf.get(selectedId);
  const fallbackItems = useMemo(() => staticItems(rows, selectedRow), [rows, selectedRow]);
  const items = measured ? virtualItems : fallbackItems;
  useEffect(() => {
    const first = virtualItems.find((v) => v.end > (virtualizer.scrollOffset ?? 0) + HEADER_CLEARANCE);
    if (first !== undefined) topRow.current = first.index;
  });
  useEffect(() => {
    const id = pendingFocus.current;
    if (id === null || !measured) return;
    const el = document.getElementById(`event-${id}`);
    if (el === null) return;
    pendingFocus.current = null;
    if (!el.contains(document.activeElement)) el.focus();
  }, [items, measured, focusRequest]);
  // A card still waiting for its details takes the focus once they arrive.
  useEffect(
    () =>
      useTimelineStore.subscribe((s, prev) => {
        if (s.eventsLoaded !== prev.eventsLoaded && pendingFocus.current !== null) setFocusRequest((n) => n + 1);
      }),
    [],
  );

  // The overview shows which stretch of time is on screen.
  useEffect(() => {
    let from = Infinity;
    let to = -Infinity;
    const columns = dataset?.columns;
    for (const item of items) {
      const row = rows[item.index];
      if (row?.kind !== 'event' || columns === undefined) continue;
      from = Math.min(from, columns.startMs[row.index] ?? Infinity);
      to = Math.max(to, columns.endMs[row.index] ?? -Infinity);
    }
    if (from <= to) setViewportRange(from, to);
  }, [items, rows, dataset]);

  // Requests from elsewhere (the overview, a quote's "Go to event", a link, Back/Forward) bring an event into view.
  useEffect(() => {
    const offJump = useViewportStore.subscribe((s, prev) => {
      if (s.jump !== null && s.jump !== prev.jump) focusEvent(s.jump.eventId);
    });
    const offSelect = useTimelineStore.subscribe((s, prev) => {
      const id = s.selection.eventId;
      if (id !== null && id !== prev.selection.eventId) focusEvent(id);
    });
    return () => {
      offJump();
      offSelect();
    };
  }, [focusEvent]);

  // An event selected before the timeline mounted (opened from a link) is scrolled to once.
  const didInitialScroll = useRef(false);
  useEffect(() => {
    if (!measured || didInitialScroll.current) return;
    didInitialScroll.current = true;
    const id = useTimelineStore.getState().selection.eventId;
    const row = id === null ? undefined : rowPositions().rowOf.get(id);
    if (row !== undefined) virtualizer.scrollToIndex(row, { align: 'start' });
  }, [measured, rowPositions, virtualizer]);

  const onFocus = (e: FocusEvent<HTMLDivElement>) => {
    const id = (e.target as HTMLElement).closest<HTMLElement>('article[data-event-id]')?.dataset.eventId;
    if (id !== undefined && id !== activeId) setActiveId(id as EventId);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement;
    const card = target.closest<HTMLElement>('article[data-event-id]');
    const currentId = (card?.dataset.eventId ?? activeId) as EventId | null;
    const { rowOf, eventRows } = rowPositions();
    const pos = currentId === null ? -1 : eventRows.indexOf(rowOf.get(currentId) ?? -1);
    let nextRow: number | undefined;
    if (NEXT_KEYS.has(e.key)) nextRow = eventRows[card === null ? Math.max(0, pos) : pos + 1];
    else if (PREV_KEYS.has(e.key)) nextRow = eventRows[Math.max(0, pos - 1)];
    else if (e.key === 'Home' && card !== null) nextRow = eventRows[0];
    else if (e.key === 'End' && card !== null) nextRow = eventRows[eventRows.length - 1];
    else if (e.key === 'Enter' && card === target && currentId !== null) {
      e.preventDefault();
      openEvent(currentId);
      return;
    } else if (
      e.key === 'Escape' &&
      useViewportStore.getState().sheetOpen &&
      window.matchMedia?.(SHEET_QUERY).matches
    ) {
      closeQuotes();
      return;
    } else if (e.key === 'Escape' && selectedId !== null) {
      closeQuotes();
      selectEvent(null);
      return;
    } else return;
    if (target.matches('input, textarea, select, summary') && (e.key === 'j' || e.key === 'k')) return;
    e.preventDefault();
    const row = nextRow === undefined ? undefined : rows[nextRow];
    if (row?.kind === 'event') focusEvent(row.key);
  };

  if (dataset === null) return null;
  if (visibleCount === 0) return <EmptyResults />;
  const firstEventId = rows.find((r) => r.kind === 'event')?.key ?? null;
  const tabStop = activeId !== null && rowPositions().rowOf.has(activeId) ? activeId : (selectedId ?? firstEventId);
  return (
    <div
      id="timeline"
      className="timeline"
      tabIndex={-1}
      ref={listRef}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      aria-label="Timeline of events"
      role="region"
    >
      {eventsError !== null && (
        <div className="notice" role="alert">
          <p>Some events could not be loaded ({eventsError}); they show as “Loading event…”.</p>
          <button type="button" className="button" onClick={retryEvents}>
            Try again
          </button>
        </div>
      )}
      {/* NOTE: the static list carries no style attributes: the pages' Content-Security-Policy blocks them. */}
      <div className="timeline-inner" style={measured ? { height: virtualizer.getTotalSize() } : undefined}>
        {items.map((item) => {
          const row = rows[item.index];
          if (row === undefined) return null;
          return (
            <div
              key={item.key}
              data-index={item.index}
              // Compact rows have fixed heights equal to their estimates: measuring them would only force layouts.
              ref={
                compact && !(row.kind === 'event' && row.key === selectedId) ? undefined : virtualizer.measureElement
              }
              className={measured ? 'timeline-row' : 'timeline-row-static'}
              style={'start' in item ? { transform: `translateY(${item.start - scrollMargin}px)` } : undefined}
            >
              <TimelineRowView
                row={row}
                dataset={dataset}
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
