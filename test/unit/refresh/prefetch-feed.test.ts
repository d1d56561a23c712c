import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { countArticles, putFeedMeta, type VistkyDatabase } from '../../../src/storage';
import { RefreshError, refreshFeed } from '../../../src/refresh';
import { prefetchFeed, replayFeed } from '../../../src/refresh/prefetch-feed';
import { FEED_URL, openTestDatabase } from '../storage/test-database';
import { makeItem, toJsonFeed } from './json-feed';

const NOW = new Date('2026-03-10T12:00:00.000Z');
const FEED_TYPE = { 'Content-Type': 'application/feed+json', ETag: '"v1"' };

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('prefetchFeed', () => {
  let db: VistkyDatabase;
  let requests: Request[];
  beforeEach(async () => {
    db = await openTestDatabase();
    requests = [];
  });
  afterEach(() => db.close());

  const serve = (answer: () => Response) =>
    server.use(
      http.get(FEED_URL, ({ request }) => {
        requests.push(request);
        return answer();
      }),
    );

  it('downloads the feed once, unconditionally, on a device that never fetched it', async () => {
    serve(() => HttpResponse.text(toJsonFeed([makeItem('1')]), { headers: FEED_TYPE }));
    const feed = await prefetchFeed(db, FEED_URL);
    expect(feed).toMatchObject({ status: 200 });
    expect(requests).toHaveLength(1);
    expect(requests[0]!.headers.get('if-none-match')).toBeNull();
    expect(requests[0]!.headers.get('accept')).toContain('application/feed+json');
  });

  it('leaves a device that fetched the feed before to the conditional request', async () => {
    await putFeedMeta(db, FEED_URL, { etag: '"v0"', lastChecked: NOW.toISOString() });
    serve(() => HttpResponse.text('never asked'));
    expect(await prefetchFeed(db, FEED_URL)).toBeNull();
    expect(requests).toHaveLength(0);
  });

  it('reports a request that never got an answer as a network failure', async () => {
    serve(() => HttpResponse.error());
    expect(await prefetchFeed(db, FEED_URL)).toMatchObject({ error: 'network' });
  });
});

describe('replayFeed', () => {
  let db: VistkyDatabase;
  beforeEach(async () => {
    db = await openTestDatabase();
  });
  afterEach(() => db.close());

  const refreshWith = (fetch: typeof globalThis.fetch) =>
    refreshFeed({ db, feedUrl: FEED_URL, now: () => NOW, fetch });

  it('lets refreshFeed store the prefetched answer, validators included, without a request', async () => {
    const body = new TextEncoder().encode(toJsonFeed([makeItem('1'), makeItem('2')])).buffer;
    const headers = Object.entries(FEED_TYPE);
    const result = await refreshWith(replayFeed({ status: 200, headers, body }));
    expect(result).toMatchObject({ status: 'updated', added: 2 });
    expect(await countArticles(db)).toBe(2);
  });

  it('fails the refresh as the prefetch failed: offline, or timed out', async () => {
    for (const [error, kind] of [
      ['network', 'offline'],
      ['timeout', 'timeout'],
    ] as const) {
      const caught = await refreshWith(replayFeed({ error, message: 'prefetch' })).catch(
        (e: unknown) => e,
      );
      expect(caught).toBeInstanceOf(RefreshError);
      expect((caught as RefreshError).failure.kind).toBe(kind);
    }
  });

  it('records a server error with its status, as a request of its own would', async () => {
    const replay = replayFeed({
      status: 503,
      headers: [['Retry-After', '120']],
      body: new ArrayBuffer(0),
    });
    const caught = await refreshWith(replay).catch((e: unknown) => e);
    expect((caught as RefreshError).failure).toMatchObject({ kind: 'rate-limited', status: 503 });
  });
});
