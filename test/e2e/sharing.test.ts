import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import {
  LIVE_APP,
  LIVE_CARD,
  launchBrowser,
  listArticleKeys,
  newPhoneContext,
  openList,
  waitForServiceWorker,
} from './helpers';

const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterEach(async () => {
  await context?.close();
});

afterAll(async () => {
  await browser?.close();
});

interface Shared {
  title?: string;
  text?: string;
  url?: string;
}

describe('sharing an article', () => {
  it('hands the title and the app link with the portal address to the system share sheet', async () => {
    context = await newPhoneContext(browser, baseUrl);
    await context.addInitScript(() => {
      const shared: Shared[] = [];
      Object.assign(window, { shared });
      Object.defineProperty(navigator, 'share', {
        value: async (data: Shared) => void shared.push(data),
      });
    });
    const page = await context.newPage();
    await openList(page);
    const link = page.locator('.news-list .card__link').first();
    const title = (await link.textContent())!.trim();
    await link.click();
    await page.locator('.article-body').waitFor();
    const key = new URL(page.url()).pathname.split('/').pop()!;
    const portal = await page.getByRole('link', { name: 'Читати на порталі' }).getAttribute('href');

    await page.getByRole('button', { name: 'Поділитися' }).click();
    const shared = await page.evaluate(() => (window as unknown as { shared: Shared[] }).shared);
    const expected = new URL(`/news/${key}`, baseUrl);
    expected.searchParams.set('src', portal!);
    expected.searchParams.set('t', title);
    expect(shared).toEqual([{ title, text: title, url: expected.href }]);
  });

  it('copies the link to the clipboard where the browser has no share sheet, also offline', async () => {
    context = await newPhoneContext(browser, baseUrl);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await context.addInitScript(() => {
      delete (Navigator.prototype as Partial<Navigator>).share;
    });
    const page = await context.newPage();
    await openList(page);
    await waitForServiceWorker(page);
    await page.locator('.news-list .card__link').first().click();
    await page.locator('.article-body').waitFor();
    await context.setOffline(true);

    await page.getByRole('button', { name: 'Поділитися' }).click();
    const sheet = page.getByRole('dialog', { name: 'Поділитися новиною' });
    await expect(
      sheet.getByRole('link', { name: 'Telegram' }).getAttribute('href'),
    ).resolves.toMatch(/^https:\/\/t\.me\/share\/url\?url=http/);
    await sheet.getByRole('button', { name: 'Скопіювати посилання', exact: true }).click();
    await page.getByText('Посилання скопійовано').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).pathname).toBe(new URL(page.url()).pathname);
    expect(new URL(copied).searchParams.get('src')).toMatch(/^http/);
  });

  it('treats a cancelled share as nothing at all', async () => {
    context = await newPhoneContext(browser, baseUrl);
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'share', {
        value: async () => {
          throw new DOMException('Share canceled', 'AbortError');
        },
      });
    });
    const page = await context.newPage();
    await openList(page);
    await page.locator('.news-list .card__link').first().click();
    await page.locator('.article-body').waitFor();
    await page.getByRole('button', { name: 'Поділитися' }).click();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.getByText('Не вдалося').count()).toBe(0);
  });
});

describe('links that always lead somewhere', () => {
  it('shows a shared article from the server’s page while the feed is still on its way', async () => {
    context = await newPhoneContext(browser, baseUrl);
    const scout = await context.newPage();
    await openList(scout);
    const [key] = await listArticleKeys(scout);
    const title = (await scout.locator(LIVE_CARD).first().textContent())!.trim();
    await context.close();

    context = await newPhoneContext(browser, baseUrl);
    const page = await context.newPage();
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/feed', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`/news/${key}?t=${encodeURIComponent('Інший заголовок')}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title);
    release();
    await page.locator(`${LIVE_APP} .article-body`).waitFor();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title);
  });

  it('never lends the portal’s name to a link elsewhere, nor shows the title it carries', async () => {
    context = await newPhoneContext(browser, baseUrl);
    const page = await context.newPage();
    const src = encodeURIComponent('https://evil.example/pay');
    const response = await page.goto(
      `/news/0000000000zzzz?src=${src}&t=${encodeURIComponent('Терміново: оплатіть борг')}`,
    );
    expect(response?.status()).toBe(404);
    const check = async () => {
      await page.getByRole('heading', { name: 'Цієї новини вже немає у стрічці' }).waitFor();
      expect(await page.getByText('оплатіть борг').count()).toBe(0);
      expect(await page.locator('a[href*="evil.example"]').count()).toBe(0);
      expect(await page.title()).not.toContain('оплатіть');
    };
    await check();
    await page.locator(LIVE_CARD).first().waitFor();
    await check();
  });

  it('says plainly that an unknown article is gone, links the original and lists the news', async () => {
    context = await newPhoneContext(browser, baseUrl);
    const page = await context.newPage();
    const src = 'https://chernigiv-rada.gov.ua/news/id-52892/';
    await page.goto(`/news/0000000000zzzz?src=${encodeURIComponent(src)}`);
    await page.getByRole('heading', { name: 'Цієї новини вже немає у стрічці' }).waitFor();
    await expect(
      page.getByRole('link', { name: 'Відкрити на порталі міської ради' }).getAttribute('href'),
    ).resolves.toBe(src);
    await page.locator(LIVE_CARD).first().waitFor();
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(src);
  });

  it('opens a shared link offline on a phone that has the app', async () => {
    context = await newPhoneContext(browser, baseUrl);
    const page = await context.newPage();
    await openList(page);
    await waitForServiceWorker(page);
    const [key] = await listArticleKeys(page);
    const title = (await page.locator('.news-list .card__link').first().textContent())!.trim();
    await context.setOffline(true);
    const tab = await context.newPage();
    await tab.goto(`/news/${key}?src=${encodeURIComponent('https://rada.example/news/1')}`);
    await tab.locator('.article-body').waitFor();
    await expect(tab.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title);
  });

  it('returns to the same place in the list when the reader goes back', async () => {
    context = await newPhoneContext(browser, baseUrl);
    const page = await context.newPage();
    await openList(page);
    const card = page.locator('.news-list .card__link').nth(8);
    await card.scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 200);
    await page.waitForFunction(
      () => (history.state as { scrollY?: number } | null)?.scrollY === window.scrollY,
    );
    const before = await page.evaluate(() => window.scrollY);
    expect(before).toBeGreaterThan(1000);

    await card.click();
    await page.locator('.article-body').waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.goBack();
    await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 2, before);

    await card.click();
    await page.locator('.article-body').waitFor();
    await page.getByRole('link', { name: 'Усі новини' }).click();
    await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 2, before);
  });
});

describe('the server and the manifest', () => {
  it('answers app routes with a page, an article gone from the feed and unknown paths with 404', async () => {
    context = await newPhoneContext(browser, baseUrl);
    const get = async (path: string) =>
      (await context.request.get(path, { headers: { Accept: 'text/html' } })).status();
    for (const path of ['/', '/settings', '/saved', '/search']) {
      expect(await get(path), path).toBe(200);
    }
    for (const path of ['/news/abcdefghij0123', '/nope', '/news/a/b', '/wp-admin']) {
      expect(await get(path), path).toBe(404);
    }
  });

  it('has shortcuts that open app screens', async () => {
    context = await newPhoneContext(browser, baseUrl);
    const page = await context.newPage();
    const manifest = await (await context.request.get('/manifest.webmanifest')).json();
    const urls = (manifest.shortcuts as { url: string }[]).map((s) => s.url);
    expect(urls).toEqual(['/saved', '/search']);
    for (const url of urls) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await page.getByText('Сторінку не знайдено').count()).toBe(0);
    }
  });
});
