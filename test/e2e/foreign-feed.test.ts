import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoBackend } from '../../mocks/demo-backend';
import { buildServer } from '../../src/server/build-server';
import { readServerConfig } from '../../src/server/config';
import {
  LIVE_CARD,
  launchBrowser,
  listArticleKeys,
  newPhoneContext,
  openList,
  waitForCachedImages,
  waitForServiceWorker,
} from './helpers';

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
});
