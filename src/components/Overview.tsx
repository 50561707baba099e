import { useDeferredValue, useMemo, useRef, type MouseEvent } from 'react';
import type { Dataset } from '../domain/dataset.ts';
import type { EventId } from '../domain/schema.ts';
import { buildLanes, jumpTargets, makeTimeScale, timeExtent } from '../domain/overview.ts';
import { nearestPosition } from '../domain/filter.ts';
import { useElementWidth } from '../hooks/useElementWidth.ts';
import { useFoldOn } from '../hooks/useFoldOn.ts';
import { useVisibleEvents } from '../hooks/useVisibleEvents.ts';
import { useActions } from '../hooks/useParley.ts';
import { OverviewLanes, LANE_H, AXIS_H, LABEL_W } from './OverviewLanes.tsx';
import { OverviewWindow } from './OverviewWindow.tsx';
import { PHONE_QUERY } from '../hooks/mediaQueries.ts';

/** The whole span at a glance, one lane per actor; shows where the reader is and jumps there on click. */
export function Overview({ dataset }: { dataset: Dataset }) {
  // The lanes follow a new filter a render after the timeline does, so the timeline paints first.
  const indices = useDeferredValue(useVisibleEvents().indices);
  const { jumpToEvent } = useActions();
  // On phones the chart starts folded so the timeline is on the first screen.
  const detailsRef = useFoldOn(PHONE_QUERY);
  const ref = useRef<HTMLDivElement>(null);
  const measured = useElementWidth(ref);
  const width = measured ?? 0;
  // Room on the right keeps the last tick label inside the chart.
  const plotWidth = Math.max(40, width - LABEL_W - 18);
  const extent = useMemo(() => timeExtent(dataset.columns) ?? ([0, 0] as const), [dataset]);
  const scale = useMemo(() => makeTimeScale(extent, plotWidth), [extent, plotWidth]);
  const binCount = Math.max(1, Math.floor(plotWidth / 3));
  // Until the width is measured (before the first paint) there are no lanes: worked out for a
  // guessed width they would be worked out again at once, which at 100,000 events takes a while.
  const lanes = useMemo(
    () => (measured === null ? [] : buildLanes(dataset, binCount, extent, indices)),
    [measured, dataset, binCount, extent, indices],
  );
  const targets = useMemo(() => jumpTargets(dataset.columns, indices), [dataset, indices]);

  const jumpAt = (e: MouseEvent<SVGSVGElement>) => {
    const x = e.clientX - e.currentTarget.getBoundingClientRect().left - LABEL_W;
    const pos = nearestPosition(dataset.columns.startMs, indices, scale.invert(Math.max(0, x)).getTime());
    const id = pos === undefined ? undefined : dataset.columns.ids[pos];
    if (id !== undefined) jumpToEvent(id as EventId);
  };

  return (
    <section className="overview" aria-labelledby="overview-heading">
      <details ref={detailsRef} className="overview-details" open>
        <summary>
          <h2 id="overview-heading" className="sidebar-heading">
            Overview
          </h2>
        </summary>
        <div ref={ref} className="overview-chart">
          {/* Pointer shortcut only; the "Jump to" buttons below do the same from the keyboard. */}
          <svg
            width={width}
            height={lanes.length * LANE_H + AXIS_H}
            role="img"
            aria-label={`Who took part when: one lane per actor, from ${scale.domain()[0]?.toISOString().slice(0, 10)} to ${scale.domain()[1]?.toISOString().slice(0, 10)}`}
            onClick={jumpAt}
          >
            <OverviewLanes dataset={dataset} lanes={lanes} scale={scale} binWidth={plotWidth / binCount} />
            <OverviewWindow scale={scale} height={lanes.length * LANE_H} />
          </svg>
        </div>
      </details>
      <h3 className="jump-heading">Jump to</h3>
      <ul className="jump-list">
        {targets.map((t) => {
          const id = dataset.columns.ids[t.eventIndex] as EventId | undefined;
          return id === undefined ? null : (
            <li key={t.label}>
              <button type="button" className="button jump-button" onClick={() => jumpToEvent(id)}>
                {t.label}
                <span className="visually-hidden">
                  , {t.count} {t.count === 1 ? 'event' : 'events'}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
