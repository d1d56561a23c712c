import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
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

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function withContext(run: (context: BrowserContext) => Promise<void>): Promise<void> {
  const context = await newPhoneContext(browser, baseUrl);
  try {
    await run(context);
  } finally {
    await context.close();
  }
}

describe('the news reader', () => {
  it('shows the demo feed as a list of news on the first visit', () =>
    withContext(async (context) => {
      const page = await context.newPage();
      await openList(page);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        'Новини міської ради',
      );
      expect(await page.locator('.news-list > li').count()).toBeGreaterThanOrEqual(10);
      await expect(page.locator('.feed-status').textContent()).resolves.toMatch(
        /^Перевірено о \d\d:\d\d$/,
      );
    }));

  it('opens an article from the list', () =>
    withContext(async (context) => {
      const page = await context.newPage();
      await openList(page);
      const firstLink = page.locator('.news-list .card__link').first();
      const title = (await firstLink.textContent())!.trim();
      await firstLink.click();
      await page.waitForURL(/\/news\/[0-9a-z]{14}$/);
      await page.locator('.article-body').waitFor();
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title);
      expect(await page.locator('.article-body p').count()).toBeGreaterThan(0);
      expect(await page.title()).toContain(title);
    }));

  it('shows the list, an article and its photo after an offline reload', () =>
    withContext(async (context) => {
      const page = await context.newPage();
      await openList(page);
      await waitForServiceWorker(page);
      await waitForCachedImages(page, 10);
      const keys = await listArticleKeys(page);
      // The newest article with a lead photo.
      const photoKey = await page.evaluate(async (candidates) => {
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
      expect(await listArticleKeys(page)).toEqual(keys);
      await expect(
        page.getByText('Немає зʼєднання з інтернетом').first().isVisible(),
      ).resolves.toBe(true);
      await expect(page.locator('.feed-status').textContent()).resolves.toMatch(
        /^Оновлено .*тому|^Оновлено/,
      );

      await page.click(`a[href="/news/${photoKey}"]`);
      await page.locator('.article-body').waitFor();
      expect((await page.locator('.article-body').textContent())!.length).toBeGreaterThan(200);
      const photo = page.locator('.article__figure img, .article-body img').first();
      await photo.scrollIntoViewIfNeeded();
      await page.waitForFunction(
        (el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0,
        await photo.elementHandle(),
      );
    }));

  it('opens a deep link cold in a new tab while offline', () =>
    withContext(async (context) => {
      const page = await context.newPage();
      await openList(page);
      await waitForServiceWorker(page);
      const [key] = await listArticleKeys(page);
      const title = await page.locator('.news-list .card__link').first().textContent();
      await page.close();

      await context.setOffline(true);
      const tab = await context.newPage();
      await tab.goto(`/news/${key}`);
      await expect(tab.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        title!.trim(),
      );
    }));

  it('opens every route cold and offline with the query strings that links carry', () =>
    withContext(async (context) => {
      const page = await context.newPage();
      await openList(page);
      await waitForServiceWorker(page);
      const [key] = await listArticleKeys(page);
      const title = (await page.locator(LIVE_CARD).first().textContent())!.trim();
      await page.close();

      await context.setOffline(true);
      const routes: [string, string][] = [
        ['/?utm_source=telegram&utm_medium=social', 'Новини міської ради'],
        ['/?fbclid=IwAR0abc', 'Новини міської ради'],
        [`/news/${key}?fbclid=IwAR0abc&utm_campaign=x`, title],
        ['/section/%D0%9D%D0%BE%D0%B2%D0%B8%D0%BD%D0%B8?utm_source=viber', 'Новини'],
        ['/saved?from=menu', 'Збережені'],
        ['/settings?from=menu', 'Налаштування'],
        ['/search?q=%D1%81%D0%B5%D1%81%D1%96%D1%8F', 'Пошук'],
      ];
      for (const [route, heading] of routes) {
        const tab = await context.newPage();
        await tab.goto(route);
        await expect(
          tab.getByRole('heading', { level: 1 }).first().textContent(),
          route,
        ).resolves.toContain(heading);
        await tab.close();
      }
    }));

  it('opens a deep link cold in a browser that has never seen the app', () =>
    withContext(async (context) => {
      const first = await newPhoneContext(browser, baseUrl);
      const scout = await first.newPage();
      await openList(scout);
      const [, key] = await listArticleKeys(scout);
      const title = (await scout.locator(`a[href="/news/${key}"]`).textContent())!.trim();
      await first.close();

      const page = await context.newPage();
      await page.goto(`/news/${key}`);
      await expect(
        page.getByRole('heading', { level: 1, name: title }).textContent(),
      ).resolves.toBe(title);
    }));
});
