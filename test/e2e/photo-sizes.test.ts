import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  LIVE_CARD,
  launchBrowser,
  listArticleKeys,
  newPhoneContext,
  openList,
  waitForCachedImages,
  waitForServiceWorker,
} from './helpers';

const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  await context?.close();
});

/** Waits until an image has downloaded and decoded (a broken one has no natural width). */
async function expectDecoded(page: Page, selector: string): Promise<void> {
  const image = page.locator(selector).first();
  await image.scrollIntoViewIfNeeded();
  await page.waitForFunction(
    (el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0,
    await image.elementHandle(),
  );
}

describe('photos sized for where they show', () => {
  it('make a first visit of the list download thumbnails, not the full photos', async () => {
    context = await newPhoneContext(browser, baseUrl);
    const page = await context.newPage();
    const photos: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'image') photos.push(new URL(request.url()).pathname);
    });
    await openList(page);
    await page.waitForLoadState('networkidle');
    const sources = await page
      .locator('.news-list img')
      .evaluateAll((images) =>
        images.map((image) => new URL((image as HTMLImageElement).src).pathname),
      );
    expect(sources.length).toBeGreaterThan(5);
    expect(sources.every((src) => /^\/img\/thumb\/[0-9a-z]{14}\.webp$/.test(src))).toBe(true);
    // The demo city's photos are /demo-media/*.jpg, 800 pixels wide; the app's icon is no photo.
    const feedPhotos = photos.filter((path) => path !== '/favicon.svg');
    expect(feedPhotos.length).toBeGreaterThan(0);
    expect(feedPhotos.filter((path) => !path.startsWith('/img/thumb/'))).toEqual([]);
    await expectDecoded(page, '.news-list img');
    const size = await page
      .locator('.news-list img')
      .first()
      .evaluate((image) => [
        (image as HTMLImageElement).naturalWidth,
        (image as HTMLImageElement).naturalHeight,
      ]);
    expect(size).toEqual([272, 192]);
  });

  it('show the same photos offline in the list and in an article, kept by the worker', async () => {
    context = await newPhoneContext(browser, baseUrl);
    const page = await context.newPage();
    await openList(page);
    await waitForServiceWorker(page);
    await waitForCachedImages(page, 20);
    const keys = await listArticleKeys(page);
    const photoKey = await page.evaluate((candidates) => {
      for (const key of candidates) {
        const card = document.querySelector(`a[href="/news/${key}"]`)?.closest('li');
        if (card?.querySelector('img')) return key;
      }
      return null;
    }, keys.slice(4));
    expect(photoKey).not.toBeNull();

    await context.setOffline(true);
    await page.reload();
    await page.locator(LIVE_CARD).first().waitFor();
    await expectDecoded(page, '.news-list img');
    await page.click(`a[href="/news/${photoKey}"]`);
    await page.locator('.article-body').waitFor();
    await expectDecoded(page, '.article__figure img');
    const shown = await page.locator('.article__figure img').evaluate((element) => {
      const image = element as HTMLImageElement;
      return { path: new URL(image.currentSrc).pathname, width: image.naturalWidth };
    });
    // A phone 360 pixels wide at 2× takes the 720-pixel WebP, which the worker warmed: 720
    // pixels at density 2 are 360 CSS pixels (the list's 272-pixel thumbnail would be 136).
    expect(shown.path).toMatch(/^\/img\/w720\/[0-9a-z]{14}\.webp$/);
    expect(shown.width).toBe(360);
  });
});
