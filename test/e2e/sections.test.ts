import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPhoneContext, openList } from './helpers';

const baseUrl = inject('baseUrl');
const SECTION = 'Комунальні повідомлення';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The unread count a chip shows, 0 when it shows none. */
async function readUnread(page: Page, name: string): Promise<number> {
  const count = page.locator('.chip').filter({ hasText: name }).locator('.chip__count');
  return (await count.count()) === 0 ? 0 : Number(await count.textContent());
}

describe('sections', () => {
  it('list one section with its unread count, mark it read, and open the app on it next time', async () => {
    const context = await newPhoneContext(browser, baseUrl);
    try {
      const page = await context.newPage();
      await openList(page);
      await page
        .getByRole('navigation', { name: 'Розділи' })
        .getByRole('link', { name: SECTION })
        .click();
      await page.waitForURL(/\/section\/komunalni-povidomlennia$/);
      await page.getByRole('heading', { level: 1, name: SECTION }).waitFor();
      const categories = await page.locator('.news-list .card__category').allTextContents();
      expect(new Set(categories)).toEqual(new Set([SECTION]));
      // Nothing on the list may widen the page: a phone would zoom the whole app out.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(360);

      const unread = await readUnread(page, SECTION);
      expect(unread).toBe(categories.length);
      await page.locator('.news-list .card__link').first().click();
      await page.locator('.article-body').waitFor();
      await page.goBack();
      await expect.poll(() => readUnread(page, SECTION)).toBe(unread - 1);
      await expect(page.locator('.card--read').count()).resolves.toBe(1);

      await page.getByRole('button', { name: 'Позначити все прочитаним' }).click();
      await expect.poll(() => readUnread(page, SECTION)).toBe(0);

      const next = await context.newPage();
      await next.goto('/');
      await next.getByRole('heading', { level: 1, name: SECTION }).waitFor();
      expect(new URL(next.url()).pathname).toBe('/section/komunalni-povidomlennia');
    } finally {
      await context.close();
    }
  });
});
