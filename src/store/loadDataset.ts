/** Fetches the bundled dataset (validated at build time) and hands it to the store. */
import { buildDataset } from '../domain/dataset';
import type { RawDataset } from '../domain/schema';
import { datasetFailed, datasetLoaded } from './timelineStore';

const KEYS = ['actors', 'places', 'sources', 'events', 'quotes', 'redirects'] as const;

function asRawDataset(value: unknown): RawDataset {
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const missing = KEYS.filter((k) => !Array.isArray(record[k]));
  if (missing.length > 0) throw new Error(`the dataset file has no list of ${missing.join(', ')}`);
  return record as unknown as RawDataset;
}

/** Loads `url` into the store; any failure becomes an error state that says what went wrong. */
export async function loadDataset(url: string, fetchFn: typeof fetch = fetch): Promise<void> {
  try {
    const res = await fetchFn(url);
    if (!res.ok) throw new Error(`the server answered ${res.status} ${res.statusText} for ${url}`);
    const body: unknown = await res.json().catch(() => {
      throw new Error(`${url} is not valid JSON`);
    });
    // Marks for the performance panel and the benchmark: where loading time goes.
    performance.mark('parley:parsed');
    const dataset = buildDataset(asRawDataset(body));
    performance.mark('parley:indexed');
    datasetLoaded(dataset);
  } catch (err) {
    datasetFailed(err instanceof Error ? err.message : String(err));
  }
}
