import { afterEach, describe, expect, it } from 'vitest';
import { createPortalFeed, type PortalFeedOptions } from '../../../src/server/portal-feed';
import { serveMiddleware, type TestServer } from './serve-middleware';

const MINUTE = 60_000;
const feedJson = (title: string) =>
  JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title, items: [] });

let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

/** A portal feed over a scripted crawl and a hand-moved clock. */
async function startPortalFeed(results: (() => Promise<string>)[]) {
  const clock = { now: Date.parse('2026-03-30T08:00:00Z') };
  let crawls = 0;
  const options: PortalFeedOptions = {
    crawl: () => results[Math.min(crawls++, results.length - 1)]!(),
    now: () => clock.now,
  };
  const feed = createPortalFeed(options);
  server = await serveMiddleware(feed.middleware);
  const url = `${server.url}/api/feed`;
  return { feed, clock, url, getCrawls: () => crawls };
}

describe('createPortalFeed', () => {
  it('makes the first request wait for the first crawl', async () => {
    const { url } = await startPortalFeed([
      () => new Promise((resolve) => setTimeout(() => resolve(feedJson('Перша')), 100)),
    ]);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/feed+json; charset=utf-8');
    expect(JSON.parse(await response.text()).title).toBe('Перша');
  });

  it('answers 304 to a matching If-None-Match or a recent If-Modified-Since', async () => {
    const { url } = await startPortalFeed([async () => feedJson('Перша')]);
    const first = await fetch(url);
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    expect((await fetch(url, { headers: { 'if-none-match': etag } })).status).toBe(304);
    expect((await fetch(url, { headers: { 'if-none-match': `W/${etag}, "x"` } })).status).toBe(304);
    expect((await fetch(url, { headers: { 'if-modified-since': lastModified } })).status).toBe(304);
    expect((await fetch(url, { headers: { 'if-none-match': '"old"' } })).status).toBe(200);
  });

  it('does not crawl again within five minutes', async () => {
    const { url, clock, getCrawls } = await startPortalFeed([async () => feedJson('Перша')]);
    await fetch(url);
    clock.now += 4 * MINUTE;
    await fetch(url);
    expect(getCrawls()).toBe(1);
  });

  it('after five minutes serves the last feed at once and crawls in the background', async () => {
    let finish: (json: string) => void = () => {};
    const { feed, url, clock, getCrawls } = await startPortalFeed([
      async () => feedJson('Перша'),
      () => new Promise((resolve) => (finish = resolve)),
    ]);
    await fetch(url);
    clock.now += 5 * MINUTE;
    const stale = await fetch(url);
    expect(JSON.parse(await stale.text()).title).toBe('Перша');
    expect(getCrawls()).toBe(2);
    finish(feedJson('Друга'));
    await feed.refresh();
    expect(JSON.parse(await (await fetch(url)).text()).title).toBe('Друга');
  });

  it('keeps serving the last good feed when a crawl fails', async () => {
    const { feed, url, clock } = await startPortalFeed([
      async () => feedJson('Перша'),
      async () => Promise.reject(new Error('selector ".listNews" found nothing')),
    ]);
    const etag = (await fetch(url)).headers.get('etag');
    clock.now += 5 * MINUTE;
    await feed.refresh();
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe(etag);
  });

  it('answers 502 when the first crawl fails, and crawls again a minute later', async () => {
    const { url, clock, getCrawls } = await startPortalFeed([
      async () => Promise.reject(new Error('ECONNREFUSED')),
      async () => feedJson('Перша'),
    ]);
    const failed = await fetch(url);
    expect(failed.status).toBe(502);
    expect(await failed.text()).toBe(
      'Bad gateway: the portal could not be bridged (ECONNREFUSED)\n',
    );
    expect((await fetch(url)).status).toBe(502);
    expect(getCrawls()).toBe(1);
    clock.now += MINUTE;
    expect((await fetch(url)).status).toBe(200);
  });

  it('keeps ETag and Last-Modified when a crawl finds nothing new', async () => {
    const { feed, url, clock } = await startPortalFeed([async () => feedJson('Перша')]);
    const first = await fetch(url);
    clock.now += 10 * MINUTE;
    await feed.refresh();
    const second = await fetch(url);
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(second.headers.get('last-modified')).toBe(first.headers.get('last-modified'));
  });
});
