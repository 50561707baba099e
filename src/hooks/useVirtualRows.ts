import { useWindowVirtualizer, type VirtualItem, type Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { rowKey, staticItems, type RowPositions, type StaticItem, type TimelineRow } from '../domain/rows.ts';
import type { EventId } from '../domain/schema.ts';
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
  readonly virtualizer: Virtualizer<Window, Element>;
  /** The rows to render: the virtualiser's once the list is measured, else a static list. */
  readonly items: readonly RowItem[];
  readonly measured: boolean;
  /** The list's offset in the page, which the rows' positions are relative to. */
  readonly scrollMargin: number;
  /** How far below the window's top the bars stuck there end: a row scrolled to starts below it. */
  readonly clearance: number;
}

interface Options {
  readonly rows: readonly TimelineRow[];
  readonly positions: () => RowPositions;
  readonly compact: boolean;
  readonly selectedId: EventId | null;
  readonly listRef: RefObject<HTMLElement | null>;
}

/** Only the rows near the viewport, with heights estimated per kind and density and measured once shown. */
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
  // Stable callbacks: the virtualiser recomputes every row's offset when either one changes identity.
  const estimateSize = useCallback(
    (i: number) => {
      const row = rows[i];
      if (row?.kind !== 'event') return Math.round(ESTIMATE_REM[row?.kind ?? 'day'] * remPx);
      if (compact) return Math.round(COMPACT_EVENT_REM * remPx);
      return Math.round(ESTIMATE_REM.event * remPx) + row.spaceBefore;
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
    scrollPaddingStart: clearance,
  });

  useRemeasure(virtualizer, positions, compact, selectedId, clearance);

  const virtualItems = virtualizer.getVirtualItems();
  const selectedRow = selectedId === null ? undefined : positions().rowOf.get(selectedId);
  const fallbackItems = useMemo(() => staticItems(rows, selectedRow), [rows, selectedRow]);
  return { virtualizer, items: measured ? virtualItems : fallbackItems, measured, scrollMargin, clearance };
}

/**
 * A new density changes every row's height: sizes measured before are dropped, and the event that
 * was at the top of the screen (or the selected one) stays in view. In a compact list only the
 * selected card is measured (it opens in full), so when the selection moves, the card it leaves
 * drops back to the compact height it is estimated at.
 */
function useRemeasure(
  virtualizer: Virtualizer<Window, Element>,
  positions: () => RowPositions,
  compact: boolean,
  selectedId: EventId | null,
  clearance: number,
) {
  const topRow = useRef(0);
  const lastCompact = useRef(compact);
  const lastSelected = useRef(selectedId);
  useLayoutEffect(() => {
    if (lastCompact.current === compact) return;
    lastCompact.current = compact;
    virtualizer.measure();
    const row = selectedId === null ? undefined : positions().rowOf.get(selectedId);
    virtualizer.scrollToIndex(row ?? topRow.current, { align: 'start' });
  }, [compact, virtualizer, positions, selectedId]);
  useLayoutEffect(() => {
    if (lastSelected.current === selectedId) return;
    lastSelected.current = selectedId;
    if (compact) virtualizer.measure();
  }, [selectedId, compact, virtualizer]);
  useEffect(() => {
    const first = virtualizer.getVirtualItems().find((v) => v.end > (virtualizer.scrollOffset ?? 0) + clearance);
    if (first !== undefined) topRow.current = first.index;
  });
}
