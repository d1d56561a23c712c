import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  countCacheEntries,
  launchBrowser,
  listArticleKeys,
  newPhoneContext,
  openList,
  openSettings,
  readStoredTitles,
  resetDemo,
  waitForServiceWorker,
} from './helpers';

const baseUrl = inject('baseUrl');
const SAVED_IMAGES = 'vistky-saved-images-v1';
const IMAGES = 'vistky-images-v1';
// The smallest limit the settings screen offers, and more new articles than that.
const LIMIT = 100;
const FLOOD = 120;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The newest article in the list that has a photo. */
async function findArticleWithPhoto(page: Page): Promise<{ key: string; title: string }> {
  for (const key of await listArticleKeys(page)) {
    const card = page
      .locator('.news-list .card')
      .filter({ has: page.locator(`a[href="/news/${key}"]`) });
    if ((await card.locator('img').count()) > 0) {
      return { key, title: (await card.locator('.card__link').textContent())!.trim() };
    }
  }
  throw new Error('No article with a photo in the list');
}

describe('saved articles', () => {
  it('keep their text and photo offline after a flood of new articles and a cleared cache', async () => {
    const context = await newPhoneContext(browser, baseUrl);
    try {
      const page = await context.newPage();
      await openList(page);
      await waitForServiceWorker(page);
      const saved = await findArticleWithPhoto(page);
      const [, other] = (await listArticleKeys(page)).filter((key) => key !== saved.key);

      await page.click(`a[href="/news/${saved.key}"]`);
      await page.getByRole('heading', { level: 1, name: saved.title }).waitFor();
      const save = page.getByRole('button', { name: 'Зберегти', pressed: false });
      await save.click();
      await page.getByRole('button', { name: 'Збережено', pressed: true }).waitFor();
      await expect
        .poll(() => countCacheEntries(page, SAVED_IMAGES), { timeout: 15_000 })
        .toBeGreaterThan(0);

      await openSettings(page);
      await page
        .getByRole('combobox', { name: 'Скільки незбережених новин тримати' })
        .selectOption(String(LIMIT));
      await context.request.post(`${baseUrl}/__demo/flood`, { data: { count: FLOOD } });
      await page.getByRole('button', { name: 'Оновити' }).click();
      await expect
        .poll(async () => (await readStoredTitles(page)).length, { timeout: 20_000 })
        .toBe(LIMIT + 1);
      const titles = await readStoredTitles(page);
      expect(titles).toContain(saved.title);
      expect(titles.filter((title) => title.startsWith('Тестове повідомлення'))).toHaveLength(
        LIMIT,
      );
      // The flood has no photos: only the saved article's photos may stay in the photo cache.
      const savedPhotos = await countCacheEntries(page, SAVED_IMAGES);
      await expect
        .poll(() => countCacheEntries(page, IMAGES), { timeout: 15_000 })
        .toBeLessThanOrEqual(savedPhotos);

      // «Очистити кеш» empties the photo cache and drops unsaved articles: the saved one stays.
      await openSettings(page);
      await page.getByRole('button', { name: 'Очистити кеш' }).click();
      await page.getByText('Кеш очищено').waitFor();
      expect(await countCacheEntries(page, IMAGES)).toBe(0);
      expect(await readStoredTitles(page)).toEqual([saved.title]);

      await context.setOffline(true);
      await page.goto(`/news/${other}`);
      await page.getByRole('heading', { name: 'Цієї новини вже немає у стрічці' }).waitFor();
      await page.goto(`/news/${saved.key}`);
      await page.getByRole('heading', { level: 1, name: saved.title }).waitFor();
      const photo = page.locator('.article__figure img, .article-body img').first();
      await photo.scrollIntoViewIfNeeded();
      await page.waitForFunction(
        (img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0,
        await photo.elementHandle(),
      );

      await page.goto('/saved');
      await page.getByText('1 збережена стаття').waitFor();
      await expect(page.locator('.news-list .card__link').textContent()).resolves.toBe(saved.title);
    } finally {
      await resetDemo(context, baseUrl);
      await context.close();
    }
  });
});
