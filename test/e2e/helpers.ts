import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type CDPSession,
  type Page,
} from 'playwright-core';
import { expect } from 'vitest';

/**
 * Headless flags that keep Chromium quiet on a closed network: without the background-networking
 * ones it floods the network with connection attempts of its own.
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium Playwright installed, else Debian's; says how to get one when neither exists. */
export function getChromiumPath(): string {
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    // playwright-core without a downloaded browser throws here.
  }
  if (bundled && existsSync(bundled)) return bundled;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  throw new Error(
    'No Chromium found. Install one: `apt-get install -y chromium` (Debian/Ubuntu), ' +
      'or `npx playwright install chromium` where downloads are allowed.',
  );
}

/** A headless Chromium with a fresh profile. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: getChromiumPath(), args: CHROMIUM_FLAGS });
}

const PHONE = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'uk-UA',
  timezoneId: 'Europe/Kyiv',
  serviceWorkers: 'allow',
} as const;

/** A cheap Android phone: 360×740, touch, Ukrainian locale, Kyiv time, service workers on. */
export function newPhoneContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({ ...PHONE, baseURL });
}

/**
 * The same phone in a real (non-incognito) profile in a fresh user-data-dir: Chromium refuses
 * to install apps from incognito contexts, which is what browser.newContext() makes.
 */
export async function launchPhoneProfile(baseURL: string): Promise<BrowserContext> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'vistky-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    ...PHONE,
    baseURL,
    executablePath: getChromiumPath(),
    args: CHROMIUM_FLAGS,
  });
  context.on('close', () => {
    try {
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    } catch {
      // Chromium may still flush files as it exits; a stale temp profile harms nothing.
    }
  });
  return context;
}

/**
 * A card of the live list, which taps work on; `.news-list .card__link` alone also matches the
 * first screen painted before the app takes its place (the server's page, or the service
 * worker's kept copy), which carries data-first-screen on #app.
 */
export const LIVE_CARD = '#app:not([data-first-screen]) .news-list .card__link';

/** The live app's #app (not a first screen the server or the service worker painted). */
export const LIVE_APP = '#app:not([data-first-screen])';

/** Opens the list and waits until the live app shows its first news cards. */
export async function openList(page: Page): Promise<void> {
  await page.goto('/');
  await page.locator(LIVE_CARD).first().waitFor();
}

/** Waits until the service worker is active and controls the page, with its photos warmed. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/**
 * Evaluates `check` in the page every 250 ms until it resolves truthy (30 s at most).
 * `page.waitForFunction` would not do: it takes the Promise of an async check for a truthy value.
 */
async function pollInPage(
  page: Page,
  check: (arg: string | number | null) => Promise<boolean>,
  arg: string | number | null,
  what: string,
): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!(await page.evaluate(check, arg))) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await page.waitForTimeout(250);
  }
}

/** Waits until the image cache holds at least `minimum` photos. */
export async function waitForCachedImages(page: Page, minimum: number): Promise<void> {
  await pollInPage(
    page,
    async (min) => {
      const names = await caches.keys();
      const name = names.find((n) => n.startsWith('vistky-images'));
      if (!name) return false;
      const keys = await (await caches.open(name)).keys();
      return keys.length >= Number(min);
    },
    minimum,
    `${minimum} cached photos`,
  );
}

/**
 * Waits until the list has kept itself as the next start's first screen (a second after it
 * settles); with `title`, until the kept screen shows that title.
 */
export async function waitForFirstScreen(page: Page, title?: string): Promise<void> {
  await pollInPage(
    page,
    async (expected) => {
      const kept = await (await caches.open('vistky-first-screen')).match('/__first-screen');
      return (
        kept !== undefined && (expected === null || (await kept.text()).includes(String(expected)))
      );
    },
    title ?? null,
    title ? `the kept first screen with «${title}»` : 'the kept first screen',
  );
}

/** The keys of the articles in the list, in order. */
export async function listArticleKeys(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('.news-list .card__link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.replace('/news/', ''));
}

/** Releases the next upcoming demo article at once; returns its id and title. */
export async function publishDemoArticle(
  context: BrowserContext,
  baseUrl: string,
): Promise<{ id: string; title: string }> {
  const response = await context.request.post(`${baseUrl}/__demo/publish`, { data: {} });
  if (!response.ok()) throw new Error(`Demo publish failed: ${response.status()}`);
  return response.json();
}

/** Puts the demo feed back in its initial state (no released items, no fault). */
export async function resetDemo(context: BrowserContext, baseUrl: string): Promise<void> {
  await context.request.post(`${baseUrl}/__demo/reset`, { data: {} });
}

/**
 * A page of the origin that does not run the app (robots.txt), from which a test reads
 * IndexedDB and the worker's notifications while every app page is closed.
 */
export async function openInspector(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/robots.txt');
  return page;
}

/** The id CDP uses for the app's service worker registration. */
export async function getRegistrationId(cdp: CDPSession, origin: string): Promise<string> {
  const found = new Promise<string>((resolve) => {
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const registration = registrations.find((r) => !r.isDeleted && r.scopeURL.startsWith(origin));
      if (registration) resolve(registration.registrationId);
    });
  });
  await cdp.send('ServiceWorker.enable');
  return found;
}

/** Titles of the articles stored in the app's database, read with raw IndexedDB. */
export function readStoredTitles(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('vistky');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('articles').objectStore('articles').getAll();
          request.onsuccess = () => {
            db.close();
            resolve((request.result as { title: string }[]).map((a) => a.title));
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** The notifications the service worker shows now. */
export function listNotifications(
  page: Page,
): Promise<{ title: string; body: string; tag: string }[]> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    const shown = (await registration?.getNotifications()) ?? [];
    return shown.map(({ title, body, tag }) => ({ title, body, tag }));
  });
}

/**
 * Starts recording what must never happen on a page: Content-Security-Policy and Trusted Types
 * violations (securitypolicyviolation events, across navigations), console errors and uncaught
 * exceptions. The returned function lists them so far.
 */
export async function watchPageProblems(page: Page): Promise<() => Promise<string[]>> {
  const problems: string[] = [];
  await page.exposeFunction('__vistkyReportViolation', (line: string) => problems.push(line));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __vistkyReportViolation(line: string): void })
        .__vistkyReportViolation;
      report(`violation ${event.effectiveDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception ${error.message}`));
  return async () => {
    // Binding calls reach us in order with evaluate replies: a round trip delivers earlier ones.
    await page.evaluate(() => undefined);
    return [...problems];
  };
}

/** Switches the demo feed to a fault until switched back ('none' keeps published articles). */
export async function setDemoFault(
  context: BrowserContext,
  baseUrl: string,
  kind: string,
): Promise<void> {
  const response = await context.request.post(`${baseUrl}/__demo/fault`, { data: { kind } });
  if (!response.ok()) throw new Error(`Demo fault ${kind} failed: ${response.status()}`);
}

/** Opens the settings screen and waits for its sections. */
export async function openSettings(page: Page): Promise<void> {
  await page.goto('/settings');
  await page.locator('.settings-section').first().waitFor();
}

/** How many entries a named cache of the origin holds (0 when it does not exist). */
export function countCacheEntries(page: Page, cacheName: string): Promise<number> {
  return page.evaluate(async (name) => {
    if (!(await caches.has(name))) return 0;
    return (await (await caches.open(name)).keys()).length;
  }, cacheName);
}

/** Waits until a named cache holds `url` (the worker keeps documents after the page asks). */
export async function waitForKept(page: Page, cacheName: string, url: string): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(
          async ([name, href]) => (await (await caches.open(name!)).match(href!)) !== undefined,
          [cacheName, url],
        ),
      { timeout: 30_000, interval: 250 },
    )
    .toBe(true);
}
