import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  LIVE_APP,
  LIVE_CARD,
  launchBrowser,
  listArticleKeys,
  newPhoneContext,
  openList,
  openSettings,
  waitForServiceWorker,
} from './helpers';

const baseUrl = inject('baseUrl');
let browser: Browser;
let keyWithPhoto: string;
let titleWithPhoto: string;

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await newPhoneContext(browser, baseUrl);
  const page = await context.newPage();
  await openList(page);
  const keys = await listArticleKeys(page);
  const found = await page.evaluate((candidates) => {
    for (const key of candidates) {
      const card = document.querySelector(`a[href="/news/${key}"]`)?.closest('li');
      if (card?.querySelector('img')) return [key, card.querySelector('h2')!.textContent!.trim()];
    }
    return null;
  }, keys);
  [keyWithPhoto, titleWithPhoto] = found!;
  await context.close();
});

afterAll(async () => {
  await browser?.close();
});

async function withContext(
  run: (context: BrowserContext) => Promise<void>,
  options: { javaScriptEnabled?: boolean } = {},
): Promise<void> {
  const context =
    options.javaScriptEnabled === false
      ? await browser.newContext({
          viewport: { width: 360, height: 740 },
          deviceScaleFactor: 2,
          isMobile: true,
          locale: 'uk-UA',
          timezoneId: 'Europe/Kyiv',
          baseURL: baseUrl,
          javaScriptEnabled: false,
        })
      : await newPhoneContext(browser, baseUrl);
  try {
    await run(context);
  } finally {
    await context.close();
  }
}

/** Whether an image has downloaded and decoded (a broken one has no natural width). */
function isDecoded(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate(
      (img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0,
    );
}

/** Holds every request matching `pattern` until the returned function is called. */
async function holdRequests(page: Page, pattern: string): Promise<() => void> {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

describe('pages the server renders', () => {
  it('read without JavaScript: the list, an article, its text and its photo', () =>
    withContext(
      async (context) => {
        const page = await context.newPage();
        await page.goto('/');
        const first = page.locator('.news-list .card__link').first();
        expect(await page.locator('.news-list > li').count()).toBeGreaterThanOrEqual(10);
        await page.locator(`a[href="/news/${keyWithPhoto}"]`).click();
        await page.waitForURL(`**/news/${keyWithPhoto}`);
        await expect(page.locator('h1.article__title').textContent()).resolves.toBe(titleWithPhoto);
        const paragraph = await page.locator('.article-body p').first().textContent();
        expect(paragraph!.trim().length).toBeGreaterThan(40);
        await page.locator('.article__figure img').waitFor();
        await expect.poll(() => isDecoded(page, '.article__figure img')).toBe(true);
        await page.goBack();
        expect(await first.isVisible()).toBe(true);
      },
      { javaScriptEnabled: false },
    ));

  it('paint a shared article’s title and photo before the app’s script has run', () =>
    withContext(async (context) => {
      const page = await context.newPage();
      const release = await holdRequests(page, '**/assets/*.js');
      // Module scripts run before DOMContentLoaded: wait only for the document's first bytes.
      await page.goto(`/news/${keyWithPhoto}`, { waitUntil: 'commit' });
      await expect(page.locator('h1').textContent()).resolves.toBe(titleWithPhoto);
      await expect.poll(() => isDecoded(page, '.article__figure img')).toBe(true);
      expect(await page.locator(LIVE_APP).count()).toBe(0);
      release();
      await page.locator(`${LIVE_APP} .article-body`).waitFor();
    }));

  it.each([
    ['an article', () => `/news/${keyWithPhoto}`, 'h1.article__title'],
    ['the list', () => '/', '.news-list .card__link'],
  ])('give way to the app without moving %s a pixel', (_name, path, selector) =>
    withContext(async (context) => {
      const page = await context.newPage();
      // The app cannot take over before it has the feed: the painted page is the server's.
      const release = await holdRequests(page, '**/api/feed');
      await page.goto(path());
      const painted = await page.locator(selector).first().boundingBox();
      expect(await page.locator(LIVE_APP).count()).toBe(0);
      release();
      await page.locator(`${LIVE_APP} ${selector}`).first().waitFor();
      expect(await page.locator(`${LIVE_APP} ${selector}`).first().boundingBox()).toEqual(painted);
    }),
  );

  it('leave an article opened this way readable offline afterwards', () =>
    withContext(async (context) => {
      const page = await context.newPage();
      await page.goto(`/news/${keyWithPhoto}?utm_source=telegram`);
      await page.locator(`${LIVE_APP} .article-body`).waitFor();
      await waitForServiceWorker(page);
      await context.setOffline(true);
      await page.reload();
      await page.locator(`${LIVE_APP} .article-body`).waitFor();
      await expect(page.locator('h1').textContent()).resolves.toBe(titleWithPhoto);
      await page.goto('/');
      await page.locator(LIVE_CARD).first().waitFor();
    }));

  it('follow the resident’s look, and send no photo to the data saver', () =>
    withContext(async (context) => {
      const page = await context.newPage();
      await openSettings(page);
      await page.getByRole('checkbox', { name: 'Не завантажувати фото без потреби' }).check();
      await page.getByRole('radio', { name: 'Темна' }).check();
      await page.waitForFunction(() => /vistky-look=\d\.dark\.uk\.1(;|$)/.test(document.cookie));
      // What the server sends the next page this browser asks it for (the worker aside).
      const html = await (await context.request.get('/')).text();
      expect(html).toMatch(/<html lang="uk" data-text-size="\d" data-theme="dark">/);
      expect(html).toContain('class="news-list"');
      expect(html).not.toContain('card__thumb');
    }));
});
