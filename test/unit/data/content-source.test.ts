import { openDB } from 'idb';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEMO_ORIGIN, server } from '../../../mocks/node';
import { DB_NAME, DB_VERSION, type VistkyDatabase } from '../../../src/storage';
import { refreshAndAnnounce } from '../../../src/refresh';
import { openVersion1Database, useFreshIndexedDb } from '../storage/test-database';

const FEED_URL = `${DEMO_ORIGIN}/api/feed`;
const noWorker = () => {
  throw new Error('a worker cannot write into the page’s memory');
};

/** What a worker does with the request, here in this process: the same refresh, same database. */
const workerOf = (getDatabase: () => Promise<VistkyDatabase>) => async (feedUrl: string) =>
  refreshAndAnnounce({ db: await getDatabase(), feedUrl, now: () => new Date() });

/** The data modules afresh: the content source is decided once per page, like a page load. */
async function loadPage() {
  vi.resetModules();
  const database = await import('../../../src/data/database');
  const { getContentSource } = await import('../../../src/data/content-source');
  return { ...database, getContentSource };
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});
afterAll(() => server.close());

describe('the page’s content source', () => {
  beforeEach(() => useFreshIndexedDb());

  it('reads and refreshes through the database when it opens', async () => {
    const page = await loadPage();
    const source = await page.getContentSource();
    await source.refresh(FEED_URL, workerOf(page.getDatabase));
    expect(page.getStorageStatus()).toBe('database');
    expect((await source.listArticles({ limit: 5 })).articles).toHaveLength(5);
    // Stored for good: a second page load finds the articles without a refresh.
    const next = await loadPage();
    expect(
      (await (await next.getContentSource()).listArticles({ limit: 5 })).articles,
    ).toHaveLength(5);
  });

  it.each([
    ['the browser has no IndexedDB', () => vi.stubGlobal('indexedDB', undefined)],
    [
      'indexedDB.open throws',
      () =>
        vi.spyOn(indexedDB, 'open').mockImplementation(() => {
          throw new DOMException('Refused', 'UnknownError');
        }),
    ],
  ])('reads the feed into memory when %s', async (_name, breakStorage) => {
    breakStorage();
    const page = await loadPage();
    const source = await page.getContentSource();
    expect(page.getStorageStatus()).toBe('memory');
    const result = await source.refresh(FEED_URL, noWorker);
    expect(result.added).toBeGreaterThan(20);
    const [first] = (await source.listArticles({ limit: 1 })).articles;
    expect(await source.getArticle(first!.key)).toEqual(first);
    expect((await source.getFeedMeta(FEED_URL))?.lastSuccess).not.toBeNull();
  });

  it('reports outdated, and still reads into memory, when a newer version owns the database', async () => {
    (await openDB(DB_NAME, DB_VERSION + 1)).close();
    const page = await loadPage();
    const source = await page.getContentSource();
    expect(page.getStorageStatus()).toBe('outdated');
    await source.refresh(FEED_URL, noWorker);
    expect((await source.listArticles({ limit: 1 })).articles).toHaveLength(1);
  });

  it('reports outdated when another tab upgrades the database under it', async () => {
    const page = await loadPage();
    await page.getContentSource();
    const onChange = vi.fn();
    page.subscribeToStorageStatus(onChange);
    const newer = await openDB(DB_NAME, DB_VERSION + 1);
    expect(page.getStorageStatus()).toBe('outdated');
    expect(onChange).toHaveBeenCalledOnce();
    newer.close();
  });

  it('upgrades a database an older tab left behind, once that tab lets go', async () => {
    const oldTab = await openVersion1Database(DB_NAME);
    oldTab.onversionchange = () => oldTab.close();
    const page = await loadPage();
    await page.getContentSource();
    expect(page.getStorageStatus()).toBe('database');
  });
});
