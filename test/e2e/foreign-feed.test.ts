import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoBackend } from '../../mocks/demo-backend';
import { DECISION_PDF } from '../../mocks/fixtures/documents';
import { getArticleKey } from '../../src/core/ids';
import { buildServer } from '../../src/server/build-server';
import { readServerConfig } from '../../src/server/config';
import {
  LIVE_APP,
  LIVE_CARD,
  launchBrowser,
  listArticleKeys,
  newPhoneContext,
  openList,
  waitForCachedImages,
  waitForKept,
  waitForServiceWorker,
} from './helpers';

// The session's report publishes the decision, a PDF on the portal's origin.
const REPORT = `/news/${getArticleKey('demo-0001')}`;
const PDF_BYTES = readFileSync(
  new URL(`../../mocks/fixtures/documents/${DECISION_PDF.file}`, import.meta.url),
);

// Every real deployment reads a feed whose photos live on the city's portal, not on the app's
// origin: here the demo city's feed and photos are served from one origin (the "portal") and
// the app from another, which proxies the feed with FEED_URL as `npm start` would.
let portal: FastifyInstance;
let app: FastifyInstance;
let appUrl: string;
let portalOrigin: string;
let browser: Browser;

beforeAll(async () => {
  const quiet = readServerConfig({ LOG_LEVEL: 'warn' });
  portal = await buildServer(quiet, {
    apiOnly: true,
    demoBackend: createDemoBackend({ newItemEveryMs: 0 }),
  });
  portalOrigin = await portal.listen({ port: 0, host: '127.0.0.1' });
  app = await buildServer(
    readServerConfig({ LOG_LEVEL: 'warn', FEED_URL: `${portalOrigin}/api/feed` }),
  );
  // localhost for the app, 127.0.0.1 for the portal: two origins by host as well as by port.
  const address = new URL(await app.listen({ port: 0, host: '127.0.0.1' }));
  appUrl = `http://localhost:${address.port}`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await portal?.close();
});

async function withContext(run: (context: BrowserContext) => Promise<void>): Promise<void> {
  const context = await newPhoneContext(browser, appUrl);
  try {
    await run(context);
  } finally {
    await context.close();
  }
}

/** Waits until an image has downloaded and decoded (a broken one has no natural width). */
async function expectDecoded(page: Page, selector: string): Promise<void> {
  const image = page.locator(selector).first();
  await image.scrollIntoViewIfNeeded();
  await page.waitForFunction(
    (el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0,
    await image.elementHandle(),
  );
}

describe('a feed on another origin (FEED_URL)', () => {
  it('shows its photos in the list and an article offline after one visit', () =>
    withContext(async (context) => {
      const page = await context.newPage();
      await openList(page);
      const photos = await page
        .locator('.news-list img')
        .evaluateAll((images) => images.map((image) => new URL((image as HTMLImageElement).src)));
      expect(photos.length).toBeGreaterThan(0);
      // The app's server makes the thumbnails of the portal's photos, on the app's own origin.
      expect(new Set(photos.map((url) => url.origin))).toEqual(new Set([appUrl]));
      expect(photos.every((url) => url.pathname.startsWith('/img/thumb/'))).toBe(true);
      await waitForServiceWorker(page);
      await waitForCachedImages(page, 10);
      const keys = await listArticleKeys(page);
      const photoKey = await page.evaluate((candidates) => {
        for (const key of candidates) {
          const card = document.querySelector(`a[href="/news/${key}"]`)?.closest('li');
          if (card?.querySelector('img')) return key;
        }
        return null;
      }, keys);
      expect(photoKey).not.toBeNull();

      await context.setOffline(true);
      await page.reload();
      await page.locator(LIVE_CARD).first().waitFor();
      await expectDecoded(page, '.news-list img');
      await page.click(`a[href="/news/${photoKey}"]`);
      await page.locator('.article-body').waitFor();
      await expectDecoded(page, '.article__figure img, .article-body img');
    }));

  it('opens /search?q=… and /?utm_source=… cold and offline, with the query reaching the app', () =>
    withContext(async (context) => {
      const page = await context.newPage();
      await openList(page);
      await waitForServiceWorker(page);
      const title = (await page.locator(LIVE_CARD).first().textContent())!.trim();
      const word = title
        .split(/\s+/)
        .find((w) => w.length >= 6)!
        .replace(/[^\p{L}ʼ'-]/gu, '');
      await page.close();

      await context.setOffline(true);
      const search = await context.newPage();
      await search.goto(`/search?q=${encodeURIComponent(word)}`);
      await expect(
        search.getByRole('searchbox', { name: 'Пошук у новинах' }).inputValue(),
      ).resolves.toBe(word);
      await search.locator('.news-list .card').filter({ hasText: title }).waitFor();

      const list = await context.newPage();
      await list.goto('/?utm_source=telegram&utm_medium=social');
      await list.locator(LIVE_CARD).first().waitFor();
      await expect(list.locator(LIVE_CARD).first().textContent()).resolves.toContain(title);
    }));

  it('keeps an article’s PDF from the portal, through the app’s origin, and opens it offline', () =>
    withContext(async (context) => {
      const page = await context.newPage();
      await page.goto(REPORT);
      await waitForServiceWorker(page);
      const documents = page.locator(`${LIVE_APP} .documents`);
      const link = documents.getByRole('link', { name: /Рішення № 41\/VIII-1/ });
      const path = await link.getAttribute('href');
      // The portal sends no CORS headers: the app links the copy its own server serves.
      expect(path).toMatch(/^\/doc\/[0-9a-z]{14}\.pdf$/);
      const address = `${appUrl}${path}`;
      // «Завжди», the default, keeps it with the article; saving moves it to the saved copies.
      await waitForKept(page, 'vistky-documents-v1', address);
      await page.getByRole('button', { name: 'Зберегти' }).first().click();
      await waitForKept(page, 'vistky-saved-documents-v1', address);

      // Online, the server's copy is sent in a sandbox, named by its title…
      const answer = await context.request.get(path!);
      expect(answer.headers()['content-type']).toBe('application/pdf');
      expect(answer.headers()['content-security-policy']).toBe('sandbox');
      expect(answer.headers()['content-disposition']).toMatch(/^inline; filename\*=UTF-8''/);
      // …and the browser's own PDF viewer shows it all the same (the browser reports the
      // navigation without the policy: its viewer takes the response over).
      const viewer = await context.newPage();
      // Committed is enough: the viewer's frame is what tells it shows the file.
      expect((await viewer.goto(path!, { waitUntil: 'commit' }))!.status()).toBe(200);
      await expect
        .poll(() => viewer.frames().some((frame) => frame.url().startsWith('chrome-extension:')), {
          timeout: 10_000,
        })
        .toBe(true);
      await viewer.close();

      await context.setOffline(true);
      await page.reload();
      await documents.waitFor();
      expect(await documents.textContent()).not.toContain('Доступно лише з інтернетом');
      const opened = context.waitForEvent('response', (response) =>
        response.url().includes('/__kept-document?url='),
      );
      const tab = context.waitForEvent('page');
      await link.click();
      const response = await opened;
      expect(response.fromServiceWorker()).toBe(true);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/pdf');
      await (await tab).close();
      const { pathname, search } = new URL(response.url());
      const bytes = await page.evaluate(
        async (kept) => Array.from(new Uint8Array(await (await fetch(kept)).arrayBuffer())),
        pathname + search,
      );
      expect(Buffer.from(bytes).equals(PDF_BYTES)).toBe(true);
    }));
});
