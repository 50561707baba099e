/**
 * The Download menu's worker: fetches the published dataset (the index and the chunks the view
 * needs, most of which the browser has cached) and writes the export off the page's thread, so that
 * a view of 100,000 events leaves the page responsive, and the page never has to hold every event's
 * details.
 */
import { loadDataset } from '../store/loadDataset.ts';
import { exportEvents, type ExportRequest } from './exportEvents.ts';

export interface WorkerRequest extends ExportRequest {
  /** The absolute address of the dataset's index (dataset.json). */
  readonly indexUrl: string;
}

/**
 * The file as a Blob, made here: a Blob crosses to the page by reference, where a string of 90 MB
 * (a calendar of 100,000 events) would be copied, and then encoded again, on the page's thread.
 */
export type WorkerAnswer =
  | { readonly ok: true; readonly fileName: string; readonly blob: Blob }
  | { readonly ok: false; readonly message: string };

const every = (count: number) => Array.from({ length: count }, (_, i) => i);

async function answer(request: WorkerRequest): Promise<WorkerAnswer> {
  try {
    const { dataset, details } = await loadDataset(
      request.indexUrl,
      fetch,
      (ds) => request.positions ?? every(ds.count),
    );
    const file = exportEvents(dataset, details, request);
    return { ok: true, fileName: file.fileName, blob: new Blob([file.text], { type: file.mimeType }) };
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}

addEventListener('message', (e: MessageEvent<WorkerRequest>) => {
  void answer(e.data).then((a) => postMessage(a));
});
