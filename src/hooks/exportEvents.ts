/**
 * Writes the events at some positions of a dataset as one export file: what the Download menu runs,
 * in a worker (exportWorker.ts) or, where there is none, in the page. Loaded only when a download is
 * asked for, so the exporters stay out of the first screen's JavaScript.
 */
import type { Dataset, TimelineEvent } from '../domain/dataset.ts';
import { eventAt, type EventDetails } from '../domain/details.ts';
import { exportInputOf } from '../domain/interchange/exportInput.ts';
import { exportView } from '../domain/interchange/exportView.ts';
import type { ExportFile, ExportFormat, ExportSite } from '../domain/interchange/types.ts';

export interface ExportRequest {
  readonly format: ExportFormat;
  /** The positions of the view's events, in timeline order; null for every event. */
  readonly positions: readonly number[] | null;
  readonly site: ExportSite;
  /** UTC ms: the export's time stamp. */
  readonly now: number;
}

/** The file for `request`; throws naming the first event whose details are not here. */
export function exportEvents(dataset: Dataset, details: EventDetails, request: ExportRequest): ExportFile {
  const { positions } = request;
  const count = positions === null ? dataset.count : positions.length;
  const events: TimelineEvent[] = new Array<TimelineEvent>(count);
  for (let k = 0; k < count; k++) {
    const i = positions === null ? k : (positions[k] as number);
    const event = eventAt(details, i);
    if (event === undefined) throw new Error(`the details of event ${dataset.columns.ids[i] ?? i} did not arrive`);
    events[k] = event;
  }
  return exportView(exportInputOf(dataset, events, request.site, request.now), request.format);
}
