/** Fetches the bundled dataset (validated at build time) and hands it to the store. */
import { COMPILED_FORMAT, indexDataset, type CompiledDataset } from '../domain/dataset';
import { datasetFailed, datasetLoaded } from './timelineStore';

const KEYS = ['actors', 'places', 'sources', 'events', 'quotes', 'redirects'] as const;

/** The file is the build's output, validated when it was built; this only checks it is that file. */
function asCompiledDataset(value: unknown): CompiledDataset {
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  if (record.format !== COMPILED_FORMAT) throw new Error(`the dataset file is not a Parley build (${COMPILED_FORMAT}); rebuild the site`);
  const missing = KEYS.filter((k) => !Array.isArray(record[k]));
  if (missing.length > 0) throw new Error(`the dataset file has no list of ${missing.join(', ')}`);
  return record as unknown as CompiledDataset;
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
    const dataset = indexDataset(asCompiledDataset(body));
    performance.mark('parley:indexed');
    datasetLoaded(dataset);
  } catch (err) {
    datasetFailed(err instanceof Error ? err.message : String(err));
  }
}
