/**
 * Helpers for the deep-link tests: waiting until the app has taken over a prerendered page, recording
 * what a hostile link might set off (dialogs, CSP violations, requests elsewhere), reading what the
 * page shows, and reading the link that "Copy link" produced.
 */
import type { BrowserContext, Frame, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

const POLL = { timeout: 5_000, interval: 50 } as const;
const TAKEOVER_TIMEOUT_MS = 15_000;

/**
 * Waits until the app has replaced the prerendered markup (main.tsx drops `data-prerendered` in the
 * app's first commit, or just before hydrating) and is no longer loading. Before that, the page's buttons
 * are static markup that nothing listens to.
 */
export async function waitForTakeover(page: Page | Frame): Promise<void> {
  await page.waitForFunction(
    () => {
      const root = document.getElementById('root');
      if (root === null || root.hasAttribute('data-prerendered')) return false;
      const loading = [...document.querySelectorAll('[role="status"]')].some((s) =>
        s.textContent?.includes('Loading the timeline'),
      );
      return !loading && root.querySelector('main') !== null;
    },
    undefined,
    { timeout: TAKEOVER_TIMEOUT_MS },
  );
}

/**
 * Records every `securitypolicyviolation` in each page of `context` into `window.__cspViolations`,
 * from before the page's own scripts run.
 */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const list: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: list });
    document.addEventListener('securitypolicyviolation', (e) =>
      list.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`),
    );
  });
}

/** The violations recorded since the page loaded; fails if the recorder is missing. */
export async function cspViolations(page: Page | Frame): Promise<string[]> {
  const list = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? null);
  if (list === null) throw new Error('recordCspViolations was not set up for this page');
  return list;
}

/** Every dialog (alert, confirm, prompt, print) the page opens, dismissed at once. */
export function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  return dialogs;
}

/** Requests the page makes to any origin but `origin`: only the site itself may be asked for anything. */
export function recordForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(`${origin}/`) && url !== 'about:blank') foreign.push(url);
  });
  return foreign;
}

/** The ids of the event articles marked as the current (selected) one. */
export function selectedEventIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main article[aria-current="true"]')].map(
      (a) => a.getAttribute('data-event-id') ?? a.id,
    ),
  );
}

/** The page's path, query and fragment. */
export function addressOf(page: Page): string {
  const u = new URL(page.url());
  return `${u.pathname}${u.search}${u.hash}`;
}

/** Whether the element, or something inside it, has the focus. */
export function holdsFocus(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el.contains(document.activeElement));
}

/**
 * Clicks `button` ("Copy link") and returns the link it produced: from the clipboard when the copy
 * went through ("Link copied"), or from the fallback text field when the clipboard was refused.
 */
export async function copyLink(page: Page, button: Locator): Promise<string> {
  const share = button.locator('xpath=..');
  const fallback = share.getByRole('textbox', { name: 'Copy this link:' });
  const copied = share.getByRole('status').filter({ hasText: 'Link copied' });
  await button.click();
  await expect.poll(async () => (await fallback.count()) + (await copied.count()), POLL).toBeGreaterThan(0);
  if ((await fallback.count()) > 0) return fallback.inputValue();
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Parses a Content-Security-Policy into its directives (name → sources). */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name !== undefined && name !== '') directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** What a page shows that a hostile link must not have caused, each as a readable line. */
export function hostileTraces(page: Page, markers: readonly string[], payloads: readonly string[]): Promise<string[]> {
  return page.evaluate(
    ({ markers, payloads }) => {
      const traces: string[] = [];
      const lower = markers.map((m) => m.toLowerCase());
      // Payloads this short or this plain could match ordinary text; the markers cover them.
      const telling = payloads.filter((p) => p.length >= 8 && /[^a-z0-9-]/i.test(p));
      const inspect = (where: string, value: string) => {
        const v = value.toLowerCase();
        for (const m of lower) if (v.includes(m)) traces.push(`${where} shows "${m}"`);
        for (const p of telling) if (value.includes(p)) traces.push(`${where} shows the payload ${p.slice(0, 40)}`);
      };
      inspect('the text', document.body.innerText);
      inspect('the title', document.title);
      for (const el of document.querySelectorAll('*')) {
        for (const a of el.attributes) {
          const where = `<${el.localName} ${a.name}>`;
          if (a.name.startsWith('on')) traces.push(`${where}: an event handler attribute`);
          // Browsers ignore control characters and spaces in a URL's scheme, so an attacker can hide one behind them.
          const compact = [...a.value]
            .filter((c) => c.charCodeAt(0) > 0x20)
            .join('')
            .toLowerCase();
          if (/^(javascript|vbscript):/.test(compact)) traces.push(`${where}: a script URL`);
          inspect(where, a.value);
        }
      }
      const injected = document.querySelectorAll(
        'script:not([src]):not([type="application/ld+json"]), iframe, frame, object, embed, base, meta[http-equiv="refresh" i]',
      );
      for (const el of injected) traces.push(`an injected <${el.localName}>`);
      for (const s of document.querySelectorAll<HTMLScriptElement>('script[src]'))
        if (new URL(s.src).origin !== location.origin) traces.push(`a script from ${s.src}`);
      return traces;
    },
    { markers, payloads },
  );
}

/**
 * Why the page is not a helpful answer, or null when it is: main has visible text and shows the
 * timeline, a not-found state or an empty-result state, and no error took over.
 */
export function unhelpfulState(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    if (main === null) return 'no main landmark';
    if (document.querySelector('[role="alert"]') !== null)
      return `an error is shown: ${document.querySelector('[role="alert"]')?.textContent ?? ''}`;
    if (main.innerText.trim() === '') return 'main shows no text';
    const answers = main.querySelector('article, .not-found, .empty-results');
    const headings = [...main.querySelectorAll('h2')].map((h) => h.textContent ?? '');
    if (answers !== null || headings.some((h) => /not found|no events match/i.test(h))) return null;
    return `main shows neither events nor a not-found answer: ${main.innerText.slice(0, 200)}`;
  });
}
