import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPhoneContext, openList, openSettings } from './helpers';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('reader settings', () => {
  it('keep text size, theme and data saver across a reload, applied before the app renders', async () => {
    const context = await newPhoneContext(browser, baseUrl);
    try {
      const page = await context.newPage();
      await openList(page);
      await openSettings(page);
      await page.getByRole('radio', { name: 'Великий' }).check();
      await page.getByRole('radio', { name: 'Темна' }).check();
      await page.getByRole('checkbox', { name: 'Не завантажувати фото без потреби' }).check();

      await page.reload({ waitUntil: 'domcontentloaded' });
      const root = await page.evaluate(() => ({ ...document.documentElement.dataset }));
      expect(root).toMatchObject({ textSize: '4', theme: 'dark' });
      await expect(page.getByRole('radio', { name: 'Великий' }).isChecked()).resolves.toBe(true);
      await expect(page.getByRole('radio', { name: 'Темна' }).isChecked()).resolves.toBe(true);
      await expect(
        page.getByRole('checkbox', { name: 'Не завантажувати фото без потреби' }).isChecked(),
      ).resolves.toBe(true);
      const rootFontSize = await page.evaluate(
        () => getComputedStyle(document.documentElement).fontSize,
      );
      expect(rootFontSize).toBe('20px');
    } finally {
      await context.close();
    }
  });

  it('with the data saver on, shows no thumbnails and an article photo, the smallest, only after a tap', async () => {
    const context = await newPhoneContext(browser, baseUrl);
    try {
      const page = await context.newPage();
      await openSettings(page);
      await page.getByRole('checkbox', { name: 'Не завантажувати фото без потреби' }).check();
      // The server learns it from the cookie the page sets (its code loads on first use).
      await page.waitForFunction(() => /vistky-look=[^;]*\.1(;|$)/.test(document.cookie));
      const photoRequests: string[] = [];
      page.on('request', (request) => {
        const { pathname } = new URL(request.url());
        if (request.resourceType() === 'image' && /^\/(demo-media|img)\//.test(pathname)) {
          photoRequests.push(pathname);
        }
      });
      await openList(page);
      expect(await page.locator('.card__thumb').count()).toBe(0);
      await page.locator('.news-list .card__link').first().click();
      const show = page.getByRole('button', { name: 'Показати фото' }).first();
      await show.waitFor();
      expect(photoRequests).toEqual([]);
      await show.click();
      await page.locator('.article__figure img, .article-body img').first().waitFor();
      expect(photoRequests.length).toBeGreaterThan(0);
      expect(
        photoRequests.filter((path) => path.startsWith('/img/') && !path.startsWith('/img/w360/')),
      ).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
