import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import {
  rowStarts,
  rowsWithin,
  scrollTargetFor,
  sizeOf,
  startOf,
  totalOf,
  type GrownRow,
} from '../domain/fixedRows.ts';
import { rowKey, type TimelineRow } from '../domain/rows.ts';

/** Rows rendered beyond each edge of the window, so a short scroll shows rows already laid out. */
const OVERSCAN = 4;

export interface FixedRowItem {
  readonly key: number;
  readonly index: number;
  /** Its offset in the page (the list's offset included). */
  readonly start: number;
}

export interface FixedRows {
  readonly items: readonly FixedRowItem[];
  readonly totalSize: number;
  /** For the selected row's element: its height is measured, since an opened card has no fixed height. */
  readonly measureSelected: (el: Element | null) => void;
  readonly scrollToIndex: (row: number, align: 'start' | 'auto') => void;
}

interface Options {
  readonly rows: readonly TimelineRow[];
  /** Off, the hook lays nothing out and listens to nothing. */
  readonly enabled: boolean;
  /** Each row's fixed height, px. */
  readonly heightOf: (row: TimelineRow) => number;
  /** The list's offset in the page. */
  readonly scrollMargin: number;
  readonly clearance: number;
  readonly selectedRow: number | undefined;
}

const NO_ROWS = new Float64Array(1);
const NO_ITEMS: readonly FixedRowItem[] = [];

/**
 * The window's rows of a list with fixed row heights (the compact list), placed by arithmetic: no
 * per-row measurement and no object per row, whatever the list's length. The selected row is
 * measured, since it opens in full.
 */
export function useFixedRows({ rows, enabled, heightOf, scrollMargin, clearance, selectedRow }: Options): FixedRows {
  const starts = useMemo(
    () => (enabled ? rowStarts(rows.length, (i) => heightOf(rows[i] as TimelineRow)) : NO_ROWS),
    [enabled, rows, heightOf],
  );
  const grown = useGrownRow(rows, starts, enabled ? selectedRow : undefined);

  // Rendered again whenever a scroll or a resize brings other rows into the window.
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const top = enabled ? window.scrollY - scrollMargin : 0;
  const range = enabled ? rowsWithin(starts, grown.row, top, top + window.innerHeight, OVERSCAN) : null;
  const latest = useRef({ starts, grown: grown.row, scrollMargin, range });
  useLayoutEffect(() => {
    latest.current = { starts, grown: grown.row, scrollMargin, range };
  });
  useEffect(() => {
    if (!enabled) return;
    const onScroll = () => {
      const { starts: s, grown: g, scrollMargin: margin, range: shown } = latest.current;
      const y = window.scrollY - margin;
      const next = rowsWithin(s, g, y, y + window.innerHeight, OVERSCAN);
      // Synchronously, as the scroll is painted: rows rendered a frame late would show a blank strip.
      if (next?.[0] !== shown?.[0] || next?.[1] !== shown?.[1]) flushSync(rerender);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
    };
  }, [enabled]);

  const [first, last] = range ?? [0, -1];
  const items = useMemo(() => {
    if (last < first) return NO_ITEMS;
    return Array.from({ length: last - first + 1 }, (_, k) => {
      const index = first + k;
      return {
        key: rowKey(rows[index] as TimelineRow),
        index,
        start: scrollMargin + startOf(starts, index, grown.row),
      };
    });
  }, [first, last, rows, starts, grown.row, scrollMargin]);

  const scrollToIndex = useCallback(
    (row: number, align: 'start' | 'auto') => {
      const { starts: s, grown: g, scrollMargin: margin } = latest.current;
      const view = { top: window.scrollY - margin, height: window.innerHeight, clearance };
      const target = scrollTargetFor(s, g, row, align, view);
      if (target !== null) window.scrollTo({ top: margin + target });
    },
    [clearance],
  );

  return { items, totalSize: totalOf(starts, grown.row), measureSelected: grown.measure, scrollToIndex };
}

/** The selected row as measured: taller than its fixed height once it opens in full. */
function useGrownRow(
  rows: readonly TimelineRow[],
  starts: Float64Array,
  selectedRow: number | undefined,
): { readonly row: GrownRow | null; readonly measure: (el: Element | null) => void } {
  // By row key, not position: a filter moves the selected row but not its height.
  const [measured, setMeasured] = useState<{ readonly key: number; readonly height: number } | null>(null);
  const selected = selectedRow === undefined ? undefined : rows[selectedRow];
  const key = selected === undefined ? undefined : rowKey(selected);
  const extra =
    selectedRow !== undefined && measured !== null && measured.key === key
      ? measured.height - sizeOf(starts, selectedRow, null)
      : 0;
  const row = useMemo(
    () => (selectedRow === undefined || extra === 0 ? null : { row: selectedRow, extra }),
    [selectedRow, extra],
  );

  const observer = useRef<ResizeObserver | null>(null);
  const measure = useCallback(
    (el: Element | null) => {
      observer.current?.disconnect();
      observer.current = null;
      if (el === null || key === undefined || typeof ResizeObserver === 'undefined') return;
      const update = () => {
        const height = el.getBoundingClientRect().height;
        // Not laid out (hidden, or a page without layout): its fixed height stands.
        if (height === 0) return;
        setMeasured((m) => (m?.key === key && m.height === height ? m : { key, height }));
      };
      observer.current = new ResizeObserver(update);
      observer.current.observe(el);
    },
    [key],
  );
  return { row, measure };
}
