/**
 * `npm run bench:search`: the candidate search libraries compared on the synthetic dataset
 * (100,000 events and their ~12,500 quotes by default; `--size=N` for another size), each fed the
 * same documents (`searchDocuments`) folded the same way. For each: the serialized index (bytes,
 * and gzip as a static host would send it), the time to load it (JSON.parse and the library's own
 * import, median of three), the heap it holds once loaded, and the time per query over a fixed list
 * with whole words, prefixes and typos (median and p95 of five rounds).
 *
 * Each library runs in a child process of its own (`node --expose-gc`), so that one library's
 * garbage is never counted as another's heap. Pagefind is not measured: it indexes built HTML pages
 * with its own CLI and ships its own UI and fragment files, while Parley's events are records that
 * arrive in chunks, not pages; its index would be one page per event and a UI we do not want.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { Charset, Document } from 'flexsearch';
import MiniSearch from 'minisearch';
import { create, insertMultiple, load, save, search as oramaSearch, type RawData } from '@orama/orama';
import { compileDataset, indexDataset, type CompiledDataset } from '../src/domain/dataset.ts';
import { buildSearch, loadSearch, search, type PublishedSearch, type SearchIndex } from '../src/domain/search.ts';
import {
  FIELD_BOOST,
  foldText,
  SEARCH_FIELDS,
  searchCorpus,
  STOP_WORDS,
  type SearchDocument,
} from '../src/domain/searchText.ts';
import { BENCH_SEED } from './lib/benchServer.ts';
import { generateDataset } from './lib/generateDataset.ts';

const LIBRARIES = ['minisearch', 'flexsearch', 'flexsearch-strict', 'orama', 'parley'] as const;
type Library = (typeof LIBRARIES)[number];

/** Whole words, prefixes as typed, typos, several words, a name, a place, and a word that is nowhere. */
const QUERIES = [
  'sanctions',
  'sanc',
  'sanctons',
  'ceasefire proposal',
  'humanitarian corridor',
  'negotiaton',
  'geneva',
  'gen',
  'brusels',
  'alder',
  'juniper maple',
  'event 4242',
  'security guarantees',
  'de',
  'xylophone',
];

interface Adapter {
  /** Builds the index and returns it serialized. */
  build(docs: readonly SearchDocument[], compiled: CompiledDataset): Promise<string>;
  /** Loads a serialized index. */
  load(text: string): Promise<unknown>;
  /** Runs a query on a loaded index; returns how many documents matched. */
  query(index: unknown, q: string): Promise<number>;
}

/** A library that takes longer than this to build, load and query is reported as not finished. */
const CHILD_TIMEOUT_MS = 8 * 60_000;

const fuzzyFor = (term: string) => (term.length >= 4 ? 0.2 : false);

const miniOptions = {
  fields: [...SEARCH_FIELDS],
  idField: 'id',
  processTerm: (t: string) => {
    const f = foldText(t);
    return STOP_WORDS.has(f) ? null : f;
  },
};

const minisearch: Adapter = {
  async build(docs) {
    const ms = new MiniSearch<SearchDocument>(miniOptions);
    ms.addAll(docs);
    return JSON.stringify(ms);
  },
  load: async (text) => MiniSearch.loadJSON(text, miniOptions),
  async query(index, q) {
    const ms = index as MiniSearch<SearchDocument>;
    return ms.search(q, { prefix: true, fuzzy: fuzzyFor, boost: { ...FIELD_BOOST }, combineWith: 'AND' }).length;
  },
};

type FlexDoc = Document<SearchDocument>;
const flexOptions = (tokenize: 'forward' | 'strict') => ({
  document: { id: 'id', index: [...SEARCH_FIELDS] },
  tokenize,
  encoder: Charset.LatinBalance,
});

/** FlexSearch with every prefix of every word indexed (`forward`), or whole words alone (`strict`: no prefix search). */
const flex = (tokenize: 'forward' | 'strict'): Adapter => ({
  async build(docs) {
    const doc: FlexDoc = new Document<SearchDocument>(flexOptions(tokenize));
    for (const d of docs) doc.add(d);
    const parts: Record<string, string> = {};
    await doc.export((key: string, data: string) => {
      parts[key] = data;
    });
    return JSON.stringify(parts);
  },
  async load(text) {
    const doc: FlexDoc = new Document<SearchDocument>(flexOptions(tokenize));
    const parts = JSON.parse(text) as Record<string, string>;
    for (const [key, data] of Object.entries(parts)) await doc.import(key, data);
    return doc;
  },
  async query(index, q) {
    const doc = index as FlexDoc;
    const results = (await doc.search(q, { limit: 200_000, suggest: true })) as unknown as { result: unknown[] }[];
    return new Set(results.flatMap((r) => r.result)).size;
  },
});

const oramaSchema = Object.fromEntries(SEARCH_FIELDS.map((f) => [f, 'string' as const])) as Record<
  (typeof SEARCH_FIELDS)[number],
  'string'
>;
const oramaDb = () => create({ schema: oramaSchema, components: { tokenizer: { stemming: false } } });

const orama: Adapter = {
  async build(docs) {
    const db = oramaDb();
    await insertMultiple(
      db,
      docs.map((d) => ({ ...d, id: String(d.id) })),
      5_000,
    );
    return JSON.stringify(save(db));
  },
  async load(text) {
    const db = oramaDb();
    load(db, JSON.parse(text) as RawData);
    return db;
  },
  async query(index, q) {
    const db = index as ReturnType<typeof oramaDb>;
    const r = await oramaSearch(db, {
      term: q,
      tolerance: q.length >= 4 ? 1 : 0,
      boost: { ...FIELD_BOOST },
      limit: 200_000,
    });
    return r.count;
  },
};

/**
 * What Parley ships (`src/domain/search.ts`): FlexSearch `strict` with prefixes and typos worked out
 * on the published vocabulary, shared records widened to their events. Loading it includes the
 * lookups it builds from the dataset (quotes by speaker and topic).
 */
let parleyDataset: ReturnType<typeof indexDataset> | null = null;
const parley: Adapter = {
  async build(_docs, compiled) {
    parleyDataset = indexDataset(compiled);
    return JSON.stringify(buildSearch(compiled));
  },
  async load(text) {
    if (parleyDataset === null) throw new Error('build first');
    return loadSearch(JSON.parse(text) as PublishedSearch, parleyDataset);
  },
  async query(index, q) {
    const hits = search(index as SearchIndex, q);
    return hits.events.length + hits.quotes.length;
  },
};

const ADAPTERS: Record<Library, Adapter> = {
  minisearch,
  flexsearch: flex('forward'),
  'flexsearch-strict': flex('strict'),
  orama,
  parley,
};

interface Figures {
  readonly library: Library;
  readonly version: string;
  readonly docs: number;
  readonly buildMs: number;
  readonly bytes: number;
  readonly gzip: number;
  readonly loadMs: number;
  readonly heapMB: number;
  readonly queryMedianMs: number;
  readonly queryP95Ms: number;
  readonly hits: Record<string, number>;
}

const median = (xs: readonly number[]) => quantile(xs, 0.5);
function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g === undefined) throw new Error('run with node --expose-gc (the parent process does)');
  g();
  g();
}

async function versionOf(library: Library): Promise<string> {
  const name =
    library === 'orama' ? '@orama/orama' : library === 'parley' ? 'flexsearch' : library.replace('-strict', '');
  const url = new URL(`../node_modules/${name}/package.json`, import.meta.url);
  const { readFileSync } = await import('node:fs');
  return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
}

/** One library, measured in this process. */
async function measure(library: Library, size: number): Promise<Figures> {
  const adapter = ADAPTERS[library];
  let compiled: CompiledDataset | null = compileDataset(generateDataset(size, BENCH_SEED));
  let docs: readonly SearchDocument[] | null = searchCorpus(compiled).docs;
  const count = docs.length;
  const t0 = performance.now();
  const text = await adapter.build(docs, compiled);
  compiled = null;
  const buildMs = performance.now() - t0;
  docs = null;
  const bytes = Buffer.byteLength(text);
  const gzip = gzipSync(text, { level: 6 }).length;
  const loads: number[] = [];
  let index: unknown = null;
  for (let run = 0; run < 3; run++) {
    index = null;
    gc();
    const start = performance.now();
    index = await adapter.load(text);
    loads.push(performance.now() - start);
  }
  // The heap with the index loaded, less the heap without it (the serialized text is held in both).
  gc();
  const withIndex = process.memoryUsage().heapUsed;
  const hits: Record<string, number> = {};
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const q of QUERIES) {
      const start = performance.now();
      hits[q] = await adapter.query(index, q);
      times.push(performance.now() - start);
    }
  }
  index = null;
  gc();
  const without = process.memoryUsage().heapUsed;
  return {
    library,
    version: await versionOf(library),
    docs: count,
    buildMs,
    bytes,
    gzip,
    loadMs: median(loads),
    heapMB: (withIndex - without) / 2 ** 20,
    queryMedianMs: median(times),
    queryP95Ms: quantile(times, 0.95),
    hits,
  };
}

const mb = (b: number) => `${(b / 2 ** 20).toFixed(1)} MB`;
const ms = (t: number) => (t < 10 ? `${t.toFixed(2)} ms` : `${t.toFixed(0)} ms`);

function table(rows: readonly Figures[]): string {
  const head = ['library', 'index', 'gzip', 'load', 'heap', 'query median', 'query p95', 'build'];
  const body = rows.map((r) => [
    `${r.library} ${r.version}`,
    mb(r.bytes),
    mb(r.gzip),
    ms(r.loadMs),
    `${r.heapMB.toFixed(0)} MB`,
    ms(r.queryMedianMs),
    ms(r.queryP95Ms),
    ms(r.buildMs),
  ]);
  const widths = head.map((h, c) => Math.max(h.length, ...body.map((b) => (b[c] ?? '').length)));
  const line = (cells: readonly string[]) => `| ${cells.map((x, c) => x.padEnd(widths[c] ?? 0)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

function hitsTable(rows: readonly Figures[]): string {
  const lines = QUERIES.map(
    (q) => `  ${JSON.stringify(q).padEnd(24)} ${rows.map((r) => String(r.hits[q] ?? '–').padStart(10)).join(' ')}`,
  );
  return [`  ${'query'.padEnd(24)} ${rows.map((r) => r.library.slice(0, 10).padStart(10)).join(' ')}`, ...lines].join(
    '\n',
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const size = Number(args.find((a) => a.startsWith('--size='))?.slice('--size='.length) ?? 100_000);
  const child = args.find((a) => a.startsWith('--child='))?.slice('--child='.length) as Library | undefined;
  if (child !== undefined) {
    process.stdout.write(`${JSON.stringify(await measure(child, size))}\n`);
    return;
  }
  const only = args
    .find((a) => a.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',') ?? [...LIBRARIES];
  const rows: Figures[] = [];
  const unfinished: string[] = [];
  for (const library of LIBRARIES.filter((l) => only.includes(l))) {
    console.log(`▶ ${library}: ${size.toLocaleString('en')} events and their quotes`);
    const r = spawnSync(
      process.execPath,
      [
        '--expose-gc',
        '--max-old-space-size=4096',
        '--import',
        'tsx',
        fileURLToPath(import.meta.url),
        `--child=${library}`,
        `--size=${size}`,
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 2 ** 24, timeout: CHILD_TIMEOUT_MS },
    );
    const last = r.stdout.trim().split('\n').pop() ?? '';
    if (r.status !== 0 || !last.startsWith('{')) {
      const why = r.error?.message.includes('ETIMEDOUT')
        ? `did not finish within ${CHILD_TIMEOUT_MS / 60_000} minutes`
        : `failed (exit ${r.status ?? r.signal})`;
      console.log(`  ${library} ${why}`);
      unfinished.push(`${library}: ${why}`);
      continue;
    }
    rows.push(JSON.parse(last) as Figures);
  }
  const docs = rows[0]?.docs ?? 0;
  console.log(
    `\nSearch libraries at ${size.toLocaleString('en')} events (${docs.toLocaleString('en')} documents with the quotes)\n`,
  );
  console.log(table(rows));
  for (const line of unfinished) console.log(`  ${line}`);
  console.log(`\nDocuments matched per query (5 rounds of ${QUERIES.length} queries):\n${hitsTable(rows)}`);
  console.log(
    '\nPagefind: not measured. It indexes built HTML pages with its own CLI and brings its own UI and ' +
      'fragment files; Parley searches records (events and quotes) inside the app, not pages.',
  );
}

await main();
