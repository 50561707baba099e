import { useState } from 'react';
import type { ExportFormat } from '../domain/interchange/types.ts';
import type { WorkerAnswer, WorkerRequest } from './exportWorker.ts';

export type DownloadState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'preparing'; readonly format: ExportFormat }
  | { readonly kind: 'done'; readonly fileName: string }
  | { readonly kind: 'failed'; readonly format: ExportFormat; readonly message: string };

/** What to export, but the format and the time: the view's positions, the site and the dataset's address. */
export type ExportOrder = Omit<WorkerRequest, 'format' | 'now'>;

const IDLE: DownloadState = { kind: 'idle' };

/**
 * Runs the export in a worker (its code, the exporters with it, is fetched only then). Every browser
 * the app supports has workers; where none can start, the download fails with a message.
 */
interface Prepared {
  readonly fileName: string;
  readonly blob: Blob;
}

function inWorker(request: WorkerRequest): Promise<Prepared> {
  return new Promise<Prepared>((resolve, reject) => {
    if (typeof Worker !== 'function') throw new Error('this browser cannot prepare files (it has no Web Workers)');
    const worker = new Worker(new URL('./exportWorker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (e: MessageEvent<WorkerAnswer>) => {
      worker.terminate();
      const a = e.data;
      if (a.ok) resolve({ fileName: a.fileName, blob: a.blob });
      else reject(new Error(a.message));
    });
    worker.addEventListener('error', (e) => {
      worker.terminate();
      // A worker whose script did not load reports a bare event, with no message.
      const text = typeof e.message === 'string' ? e.message : '';
      reject(new Error(text === '' ? 'the exporter could not be started' : text));
    });
    worker.postMessage(request);
  });
}

/** Hands `file` to the browser as a download: a Blob URL clicked from an `<a download>`, then revoked. */
function save(file: Prepared): void {
  const url = URL.createObjectURL(file.blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked once the browser has taken the file: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Downloads the view that `order` describes (filters and search applied, in timeline order) in a
 * format. The export runs in a worker that fetches the events' details itself (the chunks the page
 * has seen come from the browser's cache), so a view of 100,000 events neither freezes the page nor
 * fills its memory with every event's details. Imports nothing of the app but types: the menu's
 * chunk must not pull the app's modules out of the first screen's chunk.
 */
export function useDownload(order: () => ExportOrder): {
  readonly state: DownloadState;
  readonly download: (format: ExportFormat) => void;
} {
  const [state, setState] = useState<DownloadState>(IDLE);
  const download = (format: ExportFormat) => {
    if (state.kind === 'preparing') return;
    setState({ kind: 'preparing', format });
    inWorker({ ...order(), format, now: Date.now() })
      .then((file) => {
        save(file);
        setState({ kind: 'done', fileName: file.fileName });
      })
      .catch((err: unknown) =>
        setState({ kind: 'failed', format, message: err instanceof Error ? err.message : String(err) }),
      );
  };
  return { state, download };
}
