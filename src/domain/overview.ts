/**
 * The time scale that places events across a width: the overview's lanes and the positions view's
 * strips both draw on it (the lanes and marks are in `lanes.ts` and `overviewMarks.ts`).
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { EventColumns } from './columns.ts';

const HALF_DAY = 43_200_000;

/** A UTC time scale over [start, end] onto [0, width]; an empty or zero-length domain is widened by half a day each side. */
export function makeTimeScale([start, end]: readonly [number, number], width: number): ScaleTime<number, number> {
  const [a, b] =
    Number.isFinite(start) && Number.isFinite(end) && end > start
      ? [start, end]
      : [(start || 0) - HALF_DAY, (start || 0) + HALF_DAY];
  return scaleUtc()
    .domain([a, b])
    .range([0, Math.max(1, width)]);
}

/** The first start and last end of the events, or null when there are none. */
export function timeExtent({ startMs, endMs }: EventColumns): [number, number] | null {
  const first = startMs[0];
  if (first === undefined) return null;
  let end = -Infinity;
  for (const e of endMs) if (e > end) end = e;
  return [first, end];
}
