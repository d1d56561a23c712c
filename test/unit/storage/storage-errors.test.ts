import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getArticleKey } from '../../../src/core/ids';
import {
  countArticles,
  getArticle,
  getFeedMeta,
  putFeedArticles,
  StorageFullError,
  type VistkyDatabase,
} from '../../../src/storage';
import { FEED_URL, makeFeedArticle, openTestDatabase } from './test-database';

const NOW = new Date('2026-03-10T12:00:00.000Z');

type Put = IDBObjectStore['put'];

/** Makes the n-th IDBObjectStore.put from now on fail the way `fail` says. */
function failNthPut(
  n: number,
  fail: (store: IDBObjectStore, request: () => IDBRequest) => IDBRequest,
) {
  const original = IDBObjectStore.prototype.put;
  let calls = 0;
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<Put>
  ) {
    const run = () => original.apply(this, args);
    calls += 1;
    return calls === n ? fail(this, run) : run();
  });
}

describe('a full disk', () => {
  let db: VistkyDatabase;
  beforeEach(async () => {
    db = await openTestDatabase();
    await putFeedArticles(db, {
      feedUrl: FEED_URL,
      articles: [makeFeedArticle('a', { title: 'Перша версія' })],
      meta: { etag: '"1"' },
      now: NOW,
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    db.close();
  });

  const putSecondVersion = () =>
    putFeedArticles(db, {
      feedUrl: FEED_URL,
      articles: [makeFeedArticle('a', { title: 'Друга версія' }), makeFeedArticle('b')],
      meta: { etag: '"2"' },
      now: NOW,
    });

  async function expectFirstVersionOnly() {
    expect(await countArticles(db)).toBe(1);
    expect((await getArticle(db, getArticleKey('a')))?.title).toBe('Перша версія');
    expect((await getFeedMeta(db, FEED_URL))?.etag).toBe('"1"');
  }

  it('turns a put that throws QuotaExceededError into StorageFullError', async () => {
    failNthPut(2, () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(putSecondVersion()).rejects.toBeInstanceOf(StorageFullError);
  });

  it('leaves nothing half-written when a put throws QuotaExceededError', async () => {
    failNthPut(2, () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await putSecondVersion().catch(() => undefined);
    await expectFirstVersionOnly();
  });

  it('turns a transaction the browser aborts for quota into StorageFullError', async () => {
    failNthPut(2, (store, run) => {
      const request = run();
      // What browsers do when the quota runs out: abort the transaction with the quota error.
      (store.transaction as unknown as { _abort(name: string): void })._abort('QuotaExceededError');
      return request;
    });
    await expect(putSecondVersion()).rejects.toBeInstanceOf(StorageFullError);
    await expectFirstVersionOnly();
  });
});
