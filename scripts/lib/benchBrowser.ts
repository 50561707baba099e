/**
 * One benchmark run: a fresh headless Chromium opens a bench page and reports when it was ready,
 * its JS heap after a forced GC, the time to filter to one actor, the longest task while
 * scrolling from the first event to the last, and (on a page with a search box) the time from the
 * first focus of the box to an index ready to answer, from the keystroke that sets the query to the
 * filtered timeline painted, and the heap with the index loaded. A run that stalls is cut off and
 * counted as not finished.
 */
import { chromium, type BrowserServer, type Page } from 'playwright-core';
import type { FilterResult, ScrollResult, SearchResult } from '../../src/bench/benchApi.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

export interface RunResult {
  /** `performance.mark('ready')`, ms after navigation start. */
  readonly readyMs?: number;
  /** `performance.mark('scripts')`: when the page's entry module began to run, all its imports evaluated. */
  readonly scriptsMs?: number;
  /** Used JS heap after a forced garbage collection, bytes. */
  readonly heapBytes?: number;
  readonly filter?: FilterResult;
  readonly scroll?: ScrollResult;
  /** Absent on pages without a search (vis-timeline, a baseline from before the search). */
  readonly search?: SearchResult;
  /** Used JS heap after a forced garbage collection with the search index loaded, bytes. */
  readonly searchHeapBytes?: number;
  /** Why the run stopped early: a timeout or a page error. */
  readonly failure?: string;
  readonly pageErrors: readonly string[];
}

export interface RunOptions {
  readonly url: string;
  /** What the search phase types into the search box. */
  readonly query: string;
  readonly actorId: string;
  readonly scrollSteps: number;
  /** Limit for the page to become ready. */
  readonly readyTimeoutMs: number;
  /** Limit for each later phase (GC, filter, scroll). */
  readonly phaseTimeoutMs: number;
}

const VIEWPORT = { width: 1280, height: 800 };

function within<T>(ms: number, what: string, p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

async function phases(page: Page, opts: RunOptions, result: Record<string, unknown>): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await page.goto(opts.url, { waitUntil: 'commit' });
  await page.waitForFunction(() => performance.getEntriesByName('ready').length > 0, null, {
    timeout: opts.readyTimeoutMs,
    polling: 50,
  });
  [result.readyMs, result.scriptsMs] = await page.evaluate(() =>
    ['ready', 'scripts'].map((m) => performance.getEntriesByName(m)[0]?.startTime),
  );
  await within(opts.phaseTimeoutMs, 'garbage collection', cdp.send('HeapProfiler.collectGarbage'));
  result.heapBytes = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  result.filter = await within(
    opts.phaseTimeoutMs,
    'filter',
    page.evaluate((a) => window.__bench!.filter(a), opts.actorId),
  );
  await within(
    opts.phaseTimeoutMs,
    'clearing the filter',
    page.evaluate(() => window.__bench!.reset()),
  );
  result.scroll = await within(
    opts.phaseTimeoutMs,
    'scrolling',
    page.evaluate((s) => window.__bench!.scrollThrough(s), opts.scrollSteps),
  );
  if (!(await page.evaluate(() => typeof window.__bench?.search === 'function'))) return;
  result.search = await within(
    opts.phaseTimeoutMs,
    'search',
    page.evaluate((q) => window.__bench!.search!(q), opts.query),
  );
  await within(opts.phaseTimeoutMs, 'garbage collection', cdp.send('HeapProfiler.collectGarbage'));
  result.searchHeapBytes = (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** Closes the browser this run started; kills it when closing hangs on a busy page. */
async function shutDown(server: BrowserServer): Promise<void> {
  try {
    await within(10_000, 'closing the browser', server.close());
  } catch {
    await server.kill();
  }
}

export async function measureRun(opts: RunOptions): Promise<RunResult> {
  const server = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const result: Record<string, unknown> = {};
  const pageErrors: string[] = [];
  try {
    const browser = await chromium.connect(server.wsEndpoint());
    const page = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await phases(page, opts, result);
  } catch (err) {
    result.failure = err instanceof Error ? err.message.split('\n')[0] : String(err);
  } finally {
    await shutDown(server);
  }
  return { ...(result as Omit<RunResult, 'pageErrors'>), pageErrors };
}

/** The version of the Chromium used, e.g. "156.0.7500.0". */
export async function chromiumVersion(): Promise<string> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const v = browser.version();
  await browser.close();
  return v;
}
