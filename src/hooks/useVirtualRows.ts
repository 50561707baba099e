import { useWindowVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { rowKey, staticItems, type RowPositions, type StaticItem, type TimelineRow } from '../domain/rows.ts';
import type { EventId } from '../domain/schema.ts';
import { useFixedRows } from './useFixedRows.ts';
import { useTopClearance } from './useTopClearance.ts';

// Row heights before measurement, in rem. Day and month headings, breaks and compact rows have these
// heights fixed in timeline.css (keep them in step), so for them the estimate is exact. Full cards run
// 300–700px; guessing high means a link to one of the last events still lands on it at once (a low
// guess underestimates the page, clamping the first scroll).
const ESTIMATE_REM = { day: 2.75, month: 2.5, break: 2.5, event: 30 } as const;
/** A compact row: two lines and its padding, with no space above it (timeline.css, `.event-card.is-compact`). */
export const COMPACT_EVENT_REM = 3.5;
/** Keeps a card scrolled to from behind the sticky header, until the header is measured. */
export const HEADER_CLEARANCE = 72;

/** The root font size in px (16 when prerendering, where there is no layout). */
function rootFontPx(): number {
  if (typeof document === 'undefined') return 16;
  return Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

export interface RowItem {
  readonly key: StaticItem['key'] | VirtualItem['key'];
  readonly index: number;
  /** Its offset in the page, once the virtualiser has placed it. */
  readonly start?: number;
}

export interface VirtualRows {
  /** The rows to render: those near the window once the list is measured, else a static list. */
  readonly items: readonly RowItem[];
  readonly measured: boolean;
  /** The list's offset in the page, which the rows' positions are relative to. */
  readonly scrollMargin: number;
  /** How far below the window's top the bars stuck there end: a row scrolled to starts below it. */
  readonly clearance: number;
  /** The height of the whole list, px. */
  readonly totalSize: number;
  /** The ref for the element of the row at `index`, when its height must be measured (else undefined). */
  readonly measureRef: (index: number) => ((el: Element | null) => void) | undefined;
  /** Scrolls the window to the row at `index`: its top below the bars, or only as far as it needs. */
  readonly scrollToIndex: (index: number, align: 'start' | 'auto') => void;
}

interface Options {
  readonly rows: readonly TimelineRow[];
  readonly positions: () => RowPositions;
  readonly compact: boolean;
  readonly selectedId: EventId | null;
  readonly listRef: RefObject<HTMLElement | null>;
}

/**
 * Only the rows near the viewport. Cards have heights estimated per kind and measured once shown
 * (a virtualiser); the compact list's rows have fixed heights, so they are placed by arithmetic,
 * with no measurement or object per row (at 100,000 rows those cost more than the rest of a filter).
 */
export function useVirtualRows({ rows, positions, compact, selectedId, listRef }: Options): VirtualRows {
  // Null on the server and until the first layout effect has measured it: then the rows are a plain static list.
  const [measuredMargin, setScrollMargin] = useState<number | null>(null);
  const measured = measuredMargin !== null;
  const scrollMargin = measuredMargin ?? 0;
  useLayoutEffect(() => {
    setScrollMargin((listRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY);
  }, [rows.length, listRef]);

  const remPx = useMemo(() => rootFontPx(), []);
  const clearance = useTopClearance(HEADER_CLEARANCE);
  const selectedRow = selectedId === null ? undefined : positions().rowOf.get(selectedId);

  const fixedHeight = useCallback(
    (row: TimelineRow) => Math.round((row.kind === 'event' ? COMPACT_EVENT_REM : ESTIMATE_REM[row.kind]) * remPx),
    [remPx],
  );
  const fixed = useFixedRows({
    rows,
    enabled: compact && measured,
    heightOf: fixedHeight,
    scrollMargin,
    clearance,
    selectedRow,
  });
  const { scrollToIndex: scrollFixed, measureSelected } = fixed;
  const cards = useCards(rows, compact, remPx, scrollMargin, clearance);
  const { virtualizer } = cards;

  const scrollToIndex = useCallback(
    (index: number, align: 'start' | 'auto') =>
      compact ? scrollFixed(index, align) : virtualizer.scrollToIndex(index, { align }),
    [compact, scrollFixed, virtualizer],
  );
  const measureRef = useCallback(
    (index: number) => {
      if (!compact) return virtualizer.measureElement;
      return index === selectedRow ? measureSelected : undefined;
    },
    [compact, virtualizer, selectedRow, measureSelected],
  );
  const items = compact ? fixed.items : cards.items;
  useKeepPlace(compact, positions, selectedId, items, clearance, scrollToIndex, virtualizer.measure);

  const fallbackItems = useMemo(() => staticItems(rows, selectedRow), [rows, selectedRow]);
  return {
    items: measured ? items : fallbackItems,
    measured,
    scrollMargin,
    clearance,
    totalSize: compact ? fixed.totalSize : virtualizer.getTotalSize(),
    measureRef,
    scrollToIndex,
  };
}

/** The card list's virtualiser: heights estimated per kind, measured once shown; idle (no rows) while compact. */
function useCards(
  rows: readonly TimelineRow[],
  compact: boolean,
  remPx: number,
  scrollMargin: number,
  clearance: number,
) {
  // Stable callbacks: the virtualiser recomputes every row's offset when either one changes identity.
  const estimateSize = useCallback(
    (i: number) => {
      const row = rows[i];
      if (row?.kind !== 'event') return Math.round(ESTIMATE_REM[row?.kind ?? 'day'] * remPx);
      return Math.round(ESTIMATE_REM.event * remPx) + row.spaceBefore;
    },
    [rows, remPx],
  );
  // The virtualiser asks only for indices below `count`, the rows' length.
  const getItemKey = useCallback((i: number) => rowKey(rows[i] as TimelineRow), [rows]);
  const virtualizer = useWindowVirtualizer({
    count: compact ? 0 : rows.length,
    estimateSize,
    getItemKey,
    overscan: 4,
    scrollMargin,
    scrollPaddingStart: clearance,
  });
  const items: readonly VirtualItem[] = virtualizer.getVirtualItems();
  return { virtualizer, items };
}

/**
 * A new density changes every row's height: the event that was at the top of the screen (or the
 * selected one) stays in view, and sizes the card list measured before are dropped.
 */
function useKeepPlace(
  compact: boolean,
  positions: () => RowPositions,
  selectedId: EventId | null,
  items: readonly RowItem[],
  clearance: number,
  scrollToIndex: (index: number, align: 'start' | 'auto') => void,
  remeasure: () => void,
) {
  const topRow = useRef(0);
  const lastCompact = useRef(compact);
  useLayoutEffect(() => {
    if (lastCompact.current === compact) return;
    lastCompact.current = compact;
    if (!compact) remeasure();
    const row = selectedId === null ? undefined : positions().rowOf.get(selectedId);
    scrollToIndex(row ?? topRow.current, 'start');
  }, [compact, positions, selectedId, scrollToIndex, remeasure]);
  useEffect(() => {
    // The last row that starts above the line the bars end at is the one at the top of the screen.
    const line = window.scrollY + clearance;
    let top: number | undefined;
    for (const item of items) if (item.start !== undefined && item.start <= line) top = item.index;
    if (top !== undefined) topRow.current = top;
  });
}
