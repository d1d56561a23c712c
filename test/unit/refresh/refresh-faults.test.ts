import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DemoFaultKind } from '../../../mocks/demo-faults';
import { control, DEMO_ORIGIN, server } from '../../../mocks/node';
import type { RefreshErrorKind } from '../../../src/core/types';
import {
  countArticles,
  getFeedMeta,
  listArticles,
  listSavedArticles,
  putArticleState,
  type VistkyDatabase,
} from '../../../src/storage';
import { RefreshError, refreshFeed } from '../../../src/refresh';
import { openTestDatabase } from '../storage/test-database';

const FEED_URL = `${DEMO_ORIGIN}/api/feed`;
const T0 = new Date('2026-03-10T12:00:00.000Z');

/** The faults of the demo backend that leave nothing to store, and how a refresh names each. */
const FAULTS: [DemoFaultKind, RefreshErrorKind][] = [
  ['http-500', 'http'],
  ['http-503-retry-after', 'rate-limited'],
  ['http-429-retry-after', 'rate-limited'],
  ['timeout', 'timeout'],
  ['captive-portal', 'not-a-feed'],
  ['redirect-loop', 'offline'],
  ['empty', 'broken-feed'],
  ['all-items-broken', 'broken-feed'],
];

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  control.reset();
});
afterAll(() => server.close());

describe('a refresh against each fault of the feed server', () => {
  let db: VistkyDatabase;
  let clock: Date;
  let storedCount: number;
  let savedKey: string;

  beforeEach(async () => {
    db = await openTestDatabase();
    clock = T0;
    await refresh();
    storedCount = await countArticles(db);
    savedKey = (await listArticles(db, { limit: 1 })).articles[0]!.key;
    await putArticleState(db, savedKey, { saved: true, read: true }, T0);
    // Something new waits on the server, so recovery shows as an added article.
    control.publish();
    return () => db.close();
  });

  function refresh(timeoutMs?: number) {
    return refreshFeed({ db, feedUrl: FEED_URL, now: () => clock, timeoutMs });
  }

  async function refreshUnder(fault: DemoFaultKind) {
    control.setFault(fault);
    // A short timeout stands in for the app's 20 s against the demo's 65 s stall.
    const error = await refresh(fault === 'timeout' ? 50 : undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RefreshError);
    return (error as RefreshError).failure;
  }

  it.each(FAULTS)('names %s as %s and records it', async (fault, kind) => {
    const failure = await refreshUnder(fault);
    expect(failure.kind).toBe(kind);
    expect((await getFeedMeta(db, FEED_URL))?.lastError).toEqual(failure);
  });

  it.each(FAULTS)('removes nothing stored under %s, saved flags included', async (fault) => {
    await refreshUnder(fault);
    expect(await countArticles(db)).toBe(storedCount);
    const saved = await listSavedArticles(db, { limit: 10 });
    expect(saved.articles).toMatchObject([{ key: savedKey, saved: true, read: true }]);
    expect((await getFeedMeta(db, FEED_URL))?.lastSuccess).toBe(T0.toISOString());
  });

  it.each(FAULTS)('recovers with the next good response after %s', async (fault) => {
    const failure = await refreshUnder(fault);
    control.setFault('none');
    // A rate limit is honoured: the next request waits until the server's Retry-After.
    clock = new Date(Date.parse(failure.retryAfter ?? T0.toISOString()) + 1000);
    expect(await refresh()).toMatchObject({ status: 'updated', added: 1 });
    expect(await countArticles(db)).toBe(storedCount + 1);
    expect((await getFeedMeta(db, FEED_URL))?.lastError).toBeNull();
  });

  it('keeps the complete items of a truncated body and removes nothing', async () => {
    control.setFault('truncated');
    // The newest half of the feed arrived whole: the new article is in it.
    expect(await refresh()).toMatchObject({ status: 'updated', added: 1 });
    expect(await countArticles(db)).toBe(storedCount + 1);
    expect(await listSavedArticles(db, { limit: 10 })).toMatchObject({
      articles: [{ key: savedKey, saved: true }],
    });
  });

  it('reads the healthy feed behind a wrong content type as if nothing were wrong', async () => {
    control.setFault('wrong-content-type');
    expect(await refresh()).toMatchObject({ status: 'updated', added: 1 });
  });

  it('writes nothing of a refresh whose disk fills up halfway, keeps saved articles, and recovers', async () => {
    const before = await listArticles(db, { limit: storedCount });
    // The tenth write of the refresh makes the browser abort the transaction for quota, as
    // Chromium does when a commit would pass the origin's quota.
    const put = IDBObjectStore.prototype.put;
    let writes = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<typeof put>
    ) {
      const request = put.apply(this, args);
      if (++writes === 10) {
        (this.transaction as unknown as { _abort(name: string): void })._abort(
          'QuotaExceededError',
        );
      }
      return request;
    });
    // Every stored article has changed on the server, so the refresh rewrites all of them.
    const changed = await refreshFeed({
      db,
      feedUrl: FEED_URL,
      now: () => clock,
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        const body = (await response.text()).replaceAll('<title>', '<title>Оновлено: ');
        return new Response(body, { headers: response.headers });
      },
    }).catch((error: unknown) => error);
    vi.restoreAllMocks();
    expect(writes).toBeGreaterThanOrEqual(10);
    expect(changed).toMatchObject({ failure: { kind: 'storage-full' } });
    expect(await listArticles(db, { limit: storedCount + 1 })).toEqual(before);

    expect(await refresh()).toMatchObject({ status: 'updated', added: 1 });
    expect(await listSavedArticles(db, { limit: 10 })).toMatchObject({
      articles: [{ key: savedKey, saved: true, read: true }],
    });
  });

  it('does not ask a rate-limited server again before its Retry-After', async () => {
    const failure = await refreshUnder('http-429-retry-after');
    control.setFault('none');
    clock = new Date(Date.parse(failure.retryAfter!) - 1000);
    await expect(refresh()).rejects.toMatchObject({ failure });
    expect(await countArticles(db)).toBe(storedCount);
  });
});
