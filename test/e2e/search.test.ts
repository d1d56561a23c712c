import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  LIVE_CARD,
  launchBrowser,
  newPhoneContext,
  openList,
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

describe('offline search', () => {
  it('finds an article by the start of a word from its body, offline, and highlights the word', async () => {
    const context = await newPhoneContext(browser, baseUrl);
    try {
      const page = await context.newPage();
      await openList(page);
      await waitForServiceWorker(page);
      await context.setOffline(true);
      await page.reload();
      await page.locator(LIVE_CARD).first().waitFor();

      await page.getByRole('link', { name: 'Пошук' }).first().click();
      await page.getByRole('searchbox', { name: 'Пошук у новинах' }).fill('електоральн');
      const hit = page.locator('.news-list .card').filter({ hasText: 'контактування з виборцями' });
      await hit.waitFor();
      await expect(hit.locator('.search-hit__snippet mark').first().textContent()).resolves.toBe(
        'електоральної',
      );
      await expect(
        page.getByRole('status').filter({ hasText: 'Знайдено' }).textContent(),
      ).resolves.toBe('Знайдено 1 новину');
      expect(new URL(page.url()).searchParams.get('q')).toBe('електоральн');
    } finally {
      await context.close();
    }
  });
});
