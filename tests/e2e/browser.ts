/**
 * Browser helpers for the e2e tests: launching Debian's Chromium, opening the served app and waiting
 * until the timeline is ready, collecting console errors, axe checks and screenshots.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { AXE_TAGS, CHROMIUM_ARGS, CHROMIUM_PATH } from './config.ts';

const RESULTS_DIR = fileURLToPath(new URL('../../test-results/', import.meta.url));
const LOAD_TIMEOUT_MS = 15_000;

export type AxeViolation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
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
 * Runs axe (WCAG 2.0–2.2 A and AA) on the page as it is now and returns the violations. When there are
 * any, the full axe report is written to test-results/axe/<label>.json.
 */
export async function checkA11y(page: Page, label: string): Promise<AxeViolation[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  if (violations.length > 0) {
    mkdirSync(`${RESULTS_DIR}axe`, { recursive: true });
    writeFileSync(`${RESULTS_DIR}axe/${safeName(label)}.json`, JSON.stringify(violations, null, 2));
  }
  return violations;
}

/** One line per violating node, "rule-id (impact): selector — help", for readable assertion failures. */
export function describeViolations(violations: readonly AxeViolation[]): string[] {
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
