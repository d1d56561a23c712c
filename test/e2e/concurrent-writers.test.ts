import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { uk } from '../../src/core/i18n/uk';
import { DB_NAME } from '../../src/storage';
import {
  LIVE_CARD,
  launchBrowser,
  listArticleKeys,
  newPhoneContext,
  openList,
  publishDemoArticle,
  resetDemo,
  waitForServiceWorker,
} from './helpers';

const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await newPhoneContext(browser, baseUrl);
});

afterAll(async () => {
  await browser?.close();
});

const STALE_TITLE = 'Стара назва';

/** What the raw database holds: every record's key, id, title and flags, and the saved index. */
interface StoredState {
  records: {
    key: string;
    id: string;
    title: string;
    read: boolean;
    saved: boolean;
    savedKey?: string;
  }[];
  savedIndexCount: number;
}

function readStoredState(page: Page): Promise<StoredState> {
  return page.evaluate(
    (name) =>
      new Promise<StoredState>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('articles').objectStore('articles');
          const all = store.getAll();
          const saved = store.index('by-saved').count();
          all.onsuccess = () =>
            (saved.onsuccess = () => {
              db.close();
              resolve({ records: all.result, savedIndexCount: saved.result });
            });
        };
      }),
    DB_NAME,
  );
}

/** Makes every stored article look outdated and forgets the validators: refreshes rewrite all. */
function ageStoredArticles(page: Page): Promise<void> {
  return page.evaluate(
    ({ name, title }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['articles', 'feeds'], 'readwrite');
          const articles = tx.objectStore('articles');
          articles.getAll().onsuccess = (event) => {
            for (const record of (event.target as IDBRequest).result) {
              articles.put({ ...record, title });
            }
          };
          const feeds = tx.objectStore('feeds');
          feeds.getAll().onsuccess = (event) => {
            for (const meta of (event.target as IDBRequest).result) {
              feeds.put({ ...meta, etag: null, lastModified: null });
            }
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: DB_NAME, title: STALE_TITLE },
  );
}

/**
 * Marks articles read, and every other one saved, one readwrite transaction each (a get and a
 * put, as the app's putArticleState does), spread over `spreadMs` so that the writes land before,
 * between and after the refreshes' transactions.
 */
function flagArticles(page: Page, keys: string[], spreadMs: number): Promise<void> {
  return page.evaluate(
    ({ name, keys, spreadMs }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          let pending = keys.length;
          keys.forEach((key, i) => {
            setTimeout(
              () => {
                const tx = db.transaction('articles', 'readwrite');
                const store = tx.objectStore('articles');
                store.get(key).onsuccess = (event) => {
                  const record = (event.target as IDBRequest).result;
                  record.read = true;
                  if (i % 2 === 0) {
                    record.saved = true;
                    record.savedAt = new Date(Date.UTC(2026, 2, 1, 9, i)).toISOString();
                    record.savedKey = `${record.savedAt}\u0000${record.key}`;
                  }
                  store.put(record);
                };
                tx.oncomplete = () => {
                  if (--pending === 0) {
                    db.close();
                    resolve();
                  }
                };
                tx.onerror = () => reject(tx.error);
              },
              (i * spreadMs) / keys.length,
            );
          });
        };
      }),
    { name: DB_NAME, keys, spreadMs },
  );
}

/** Asks the service worker to refresh, as a page does, and waits for its reply. */
function askWorkerToRefresh(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => resolve((event.data as { type: string }).type);
        navigator.serviceWorker.controller!.postMessage(
          { type: 'refresh', feedUrl: new URL('/api/feed', location.origin).href },
          [channel.port2],
        );
      }),
  );
}

describe('two tabs and the service worker storing the same feed at once', () => {
  it('store every article once and lose no read or saved flag', async () => {
    const tabA = await context.newPage();
    await openList(tabA);
    await waitForServiceWorker(tabA);
    const keys = await listArticleKeys(tabA);

    // A hard reload leaves a page without a controlling worker: tab B refreshes by itself.
    const tabB = await context.newPage();
    await openList(tabB);
    const cdp = await context.newCDPSession(tabB);
    await Promise.all([tabB.waitForEvent('load'), cdp.send('Page.reload', { ignoreCache: true })]);
    await tabB.locator(LIVE_CARD).first().waitFor();
    expect(await tabB.evaluate(() => navigator.serviceWorker.controller)).toBeNull();

    const storedBefore = (await readStoredState(tabA)).records.length;
    await ageStoredArticles(tabA);
    await publishDemoArticle(context, baseUrl);
    await publishDemoArticle(context, baseUrl);
    const flagged = keys.slice(0, 20);

    const [workerReply] = await Promise.all([
      askWorkerToRefresh(tabA),
      tabA.getByRole('button', { name: uk.refresh }).click(),
      tabB.getByRole('button', { name: uk.refresh }).click(),
      flagArticles(tabA, flagged, 600),
    ]);
    expect(workerReply).toBe('refresh-done');
    // Each button is disabled while its refresh runs.
    await tabA.getByRole('button', { name: uk.refresh }).waitFor();
    await tabB.getByRole('button', { name: uk.refresh }).waitFor();
    await tabA.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
    await tabB.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));

    const { records, savedIndexCount } = await readStoredState(tabA);
    expect(records).toHaveLength(storedBefore + 2);
    const ids = records.map((record) => record.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(records.filter((record) => record.title === STALE_TITLE)).toEqual([]);
    const byKey = new Map(records.map((record) => [record.key, record]));
    flagged.forEach((key, i) => {
      expect(byKey.get(key)).toMatchObject({ read: true, saved: i % 2 === 0 });
      if (i % 2 === 0) expect(byKey.get(key)?.savedKey).toMatch(/^2026-03-01T09:/);
    });
    expect(savedIndexCount).toBe(flagged.length / 2);

    for (const tab of [tabA, tabB]) {
      const shown = await listArticleKeys(tab);
      expect(new Set(shown).size).toBe(shown.length);
    }
    await resetDemo(context, baseUrl);
  });
});
