import type { IncomingHttpHeaders } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { PortalError } from '../../../src/bridge/bridge-errors';
import { createPoliteFetcher, type FetcherOptions } from '../../../src/bridge/polite-fetcher';
import { getRefusingUrl, startLoopbackServer, type LoopbackServer } from './loopback-server';

const OPTIONS: FetcherOptions = {
  userAgent: 'Vistky-bridge/1.0 (+https://example.org/contact)',
  minIntervalMs: 100,
  timeoutMs: 2000,
  maxBytes: 100_000,
};

let server: LoopbackServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

describe('createPoliteFetcher', () => {
  it('sends the User-Agent and the validators of a conditional GET, and passes a 304 on', async () => {
    const seen: IncomingHttpHeaders[] = [];
    server = await startLoopbackServer((req, res) => {
      seen.push(req.headers);
      res.writeHead(304, { etag: '"v1"' }).end();
    });
    const { fetchPage, stats } = createPoliteFetcher(OPTIONS);
    const page = await fetchPage(`${server.url}/news/`, {
      etag: '"v1"',
      lastModified: 'Mon, 30 Mar 2026 08:00:00 GMT',
    });
    expect(page).toMatchObject({ status: 304, html: null, etag: '"v1"' });
    expect(seen[0]).toMatchObject({
      'user-agent': OPTIONS.userAgent,
      'if-none-match': '"v1"',
      'if-modified-since': 'Mon, 30 Mar 2026 08:00:00 GMT',
    });
    expect(stats).toEqual({ requests: 1, notModified: 1, bytes: 0 });
  });

  it('leaves the minimum interval between the end of one request and the start of the next', async () => {
    const starts: number[] = [];
    server = await startLoopbackServer((_req, res) => {
      starts.push(Date.now());
      setTimeout(() => res.end('<p>ok</p>'), 30);
    });
    const { fetchPage } = createPoliteFetcher({ ...OPTIONS, minIntervalMs: 200 });
    await Promise.all([1, 2, 3].map((n) => fetchPage(`${server!.url}/${n}`)));
    expect(starts).toHaveLength(3);
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(230);
    expect(starts[2]! - starts[1]!).toBeGreaterThanOrEqual(230);
  });

  it('follows a redirect at the same pace and reports the final URL', async () => {
    const starts: number[] = [];
    server = await startLoopbackServer((req, res) => {
      starts.push(Date.now());
      if (req.url === '/news/view/8415') res.writeHead(301, { location: '/news/id-8415/' }).end();
      else res.end('<h1>ok</h1>');
    });
    const { fetchPage, stats } = createPoliteFetcher(OPTIONS);
    const page = await fetchPage(`${server.url}/news/view/8415`);
    expect(page).toMatchObject({
      status: 200,
      url: `${server.url}/news/id-8415/`,
      html: '<h1>ok</h1>',
    });
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(100);
    expect(stats.requests).toBe(2);
  });

  it('returns 404 and 410 to the caller, who decides what a missing page means', async () => {
    server = await startLoopbackServer((_req, res) => res.writeHead(404).end('nope'));
    const { fetchPage } = createPoliteFetcher(OPTIONS);
    expect(await fetchPage(`${server.url}/news/?page=9`)).toMatchObject({
      status: 404,
      html: null,
    });
  });

  it('throws PortalError on a server error, naming the page and Retry-After', async () => {
    server = await startLoopbackServer((_req, res) =>
      res.writeHead(503, { 'retry-after': '120' }).end(),
    );
    const { fetchPage } = createPoliteFetcher(OPTIONS);
    await expect(fetchPage(`${server.url}/news/`)).rejects.toThrow(
      new PortalError(`${server.url}/news/ answered HTTP 503 (Retry-After: 120)`),
    );
  });

  it('throws PortalError when the portal refuses the connection', async () => {
    const url = await getRefusingUrl();
    const { fetchPage } = createPoliteFetcher(OPTIONS);
    await expect(fetchPage(`${url}/news/`)).rejects.toThrow(/ECONNREFUSED/);
    await expect(fetchPage(`${url}/news/`)).rejects.toBeInstanceOf(PortalError);
  });

  it('throws PortalError when the portal does not answer in time', async () => {
    server = await startLoopbackServer(() => {});
    const { fetchPage } = createPoliteFetcher({ ...OPTIONS, timeoutMs: 150 });
    await expect(fetchPage(`${server.url}/news/`)).rejects.toThrow('no answer within 0.15 s');
  });

  it('refuses a page larger than the cap', async () => {
    server = await startLoopbackServer((_req, res) => res.end('x'.repeat(5000)));
    const { fetchPage } = createPoliteFetcher({ ...OPTIONS, maxBytes: 1000 });
    await expect(fetchPage(`${server.url}/news/`)).rejects.toThrow('page larger than 1000 bytes');
  });

  it('decodes a windows-1251 page by its Content-Type', async () => {
    const bytes = Buffer.from([0xcd, 0xee, 0xe2, 0xe8, 0xed, 0xe8]);
    server = await startLoopbackServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' }).end(bytes),
    );
    const { fetchPage, stats } = createPoliteFetcher(OPTIONS);
    expect((await fetchPage(`${server.url}/news/`)).html).toBe('Новини');
    expect(stats.bytes).toBe(6);
  });
});
