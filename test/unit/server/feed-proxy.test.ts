import { readFileSync } from 'node:fs';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { createGzip } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FEED_ACCEPT } from '../../../src/net/feed-request';
import { startAppServer, startTestServer, type TestServer } from './app-server';

const RSS = readFileSync(new URL('../../../mocks/feeds/rss2.xml', import.meta.url));
const JSON_FEED = readFileSync(new URL('../../../mocks/feeds/jsonfeed-1.1.json', import.meta.url));
const CAPTIVE = readFileSync(new URL('../../../mocks/feeds/captive-portal.html', import.meta.url));

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

type Answer = (res: ServerResponse, seen: IncomingHttpHeaders) => void;

/** An upstream that answers every request with `answer` and records what it was asked. */
async function startUpstream(answer: Answer) {
  const seen: { url: string; headers: IncomingHttpHeaders }[] = [];
  const upstream = await startTestServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    answer(res, req.headers);
  });
  servers.push(upstream);
  return { ...upstream, seen };
}

async function startProxy(feedUrl: string, deps: Parameters<typeof startAppServer>[1] = {}) {
  const server = await startAppServer({ FEED_URL: feedUrl, FEED_CACHE_SECONDS: '60' }, deps);
  servers.push(server);
  return server;
}

const rss: Answer = (res, headers) => {
  if (headers['if-none-match'] === '"v1"') return res.writeHead(304, { etag: '"v1"' }).end();
  res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' }).end(RSS);
};

describe('the feed proxy (FEED_URL)', () => {
  it('serves the upstream feed with a type it sets itself, sandboxed and unsniffable', async () => {
    const upstream = await startUpstream((res) =>
      res
        .writeHead(200, {
          'content-type': 'text/html',
          'set-cookie': 'session=upstream',
          'x-upstream-secret': 'yes',
        })
        .end(RSS),
    );
    const proxy = await startProxy(`${upstream.url}/rss.xml`);
    const response = await fetch(`${proxy.url}/api/feed`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/rss+xml');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('x-upstream-secret')).toBeNull();
    expect(Buffer.from(await response.arrayBuffer()).equals(RSS)).toBe(true);
  });

  it('labels a JSON Feed as one, whatever the upstream called it', async () => {
    const upstream = await startUpstream((res) =>
      res.writeHead(200, { 'content-type': 'text/plain' }).end(JSON_FEED),
    );
    const proxy = await startProxy(`${upstream.url}/feed.json`);
    const response = await fetch(`${proxy.url}/api/feed`);
    expect(response.headers.get('content-type')).toBe('application/feed+json; charset=utf-8');
  });

  it('refuses to serve what is not a feed: a web page or a script gets a 502', async () => {
    for (const [type, body] of [
      ['text/html; charset=utf-8', CAPTIVE],
      ['application/javascript', Buffer.from('alert(document.cookie)')],
    ] as const) {
      const upstream = await startUpstream((res) =>
        res.writeHead(200, { 'content-type': type }).end(body),
      );
      const proxy = await startProxy(`${upstream.url}/rss.xml`);
      const response = await fetch(`${proxy.url}/api/feed`);
      expect(response.status, type).toBe(502);
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(await response.text()).not.toContain(body.toString().slice(0, 20));
    }
  });

  it('asks the upstream with its own Accept and User-Agent, never the client’s headers', async () => {
    const upstream = await startUpstream(rss);
    const proxy = await startProxy(`${upstream.url}/rss.xml`);
    await fetch(`${proxy.url}/api/feed`, {
      headers: { accept: 'text/html', cookie: 'a=b', authorization: 'Bearer client' },
    });
    const { headers } = upstream.seen[0]!;
    expect(headers.accept).toBe(FEED_ACCEPT);
    expect(headers['user-agent']).toMatch(/^Vistky\//);
    expect(headers.cookie).toBeUndefined();
    expect(headers.authorization).toBeUndefined();
  });

  it('answers a client that has the feed with 304, by the server’s own ETag', async () => {
    const upstream = await startUpstream(rss);
    const proxy = await startProxy(`${upstream.url}/rss.xml`);
    const first = await fetch(`${proxy.url}/api/feed`);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    const again = await fetch(`${proxy.url}/api/feed`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(upstream.seen).toHaveLength(1);
  });

  it('follows redirects within the feed’s origin, at most three', async () => {
    let hops = 0;
    const upstream = await startUpstream((res) => {
      hops++;
      if (hops <= 3) return res.writeHead(302, { location: `/hop-${hops}` }).end();
      rss(res, {});
    });
    const proxy = await startProxy(`${upstream.url}/rss.xml`);
    expect((await fetch(`${proxy.url}/api/feed`)).status).toBe(200);
    expect(upstream.seen.map((s) => s.url)).toEqual(['/rss.xml', '/hop-1', '/hop-2', '/hop-3']);

    const endless = await startUpstream((res) => res.writeHead(301, { location: '/again' }).end());
    const looping = await startProxy(`${endless.url}/rss.xml`);
    const refused = await fetch(`${looping.url}/api/feed`);
    expect(refused.status).toBe(502);
    expect(await refused.text()).toContain('redirected more than 3 times');
    expect(endless.seen).toHaveLength(4);
  });

  it('never follows a redirect to another origin', async () => {
    const internal = await startUpstream(rss);
    const upstream = await startUpstream((res) =>
      res.writeHead(302, { location: `${internal.url}/admin/feed` }).end(),
    );
    const proxy = await startProxy(`${upstream.url}/rss.xml`);
    const response = await fetch(`${proxy.url}/api/feed`);
    expect(response.status).toBe(502);
    expect(await response.text()).toContain('redirected to another host');
    expect(internal.seen).toHaveLength(0);
  });

  it('stops reading past the size cap, without the memory growing with the body', async () => {
    // 200 MB of zeros, about 200 kB of gzip on the wire.
    const bomb = await gzipZeros(200 * 1024 * 1024);
    const upstream = await startUpstream((res) =>
      res
        .writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' })
        .end(bomb),
    );
    const proxy = await startProxy(`${upstream.url}/rss.xml`);
    globalThis.gc?.();
    const before = process.memoryUsage().rss;
    const response = await fetch(`${proxy.url}/api/feed`);
    const after = process.memoryUsage().rss;
    expect(response.status).toBe(502);
    expect(await response.text()).toContain('larger than 10 MB');
    expect(after - before).toBeLessThan(100 * 1024 * 1024);
  });

  it('makes one upstream request however many clients ask at once', async () => {
    const upstream = await startUpstream((res) => setTimeout(() => rss(res, {}), 200));
    const proxy = await startProxy(`${upstream.url}/rss.xml`);
    const responses = await Promise.all(
      Array.from({ length: 100 }, () => fetch(`${proxy.url}/api/feed`)),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(100).fill(200));
    await Promise.all(responses.map((r) => r.arrayBuffer()));
    expect(upstream.seen).toHaveLength(1);
  });

  it('keeps the feed for FEED_CACHE_SECONDS, then revalidates it with a conditional request', async () => {
    let now = Date.parse('2026-12-06T10:00:00Z');
    const upstream = await startUpstream(rss);
    const proxy = await startProxy(`${upstream.url}/rss.xml`, { now: () => now });
    await (await fetch(`${proxy.url}/api/feed`)).arrayBuffer();
    now += 59_000;
    await (await fetch(`${proxy.url}/api/feed`)).arrayBuffer();
    expect(upstream.seen).toHaveLength(1);
    now += 2_000;
    const stale = await fetch(`${proxy.url}/api/feed`);
    expect(stale.status).toBe(200);
    await vi.waitFor(() => expect(upstream.seen).toHaveLength(2));
    expect(upstream.seen[1]!.headers['if-none-match']).toBe('"v1"');
  });

  it('keeps serving the last good feed while the upstream fails', async () => {
    let now = Date.parse('2026-12-06T10:00:00Z');
    let healthy = true;
    const upstream = await startUpstream((res) =>
      healthy ? rss(res, {}) : res.writeHead(500).end('down'),
    );
    const proxy = await startProxy(`${upstream.url}/rss.xml`, { now: () => now });
    await (await fetch(`${proxy.url}/api/feed`)).arrayBuffer();
    healthy = false;
    now += 120_000;
    await (await fetch(`${proxy.url}/api/feed`)).arrayBuffer();
    await vi.waitFor(() => expect(upstream.seen).toHaveLength(2));
    const response = await fetch(`${proxy.url}/api/feed`);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(RSS)).toBe(true);
  });

  it('names only the feed’s host in errors, and never lets them be cached', async () => {
    const upstream = await startUpstream((res) =>
      res.writeHead(500, { 'cache-control': 'public, max-age=3600' }).end('Internal details'),
    );
    const proxy = await startProxy(`${upstream.url}/private/feed.xml?token=SECRET-123`);
    const response = await fetch(`${proxy.url}/api/feed`);
    expect(response.status).toBe(502);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const text = await response.text();
    expect(text).toContain(new URL(upstream.url).host);
    expect(text).not.toMatch(/SECRET|private|token|Internal details/);
  });

  it('passes an upstream’s request to wait on, and does not ask it again before then', async () => {
    const upstream = await startUpstream((res) =>
      res.writeHead(429, { 'retry-after': '120' }).end(),
    );
    const proxy = await startProxy(`${upstream.url}/rss.xml`);
    const response = await fetch(`${proxy.url}/api/feed`);
    expect(response.status).toBe(503);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(100);
    await fetch(`${proxy.url}/api/feed`);
    expect(upstream.seen).toHaveLength(1);
  });

  it('reports the feed’s age and last error at /healthz', async () => {
    let now = Date.parse('2026-12-06T10:00:00Z');
    const upstream = await startUpstream(rss);
    const proxy = await startProxy(`${upstream.url}/rss.xml`, { now: () => now });
    await (await fetch(`${proxy.url}/api/feed`)).arrayBuffer();
    now += 42_000;
    const response = await fetch(`${proxy.url}/healthz`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toMatchObject({
      status: 'ok',
      mode: 'feed-url',
      feed: { ageSeconds: 42, lastError: null },
    });
  });

  it('writes one log line per refresh: source, status, bytes, items, duration', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = {
      level: 'info',
      stream: { write: (line: string) => void lines.push(JSON.parse(line)) },
    };
    const upstream = await startUpstream(rss);
    const proxy = await startProxy(`${upstream.url}/rss.xml?key=SECRET`, { logger });
    await (await fetch(`${proxy.url}/api/feed?utm_source=x`)).arrayBuffer();
    const refresh = lines.find((line) => line.msg === 'feed refresh');
    expect(refresh).toMatchObject({ source: 'feed-url', status: 200, bytes: RSS.byteLength });
    expect(refresh?.items).toBeGreaterThan(0);
    expect(typeof refresh?.durationMs).toBe('number');
    const request = lines.find((line) => line.msg === 'request');
    expect(request).toMatchObject({ method: 'GET', path: '/api/feed', status: 200 });
    expect(typeof request?.ms).toBe('number');
    expect(JSON.stringify(lines)).not.toContain('SECRET');
    expect(JSON.stringify(lines)).not.toContain('utm_source');
  });
});

function gzipZeros(bytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const gzip = createGzip({ level: 9 });
    const chunks: Buffer[] = [];
    gzip.on('data', (chunk: Buffer) => chunks.push(chunk));
    gzip.on('end', () => resolve(Buffer.concat(chunks)));
    gzip.on('error', reject);
    const block = Buffer.alloc(1024 * 1024);
    for (let written = 0; written < bytes; written += block.byteLength) gzip.write(block);
    gzip.end();
  });
}
