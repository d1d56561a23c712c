import type { IncomingHttpHeaders } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createFeedProxy } from '../../../src/server/feed-proxy';
import { serveMiddleware, startTestServer, type TestServer } from './serve-middleware';

const FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Вістки',
  items: [],
});
const VALIDATORS = { etag: '"feed-1"', 'last-modified': 'Mon, 30 Mar 2026 08:00:00 GMT' };

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function startUpstream(seen: IncomingHttpHeaders[] = []) {
  const upstream = await startTestServer((req, res) => {
    seen.push(req.headers);
    if (req.headers['if-none-match'] === VALIDATORS.etag)
      return res.writeHead(304, VALIDATORS).end();
    res.writeHead(200, { ...VALIDATORS, 'content-type': 'application/feed+json' }).end(FEED);
  });
  servers.push(upstream);
  return upstream;
}

async function startProxy(upstreamUrl: string, timeoutMs?: number) {
  const proxy = await serveMiddleware(createFeedProxy(upstreamUrl, { timeoutMs }));
  servers.push(proxy);
  return proxy;
}

describe('createFeedProxy', () => {
  it('serves the upstream feed at /api/feed with its content type and validators', async () => {
    const upstream = await startUpstream();
    const proxy = await startProxy(`${upstream.url}/feed.json`);
    const response = await fetch(`${proxy.url}/api/feed`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(FEED);
    expect(response.headers.get('content-type')).toBe('application/feed+json');
    expect(response.headers.get('etag')).toBe(VALIDATORS.etag);
    expect(response.headers.get('last-modified')).toBe(VALIDATORS['last-modified']);
  });

  it('forwards If-None-Match and If-Modified-Since and passes the 304 back', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const upstream = await startUpstream(seen);
    const proxy = await startProxy(`${upstream.url}/feed.json`);
    const response = await fetch(`${proxy.url}/api/feed?fresh=1`, {
      headers: {
        'if-none-match': VALIDATORS.etag,
        'if-modified-since': VALIDATORS['last-modified'],
      },
    });
    expect(response.status).toBe(304);
    expect(response.headers.get('etag')).toBe(VALIDATORS.etag);
    expect(seen[0]).toMatchObject({
      'if-none-match': VALIDATORS.etag,
      'if-modified-since': VALIDATORS['last-modified'],
    });
  });

  it('passes an upstream error status and its Retry-After through', async () => {
    const upstream = await startTestServer((_req, res) =>
      res.writeHead(503, { 'retry-after': '60' }).end('busy'),
    );
    servers.push(upstream);
    const proxy = await startProxy(upstream.url);
    const response = await fetch(`${proxy.url}/api/feed`);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('60');
  });

  it('answers 502 with a short text when the upstream is down', async () => {
    const down = await startTestServer(() => {});
    await down.close();
    const proxy = await startProxy(`${down.url}/feed.json`);
    const response = await fetch(`${proxy.url}/api/feed`);
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toBe(
      `Bad gateway: FEED_URL ${down.url}/feed.json could not be reached (ECONNREFUSED)\n`,
    );
  });

  it('answers 502 when the upstream does not answer in time', async () => {
    const silent = await startTestServer(() => {});
    servers.push(silent);
    const proxy = await startProxy(silent.url, 200);
    const response = await fetch(`${proxy.url}/api/feed`);
    expect(response.status).toBe(502);
    expect(await response.text()).toContain('did not answer within 0.2 s');
  });

  it('leaves other paths and methods to the next middleware', async () => {
    const upstream = await startUpstream();
    const proxy = await startProxy(upstream.url);
    expect((await fetch(`${proxy.url}/api/feeds`)).status).toBe(404);
    expect((await fetch(`${proxy.url}/api/feed`, { method: 'POST' })).status).toBe(404);
  });
});
