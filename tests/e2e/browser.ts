/**
 * Browser helpers for the e2e tests: one Debian Chromium per test file and the pages its tests open
 * (closed, and checked for console errors, after each test), opening the served app and waiting
 * until the timeline is ready, axe checks and screenshots.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { AXE_TAGS, CHROMIUM_ARGS, CHROMIUM_PATH, DESKTOP } from './config.ts';

const RESULTS_DIR = fileURLToPath(new URL('../../test-results/', import.meta.url));
const LOAD_TIMEOUT_MS = 15_000;

type AxeViolation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
}

/** The Chromium of one test file, and the contexts and pages its tests open. */
export interface BrowserSession {
  /** The file's Chromium, launched before its first test and closed after its last. */
  browser(): Browser;
  /**
   * A context closed after the test: at 1280 × 800 with reduced motion unless `options` say otherwise
   * (the other settings are Playwright's defaults).
   */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A page in `context` whose console errors and uncaught exceptions must be none when the test ends. */
  newPage(context: BrowserContext): Promise<Page>;
  /** A page in a context of its own (see `newContext`), watched as `newPage` watches it. */
  openPage(options?: BrowserContextOptions): Promise<Page>;
  /** What `page` has logged as an error so far: a test that causes errors on purpose empties the list. */
  consoleErrors(page: Page): string[];
}

/**
 * Launches Chromium for the calling test file (call it once, at the top of the file). After each
 * test, the contexts the test opened are closed, and the console errors and uncaught exceptions of
 * its pages must be none.
 */
export function browserSession(): BrowserSession {
  let browser: Browser | undefined;
  let contexts: BrowserContext[] = [];
  let errors = new Map<Page, string[]>();

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const [closing, logged] = [contexts, errors];
    contexts = [];
    errors = new Map();
    await Promise.all(closing.map((c) => c.close()));
    expect([...logged.values()].flat(), 'console errors and uncaught exceptions').toEqual([]);
  });

  const session: BrowserSession = {
    browser() {
      if (browser === undefined) throw new Error('the browser did not start');
      return browser;
    },
    async newContext(options = {}) {
      const context = await session.browser().newContext({ viewport: DESKTOP, reducedMotion: 'reduce', ...options });
      contexts.push(context);
      return context;
    },
    async newPage(context) {
      const page = await context.newPage();
      errors.set(page, collectConsoleErrors(page));
      return page;
    },
    async openPage(options) {
      return session.newPage(await session.newContext(options));
    },
    consoleErrors(page) {
      const logged = errors.get(page);
      if (logged === undefined) throw new Error('the page was not opened by this session');
      return logged;
    },
  };
  return session;
}

/** The served app's base URL, e.g. "http://127.0.0.1:41234/parley/" (from the global setup). */
export function baseUrl(): string {
  return inject('baseUrl');
}

export interface OpenOptions {
  /** Wait for at least one event article in main (default). When false, wait only until loading ends. */
  readonly expectEvents?: boolean;
}

/**
 * Opens `${baseUrl}${pathAndQuery}` and waits until the timeline is ready: the app has taken over the
 * prerendered page, the "Loading the timeline…" status is gone and main holds an event article. An
 * error the app shows (role=alert) fails at once.
 */
export async function openApp(page: Page, pathAndQuery = '', { expectEvents = true }: OpenOptions = {}): Promise<void> {
  await page.goto(`${baseUrl()}${pathAndQuery.replace(/^\//, '')}`);
  const outcome = await page.waitForFunction(
    (needEvents) => {
      const main = document.querySelector('main, [role="main"]');
      const alert = document.querySelector('[role="alert"]');
      if (alert !== null) return `error: ${alert.textContent ?? ''}`;
      // A prerendered page has events before the app has taken it over, but nothing on it responds yet.
      if (document.getElementById('root')?.hasAttribute('data-prerendered')) return false;
      const loading = [...document.querySelectorAll('[role="status"]')].some((s) =>
        s.textContent?.includes('Loading the timeline'),
      );
      if (main === null || loading) return false;
      return !needEvents || main.querySelector('article') !== null ? 'ready' : false;
    },
    expectEvents,
    { timeout: LOAD_TIMEOUT_MS },
  );
  const result = await outcome.jsonValue();
  if (result !== 'ready') throw new Error(`The app did not load the timeline at ${page.url()}: ${String(result)}`);
}

/** Console errors and uncaught page errors, collected for as long as the page lives. */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console.error: ${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (err) => errors.push(`uncaught: ${err.stack ?? err.message}`));
  return errors;
}

/**
 * Runs axe (WCAG 2.0–2.2 A and AA) on the page as it is now and fails on any violation, listing each
 * violating node. The full axe report is then written to test-results/axe/<label>.json.
 */
export async function expectNoA11yViolations(page: Page, label: string): Promise<void> {
  expect(describeViolations(await checkA11y(page, label)), `axe violations (${label})`).toEqual([]);
}

/** The violations axe finds; with any, the full report is written to test-results/axe/<label>.json. */
async function checkA11y(page: Page, label: string): Promise<AxeViolation[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  if (violations.length > 0) {
    mkdirSync(`${RESULTS_DIR}axe`, { recursive: true });
    writeFileSync(`${RESULTS_DIR}axe/${safeName(label)}.json`, JSON.stringify(violations, null, 2));
  }
  return violations;
}

/** One line per violating node, "rule-id (impact): selector — help", for readable assertion failures. */
function describeViolations(violations: readonly AxeViolation[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact ?? 'n/a'}): ${n.target.map(String).join(' > ')} — ${v.help}`),
  );
}

/** Saves a PNG of the viewport to test-results/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(`${RESULTS_DIR}screenshots`, { recursive: true });
  await page.screenshot({
    path: `${RESULTS_DIR}screenshots/${safeName(name)}.png`,
    animations: 'disabled',
  });
}

function safeName(s: string): string {
  return s
    .replace(/[^a-z0-9-]+/gi, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
}
