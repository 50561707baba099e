/**
 * The comparison page (`src/bench/bench-vis.html?n=N`): the same N synthetic events in vis-timeline, one
 * lane (group) per actor, so each event appears once in the lane of every actor who took part.
 * It fetches the same static JSON, with the UTC instants the build worked out for Parley, then
 * leaves everything else to vis-timeline. The first window is the first three days, like Parley's
 * first screen, rather than vis-timeline's default of fitting every item.
 */
import { DataSet, DataView } from 'vis-data';
import { Timeline, type DataGroup, type DataItem, type TimelineOptions } from 'vis-timeline';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import type { CompiledDataset } from '../domain/dataset.ts';
import {
  afterNextPaint,
  benchWholeDataUrl,
  benchSize,
  markReadyAfter,
  measureScroll,
  SCRIPTS_MARK,
  whenDom,
  type BenchApi,
} from './benchApi.ts';

// Every imported module (vis-timeline, vis-data) has been evaluated by now.
performance.mark(SCRIPTS_MARK);

const WINDOW_MS = 3 * 86_400_000;
const SEP = '|';

interface Item extends DataItem {
  readonly id: string;
  readonly group: string;
}

function toItems(raw: CompiledDataset): { items: Item[]; first: number; last: number; lastId: string } {
  const items: Item[] = [];
  let first = Infinity;
  let last = -Infinity;
  let lastId = '';
  for (const e of raw.events) {
    const start = e.startMs;
    const end = e.end === undefined ? undefined : e.endMs;
    first = Math.min(first, start);
    if (start >= last) [last, lastId] = [start, e.id];
    for (const p of e.participants) {
      items.push({
        id: `${e.id}${SEP}${p.actorId}`,
        group: p.actorId,
        content: e.title,
        start,
        ...(end === undefined ? {} : { end, type: 'range' }),
      });
    }
  }
  return { items, first, last, lastId };
}

async function main(container: HTMLElement, n: number): Promise<void> {
  const res = await fetch(benchWholeDataUrl(n));
  const raw = (await res.json()) as CompiledDataset;
  const { items, first, last, lastId } = toItems(raw);
  let active: string | null = null;
  const groups = new DataView(new DataSet<DataGroup>(raw.actors.map((a) => ({ id: a.id, content: a.shortName }))), {
    filter: (g) => active === null || g.id === active,
  });
  const itemsView = new DataView(new DataSet<Item>(items), { filter: (i) => active === null || i.group === active });
  const options: TimelineOptions = {
    start: first,
    end: first + WINDOW_MS,
    stack: true,
    maxHeight: window.innerHeight - 40,
    verticalScroll: true,
    groupOrder: 'content',
  };
  const timeline = new Timeline(container, itemsView, groups, options);
  const redrawn = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        timeline.off('changed', done);
        resolve();
      };
      timeline.on('changed', done);
    });
  const visibleIds = () => timeline.getVisibleItems().map(String);
  const setActive = async (actorId: string | null) => {
    const changed = redrawn();
    active = actorId;
    groups.refresh();
    itemsView.refresh();
    await changed;
    return afterNextPaint();
  };

  const api: BenchApi = {
    n,
    async filter(actorId) {
      const t0 = performance.now();
      const t1 = await setActive(actorId);
      const ids = visibleIds();
      return { ms: t1 - t0, verified: ids.length > 0 && ids.every((id) => id.endsWith(`${SEP}${actorId}`)) };
    },
    async reset() {
      await setActive(null);
    },
    scrollThrough(steps) {
      const span = Math.max(0, last - first - WINDOW_MS / 2);
      timeline.setWindow(first, first + WINDOW_MS, { animation: false });
      return measureScroll(
        steps,
        (f) => {
          const start = first + f * span;
          timeline.setWindow(start, start + WINDOW_MS, { animation: false });
        },
        () => visibleIds().some((id) => id.startsWith(`${lastId}${SEP}`)),
      );
    },
  };
  window.__bench = api;
}

const container = document.getElementById('root');
if (container) {
  const n = benchSize();
  void markReadyAfter(whenDom(container, () => container.querySelector('.vis-item') !== null));
  void main(container, n);
}
