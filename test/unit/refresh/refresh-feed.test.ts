import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getArticleKey } from '../../../src/core/ids';
import {
  countArticles,
  getArticle,
  getFeedMeta,
  putArticleState,
  type VistkyDatabase,
} from '../../../src/storage';
import { RefreshError, refreshFeed } from '../../../src/refresh';
import { FEED_URL, openTestDatabase } from '../storage/test-database';
import { makeItem, toJsonFeed } from './json-feed';

const T0 = new Date('2026-03-10T12:00:00.000Z');
const FEED_TYPE = { 'Content-Type': 'application/feed+json' };

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const serve = (resolver: Parameters<typeof http.get>[1]) =>
  server.use(http.get(FEED_URL, resolver));
const serveFeed = (items: unknown[], headers: Record<string, string> = {}) =>
  serve(() => HttpResponse.text(toJsonFeed(items), { headers: { ...FEED_TYPE, ...headers } }));

describe('refreshFeed', () => {
  let db: VistkyDatabase;
  let clock: Date;
  beforeEach(async () => {
    db = await openTestDatabase();
    clock = T0;
  });
  afterEach(() => db.close());

  const refresh = (options: { timeoutMs?: number; signal?: AbortSignal } = {}) =>
    refreshFeed({ db, feedUrl: FEED_URL, now: () => clock, ...options });

  async function failure(options?: Parameters<typeof refresh>[0]) {
    const error = await refresh(options).then(
      () => expect.unreachable('the refresh should have failed'),
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(RefreshError);
    return (error as RefreshError).failure;
  }

  async function storeTwoArticles() {
    serveFeed([makeItem('a'), makeItem('b')], { ETag: '"v1"' });
    await refresh();
    server.resetHandlers();
  }

  it('stores the articles of a 200 and reports them as added', async () => {
    serveFeed([makeItem('a', { date_published: '2026-03-01T09:00:00Z' }), makeItem('b')]);
    const result = await refresh();
    expect(result).toMatchObject({ status: 'updated', added: 2, updated: 0, skipped: 0 });
    expect(await countArticles(db)).toBe(2);
  });

  it('records the validators, title, home page and success time of a 200', async () => {
    serveFeed([makeItem('a')], { ETag: '"v1"', 'Last-Modified': 'Mon, 09 Mar 2026 10:00:00 GMT' });
    await refresh();
    expect(await getFeedMeta(db, FEED_URL)).toEqual({
      url: FEED_URL,
      title: 'Новини Чернігівської міської ради',
      homeUrl: 'https://rada.example/',
      etag: '"v1"',
      lastModified: 'Mon, 09 Mar 2026 10:00:00 GMT',
      lastChecked: T0.toISOString(),
      lastSuccess: T0.toISOString(),
      lastError: null,
    });
  });

  it('sends the stored validators and reports not-modified on 304', async () => {
    await storeTwoArticles();
    serve(({ request }) =>
      request.headers.get('If-None-Match') === '"v1"'
        ? new HttpResponse(null, { status: 304 })
        : HttpResponse.text('validators missing', { status: 400 }),
    );
    clock = new Date(T0.getTime() + 60_000);
    expect(await refresh()).toEqual({
      status: 'not-modified',
      added: 0,
      updated: 0,
      addedKeys: [],
      updatedKeys: [],
      evictedKeys: [],
      skipped: 0,
    });
    expect(await getFeedMeta(db, FEED_URL)).toMatchObject({
      lastChecked: clock.toISOString(),
      lastSuccess: clock.toISOString(),
    });
  });

  it('counts changed articles as updated and keeps what the reader saved', async () => {
    await storeTwoArticles();
    await putArticleState(db, getArticleKey('a'), { saved: true, read: true }, T0);
    serveFeed([makeItem('a', { title: 'Уточнено' }), makeItem('b'), makeItem('c')]);
    const result = await refresh();
    expect(result).toMatchObject({ added: 1, updated: 1, addedKeys: [getArticleKey('c')] });
    expect(await getArticle(db, getArticleKey('a'))).toMatchObject({
      title: 'Уточнено',
      saved: true,
      read: true,
    });
  });

  it('records an HTTP failure and keeps the stored articles on 500', async () => {
    await storeTwoArticles();
    serve(() => new HttpResponse('Internal Server Error', { status: 500 }));
    expect(await failure()).toMatchObject({ kind: 'http', status: 500, at: T0.toISOString() });
    expect(await countArticles(db)).toBe(2);
    expect((await getFeedMeta(db, FEED_URL))?.lastError).toMatchObject({ kind: 'http' });
  });

  it('reports rate-limited with the time from Retry-After seconds on 429', async () => {
    serve(() => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '120' } }));
    expect(await failure()).toMatchObject({
      kind: 'rate-limited',
      status: 429,
      retryAfter: '2026-03-10T12:02:00.000Z',
    });
  });

  it('reports rate-limited with the time from a Retry-After date on 503', async () => {
    serve(
      () =>
        new HttpResponse(null, {
          status: 503,
          headers: { 'Retry-After': 'Tue, 10 Mar 2026 12:30:00 GMT' },
        }),
    );
    expect(await failure()).toMatchObject({
      kind: 'rate-limited',
      retryAfter: '2026-03-10T12:30:00.000Z',
    });
  });

  it('does not ask the server again before its Retry-After has passed', async () => {
    const handler = vi.fn(
      () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '120' } }),
    );
    serve(handler);
    await failure();
    clock = new Date(T0.getTime() + 60_000);
    expect(await failure()).toMatchObject({ kind: 'rate-limited' });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('asks the server again once its Retry-After has passed', async () => {
    serve(() => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '120' } }));
    await failure();
    serveFeed([makeItem('a')]);
    clock = new Date(T0.getTime() + 121_000);
    expect(await refresh()).toMatchObject({ status: 'updated', added: 1 });
  });

  it('reports a timeout when the server never answers', async () => {
    serve(async () => {
      await delay('infinite');
      return HttpResponse.text('never');
    });
    expect(await failure({ timeoutMs: 50 })).toMatchObject({ kind: 'timeout' });
  });

  it('reports offline when the request fails at the network level', async () => {
    serve(() => HttpResponse.error());
    expect(await failure()).toMatchObject({ kind: 'offline' });
  });

  it('reports not-a-feed for an HTML page and removes nothing', async () => {
    await storeTwoArticles();
    serve(() => HttpResponse.html('<!doctype html><title>Wi-Fi login</title><p>Sign in</p>'));
    expect(await failure()).toMatchObject({ kind: 'not-a-feed' });
    expect(await countArticles(db)).toBe(2);
  });

  it('reports broken-feed when every item is broken and removes nothing', async () => {
    await storeTwoArticles();
    serveFeed([{ id: 'x' }, 42, 'item']);
    expect(await failure()).toMatchObject({ kind: 'broken-feed' });
    expect(await countArticles(db)).toBe(2);
    expect((await getFeedMeta(db, FEED_URL))?.etag).toBe('"v1"');
  });

  it('stores an empty feed as a success with nothing added', async () => {
    serveFeed([]);
    expect(await refresh()).toMatchObject({ status: 'updated', added: 0, skipped: 0 });
  });

  it('reports aborted and records nothing when the caller aborts', async () => {
    const controller = new AbortController();
    // The caller gives up once the request is under way.
    serve(async () => {
      controller.abort();
      await delay('infinite');
      return HttpResponse.text('never');
    });
    expect(await failure({ signal: controller.signal })).toMatchObject({ kind: 'aborted' });
    expect(await getFeedMeta(db, FEED_URL)).toBeUndefined();
  });

  it('reports storage-full and keeps the stored articles when the disk is full', async () => {
    await storeTwoArticles();
    serveFeed([makeItem('a', { title: 'Нове' }), makeItem('c')]);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      expect(await failure()).toMatchObject({ kind: 'storage-full' });
    } finally {
      vi.restoreAllMocks();
    }
    expect(await countArticles(db)).toBe(2);
    expect((await getArticle(db, getArticleKey('a')))?.title).toBe('Новина a');
  });

  it('reports storage-unavailable when the database connection is gone', async () => {
    serveFeed([makeItem('a')]);
    db.close();
    expect(await failure()).toMatchObject({ kind: 'storage-unavailable' });
  });
});
