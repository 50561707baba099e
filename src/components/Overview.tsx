import { useCallback, useId, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { Dataset } from '../domain/dataset.ts';
import { KINDS } from '../domain/columns.ts';
import { eventAt } from '../domain/details.ts';
import { nearestPosition } from '../domain/filter.ts';
import { formatShortDate } from '../domain/format.ts';
import { chooseLanes, foldedCount } from '../domain/lanes.ts';
import { makeTimeScale, timeExtent } from '../domain/overview.ts';
import { binLane, describeMark, shownMask, type EventGist, type Mark } from '../domain/overviewMarks.ts';
import { overviewSummary } from '../domain/overviewSummary.ts';
import { eventsIn, periodsWithin, zoomSpan, type Period } from '../domain/periods.ts';
import type { EventId } from '../domain/schema.ts';
import { PHONE_QUERY } from '../hooks/mediaQueries.ts';
import { useElementWidth } from '../hooks/useElementWidth.ts';
import { useFoldOn } from '../hooks/useFoldOn.ts';
import { useActions, useParley } from '../hooks/useParley.ts';
import { useValueAfterPaint } from '../hooks/useValueAfterPaint.ts';
import { useVisibleEvents } from '../hooks/useVisibleEvents.ts';
import { selectDetails, selectSelectedEventId } from '../store/selectors.ts';
import { OverviewAxis } from './OverviewAxis.tsx';
import { ERA_LABEL_H, OverviewEras } from './OverviewEras.tsx';
import { LANE_H, OverviewLanes } from './OverviewLanes.tsx';
import { OverviewLegend } from './OverviewLegend.tsx';
import { OverviewWindow } from './OverviewWindow.tsx';
import { OverviewZoom, type ZoomSpan } from './OverviewZoom.tsx';

/** Room at each end of the plot for a mark's half, and the heights of the window's handle and the axis. */
const PAD = 7;
const HANDLE_H = 8;
const AXIS_H = 36;
/** The width of one column of marks: at most a few hundred marks at any width and any number of events. */
const BIN_W = 8;
const DAY = 86_400_000;

/**
 * The whole span at a glance: a lane per principal affiliation, a mark per column of events shaped
 * by their kind, the stretch on screen as a window to drag, and periods to zoom to. The timeline
 * follows: a mark opens its event, a period or the window scrolls it there.
 */
export function Overview({ dataset }: { dataset: Dataset }) {
  const { columns } = dataset;
  // The marks follow a new filter (or newly arrived details) once the timeline has painted it.
  const indices = useValueAfterPaint(useVisibleEvents().indices);
  const details = useValueAfterPaint(useParley(selectDetails));
  const { jumpToEvent, openEvent } = useActions();
  const detailsRef = useFoldOn(PHONE_QUERY);
  const ref = useRef<HTMLDivElement>(null);
  const measured = useElementWidth(ref);
  const width = measured ?? 0;
  const plotWidth = Math.max(40, width - 2 * PAD);
  const [showAll, setShowAll] = useState(false);
  const [span, setSpan] = useState<ZoomSpan | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  // The overview can be on the page twice (the sidebar and the phone's filter sheet): ids are its own.
  const id = useId();

  const full = useMemo(() => timeExtent(columns) ?? ([0, 0] as const), [columns]);
  const [d0, d1] = span === null ? full : [span.from, span.to];
  const scale = useMemo(() => makeTimeScale([d0, d1], plotWidth), [d0, d1, plotWidth]);
  const [from, to] = scale.domain().map((d) => d.getTime()) as [number, number];
  const lanes = chooseLanes(dataset, showAll);
  const binCount = Math.max(1, Math.floor(plotWidth / BIN_W));
  const binWidth = plotWidth / binCount;
  // Until the width is measured (before the first paint) there are no marks: binned for a guessed
  // width they would be binned again at once.
  const marks = useMemo(() => {
    if (measured === null) return [];
    const shown = shownMask(dataset.count, indices);
    // Every event's kind is in the index, so marks are shaped before any details arrive.
    const kindOf = (i: number) => KINDS[columns.kindOf[i] ?? -1];
    return lanes.map((l) => binLane(l.events, columns.startMs, [from, to], binCount, shown, kindOf));
  }, [measured, dataset, columns, indices, lanes, from, to, binCount]);

  const describe = useCallback(
    (lane: number, mark: Mark) => {
      const gistOf = (i: number): EventGist | undefined => (details === null ? undefined : eventAt(details, i));
      return describeMark(lanes[lane]?.label ?? '', mark, columns, gistOf);
    },
    [lanes, columns, details],
  );
  const idAt = useCallback(
    (i: number | undefined) => (i === undefined ? undefined : (columns.ids[i] as EventId | undefined)),
    [columns],
  );
  const onOpen = useCallback(
    (i: number) => {
      const id = idAt(i);
      if (id === undefined) return;
      openEvent(id);
      // Scrolls even when the event was already the selected one.
      jumpToEvent(id);
    },
    [idAt, openEvent, jumpToEvent],
  );
  const lastJump = useRef<EventId | undefined>(undefined);
  const jumpNear = (instant: number) => {
    const id = idAt(nearestPosition(columns.startMs, indices, instant));
    if (id === undefined || id === lastJump.current) return;
    lastJump.current = id;
    jumpToEvent(id, { focus: false });
  };

  const periods = useMemo(
    () =>
      periodsWithin(columns.startMs, from, to).map((p) => ({
        ...p,
        count: eventsIn(columns.startMs, indices, p.from, p.to).count,
      })),
    [columns, indices, from, to],
  );
  const selectedId = useParley(selectSelectedEventId);
  const selected = selectedId === null ? -1 : (dataset.eventIndex.get(selectedId) ?? -1);
  const toPeriod = (p: Period) => {
    setSpan(p);
    const id = idAt(eventsIn(columns.startMs, indices, p.from, p.to).first);
    if (id !== undefined) jumpToEvent(id, { focus: false });
  };
  const zoom = (factor: number, range: readonly [number, number] | null) => {
    const mid = range !== null && range[1] >= from && range[0] <= to ? (range[0] + range[1]) / 2 : (from + to) / 2;
    const next = zoomSpan([mid - (to - from) / 2, mid + (to - from) / 2], factor, full);
    const whole = next[0] <= full[0] && next[1] >= full[1];
    setSpan(whole ? null : { from: next[0], to: next[1], label: spanLabel(next[0], next[1]) });
    // The timeline follows when what it shows is outside the new span.
    if (range !== null && (range[1] < next[0] || range[0] > next[1])) {
      const id = idAt(eventsIn(columns.startMs, indices, next[0], next[1]).first);
      if (id !== undefined) jumpToEvent(id, { focus: false });
    }
  };

  const jumpAt = (e: MouseEvent<SVGSVGElement>) => {
    const x = e.clientX - e.currentTarget.getBoundingClientRect().left - PAD;
    jumpNear(scale.invert(Math.max(0, x)).getTime());
  };

  const lanesH = lanes.length * LANE_H;
  // Eras (timeline.json) are bands behind the lanes, named in a strip above them; none, no strip.
  const eras = dataset.timeline.eras ?? [];
  const eraH = eras.length > 0 ? ERA_LABEL_H : 0;
  const plotTop = HANDLE_H + eraH;
  const folded = foldedCount(dataset);
  const summary = useMemo(() => overviewSummary(columns, indices), [columns, indices]);
  // Memoised: the chart renders with every filter (its marks follow a render later), and counting
  // every mark of every lane again each time cost milliseconds at 100,000 events.
  const laneSummary = useMemo(
    () =>
      lanes
        .map((l, k) => `${l.label}, ${(marks[k] ?? []).reduce((n, m) => n + m.shown, 0).toLocaleString('en')}`)
        .join('; '),
    [lanes, marks],
  );

  return (
    <section className="overview" aria-labelledby={`${id}-heading`}>
      <details ref={detailsRef} className="overview-details" open>
        <summary>
          <h2 id={`${id}-heading`} className="sidebar-heading">
            Overview
          </h2>
        </summary>
        <div className="overview-chart">
          <div ref={ref} className="overview-plot">
            <svg
              width={width}
              height={plotTop + lanesH + AXIS_H}
              role="group"
              aria-label={
                span === null ? 'Events by affiliation over time' : `Events by affiliation, ${spanLabel(from, to)}`
              }
              aria-describedby={`${id}-summary`}
              onClick={jumpAt}
            >
              {eras.length > 0 && (
                <OverviewEras eras={eras} scale={scale} left={PAD} top={HANDLE_H} bottom={plotTop + lanesH} />
              )}
              <g transform={`translate(0 ${plotTop})`}>
                <OverviewLanes
                  lanes={lanes}
                  marks={marks}
                  left={PAD}
                  binWidth={binWidth}
                  width={plotWidth}
                  selected={selected}
                  describe={describe}
                  onOpen={onOpen}
                  onHover={setHovered}
                  onFocusMark={setFocused}
                />
              </g>
              <OverviewAxis from={from} to={to} left={PAD} width={plotWidth} y={plotTop + lanesH + 2} />
              <OverviewWindow scale={scale} left={PAD} height={plotTop + lanesH} handle={HANDLE_H} onDrag={jumpNear} />
            </svg>
          </div>
          <p className="overview-readout">
            {hovered ?? focused ?? 'Point at or tab to a mark to name its events; Enter opens one.'}
          </p>
          <p id={`${id}-summary`} className="visually-hidden">
            {summary} Events per lane{span === null ? '' : ` from ${spanLabel(from, to)}`}: {laneSummary}.
          </p>
          <OverviewLegend unknownKinds={marks.some((row) => row.some((m) => m.kind === null))} eras={eras} />
          {folded > 0 && (
            <button
              type="button"
              className="button jump-button"
              aria-pressed={showAll}
              onClick={() => setShowAll(!showAll)}
            >
              Show all lanes
            </button>
          )}
          <OverviewZoom
            id={`${id}-zoom`}
            periods={periods}
            span={span}
            canZoomIn={to - from > 2 * DAY}
            onAll={() => setSpan(null)}
            onPeriod={toPeriod}
            onZoom={zoom}
          />
        </div>
      </details>
    </section>
  );
}

/** "8 Aug 2025 – 15 Jun 2026" for a span in UTC ms. */
function spanLabel(from: number, to: number): string {
  const day = (ms: number) => formatShortDate(new Date(ms).toISOString().slice(0, 10));
  // A period ends where the next begins: its last day is the one before.
  return `${day(from)} – ${day(Math.max(from, to - 1))}`;
}
