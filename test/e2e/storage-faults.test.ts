import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { uk } from '../../src/core/i18n/uk';
import { ukScreens } from '../../src/core/i18n/uk-screens';
import { ARTICLE_PAGE_SIZE } from '../../src/data/articles';
import { DB_NAME, DB_VERSION } from '../../src/storage';
import {
  LIVE_CARD,
  launchBrowser,
  listArticleKeys,
  newPhoneContext,
  openList,
  watchPageProblems,
  waitForServiceWorker,
} from './helpers';

const baseUrl = inject('baseUrl');
const SECTION = 'Комунальні повідомлення';
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

// Run in the page before the app's code (never in its service worker).
const REFUSALS = {
  'indexedDB.open throws': () => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('Refused for the test', 'UnknownError');
    };
  },
  'the open request fails': () => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (this: IDBFactory) {
      // A database that never comes to exist: its upgrade is aborted every time, so the open
      // request fires 'error', as a broken disk makes it do.
      const request = open.call(this, 'vistky-refused-by-the-test', 1);
      request.addEventListener('upgradeneeded', () => request.transaction?.abort());
      return request;
    };
  },
};

/** The unread count a section's chip shows, 0 when it shows none. */
async function readUnread(page: Page, name: string): Promise<number> {
  const count = page.locator('.chip').filter({ hasText: name }).locator('.chip__count');
  return (await count.count()) === 0 ? 0 : Number(await count.textContent());
}

/** The article keys stored in this origin's IndexedDB, read with the raw API. */
function readStoredKeys(page: Page): Promise<string[]> {
  return page.evaluate(
    (name) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('articles')) return resolve([]);
          const keys = db.transaction('articles').objectStore('articles').getAllKeys();
          keys.onsuccess = () => resolve(keys.result as string[]);
        };
      }),
    DB_NAME,
  );
}

describe('a browser that refuses IndexedDB', () => {
  it.each(Object.entries(REFUSALS))(
    'when %s still shows the news online and says offline reading is off',
    (_name, refuse) =>
      withContext(async (context) => {
        const page = await context.newPage();
        await page.addInitScript(refuse);
        const problems = await watchPageProblems(page);
        await openList(page);
        await page.getByText(uk.storageUnavailable).waitFor();
        expect(await listArticleKeys(page)).toHaveLength(ARTICLE_PAGE_SIZE);

        const first = page.locator('.news-list .card__link').first();
        const title = (await first.textContent())!.trim();
        await first.click();
        await page.getByRole('heading', { level: 1, name: title }).waitFor();
        await page.locator('.article-body p').first().waitFor();

        await page.goto('/settings');
        await page.getByRole('heading', { level: 1, name: uk.settingsTitle }).waitFor();
        await page.goto('/');
        await page.locator(LIVE_CARD).first().waitFor();
        await page.getByRole('button', { name: uk.refresh }).click();
        await page.getByRole('button', { name: uk.refresh }).waitFor();
        expect(await page.locator('.notice--error').count()).toBe(0);
        expect(await problems()).toEqual([]);

        // Nothing went to the service worker's database behind the page's back.
        const probe = await context.newPage();
        await probe.goto('/robots.txt');
        expect(await readStoredKeys(probe)).toEqual([]);
      }),
  );

  // Memory lasts as long as the page: every step moves within the app, never reloads it.
  it('offers sections, saved articles and search for the session', () =>
    withContext(async (context) => {
      const page = await context.newPage();
      await page.addInitScript(REFUSALS['indexedDB.open throws']);
      const problems = await watchPageProblems(page);
      await openList(page);
      await page.getByText(uk.storageUnavailable).waitFor();

      await page
        .getByRole('navigation', { name: uk.sectionsLabel })
        .getByRole('link', { name: SECTION })
        .click();
      await page.getByRole('heading', { level: 1, name: SECTION }).waitFor();
      const categories = await page.locator('.news-list .card__category').allTextContents();
      expect(new Set(categories)).toEqual(new Set([SECTION]));
      const unread = await readUnread(page, SECTION);
      expect(unread).toBe(categories.length);

      const card = page.locator(LIVE_CARD).first();
      const title = (await card.textContent())!.trim();
      await card.click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.getByRole('button', { name: uk.save, pressed: false }).click();
      await page.getByRole('button', { name: uk.saved, pressed: true }).waitFor();
      // Kept for the session only, and the toast says so rather than promising offline reading.
      await page.getByText(uk.savedForSessionToast).waitFor();
      expect(await page.getByText(uk.savedToast).count()).toBe(0);
      await page.goBack();
      await expect.poll(() => readUnread(page, SECTION)).toBe(unread - 1);

      await page.getByRole('button', { name: uk.menu }).click();
      await page
        .getByRole('navigation', { name: uk.mainNav })
        .getByRole('link', { name: uk.savedTitle })
        .click();
      await page.getByRole('heading', { level: 1, name: uk.savedTitle }).waitFor();
      await page.locator('.news-list .card__link', { hasText: title }).waitFor();
      expect(await page.locator('.news-list .card').count()).toBe(1);

      await page.getByRole('link', { name: uk.searchTitle }).first().click();
      await page.getByRole('searchbox', { name: ukScreens.searchLabel }).fill('електоральн');
      await page
        .locator('.news-list .card')
        .filter({ hasText: 'контактування з виборцями' })
        .waitFor();
      await expect(
        page.getByRole('status').filter({ hasText: 'Знайдено' }).textContent(),
      ).resolves.toBe('Знайдено 1 новину');

      expect(await page.getByText(uk.storageUnavailable).isVisible()).toBe(true);
      expect(await problems()).toEqual([]);
    }));
});

describe('a schema upgrade by a newer version in another tab', () => {
  it('closes the old tab’s connection and asks it to reload, without blocking the upgrade', () =>
    withContext(async (context) => {
      const oldTab = await context.newPage();
      await openList(oldTab);
      await waitForServiceWorker(oldTab);
      // The worker holds a connection too once it has refreshed.
      await oldTab.getByRole('button', { name: uk.refresh }).click();
      await oldTab.getByRole('button', { name: uk.refresh }).waitFor();

      // A page of the same origin without the app's code opens the next version, as a newer
      // app would: it must not hang on 'blocked'.
      const newTab = await context.newPage();
      await newTab.goto('/robots.txt');
      const upgrade = await newTab.evaluate(
        ({ name, version }) =>
          new Promise<{ version: number; wasBlocked: boolean }>((resolve, reject) => {
            let wasBlocked = false;
            const open = indexedDB.open(name, version);
            open.onblocked = () => (wasBlocked = true);
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              resolve({ version: open.result.version, wasBlocked });
              open.result.close();
            };
          }),
        { name: DB_NAME, version: DB_VERSION + 1 },
      );
      expect(upgrade).toEqual({ version: DB_VERSION + 1, wasBlocked: false });

      const notice = oldTab.getByRole('alert').filter({ hasText: uk.reloadNeeded });
      await notice.waitFor();
      // The old tab keeps showing what it read.
      expect(await listArticleKeys(oldTab)).toHaveLength(ARTICLE_PAGE_SIZE);
      await Promise.all([
        oldTab.waitForEvent('load'),
        notice.getByRole('button', { name: uk.reload }).click(),
      ]);
    }));
});
