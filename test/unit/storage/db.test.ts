import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  countArticles,
  DB_NAME,
  DB_VERSION,
  deleteDatabase,
  openDatabase,
  putFeedArticles,
  StorageUnavailableError,
} from '../../../src/storage';
import {
  FEED_URL,
  makeFeedArticle,
  openVersion1Database,
  useFreshIndexedDb,
} from './test-database';

describe('openDatabase', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('fails with StorageUnavailableError where IndexedDB does not exist', async () => {
    vi.stubGlobal('indexedDB', undefined);
    await expect(openDatabase()).rejects.toBeInstanceOf(StorageUnavailableError);
  });

  it('fails with StorageUnavailableError when a newer version of the app owns the database', async () => {
    useFreshIndexedDb();
    (await openDB(DB_NAME, DB_VERSION + 1)).close();
    await expect(openDatabase()).rejects.toBeInstanceOf(StorageUnavailableError);
  });

  it('gives up with StorageUnavailableError when an old tab blocks the upgrade', async () => {
    useFreshIndexedDb();
    const oldTab = await openVersion1Database(DB_NAME);
    await expect(openDatabase(DB_NAME, { blockedTimeoutMs: 20 })).rejects.toBeInstanceOf(
      StorageUnavailableError,
    );
    oldTab.close();
  });

  it('closes itself and says so when another context upgrades the database', async () => {
    useFreshIndexedDb();
    const onVersionChange = vi.fn();
    const db = await openDatabase(DB_NAME, { onVersionChange });
    const newer = await openDB(DB_NAME, DB_VERSION + 1);
    expect(onVersionChange).toHaveBeenCalledOnce();
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
    await expect(countArticles(db)).rejects.toBeInstanceOf(StorageUnavailableError);
  });

  it('starts empty again after deleteDatabase', async () => {
    useFreshIndexedDb();
    const db = await openDatabase();
    await putFeedArticles(db, {
      feedUrl: FEED_URL,
      articles: [makeFeedArticle('a')],
      meta: {},
      now: new Date('2026-03-10T12:00:00.000Z'),
    });
    db.close();
    await deleteDatabase();
    const reopened = await openDatabase();
    expect(await countArticles(reopened)).toBe(0);
    reopened.close();
  });
});
