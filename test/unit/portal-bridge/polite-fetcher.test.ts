import type { IncomingHttpHeaders } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { PortalError } from '../../../src/portal-bridge/bridge-errors';
import { createPoliteFetcher, type FetcherOptions } from '../../../src/portal-bridge/polite-fetcher';
import { createFakeClock, type FakeClock } from './fake-clock';
import { getRefusingUrl, startLoopbackServer, type LoopbackServer } from './loopback-server';

const USER_AGENT = 'Vistky-bridge/1.0 (+https://example.org/contact)';

let servers: LoopbackServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function serve(...args: Parameters<typeof startLoopbackServer>): Promise<LoopbackServer> {
  const server = await startLoopbackServer(...args);
  servers.push(server);
  return server;
}

/** A fetcher for the portal at `origin`, on a fake clock so that no test waits in real time. */
function createFetcher(origin: string, options: Partial<FetcherOptions> = {}, clock?: FakeClock) {
  const time = clock ?? createFakeClock();
  const fetcher = createPoliteFetcher({
    origin,
    userAgent: USER_AGENT,
    minIntervalMs: 100,
    timeoutMs: 2000,
    maxBytes: 100_000,
    clock: time,
    ...options,
  });
  return { ...fetcher, clock: time };
}

describe('createPoliteFetcher', () => {
  it('sends the User-Agent and the validators of a conditional GET, and passes a 304 on', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const server = await serve((req, res) => {
      seen.push(req.headers);
      res.writeHead(304, { etag: '"v1"' }).end();
    });
    const { fetchPage, stats } = createFetcher(server.url);
    const page = await fetchPage(`${server.url}/news/`, {
      etag: '"v1"',
      lastModified: 'Mon, 30 Mar 2026 08:00:00 GMT',
    });
    expect(page).toMatchObject({ status: 304, html: null, etag: '"v1"' });
    expect(seen[0]).toMatchObject({
      'user-agent': USER_AGENT,
      'if-none-match': '"v1"',
      'if-modified-since': 'Mon, 30 Mar 2026 08:00:00 GMT',
    });
    expect(stats).toEqual({ requests: 1, notModified: 1, bytes: 0 });
  });

  it('leaves the minimum interval between the end of one request and the start of the next', async () => {
    const clock = createFakeClock();
    const starts: number[] = [];
    const server = await serve((_req, res) => {
      starts.push(clock.now());
      // Each answer takes 30 ms of the fake clock's time.
      clock.advance(30);
      res.end('<p>ok</p>');
    });
    const { fetchPage } = createFetcher(server.url, { minIntervalMs: 200 }, clock);
    await Promise.all([1, 2, 3].map((n) => fetchPage(`${server.url}/${n}`)));
    expect(clock.sleeps).toEqual([200, 200]);
    expect([starts[1]! - starts[0]!, starts[2]! - starts[1]!]).toEqual([230, 230]);
  });

  it('returns 404 and 410 to the caller, who decides what a missing page means', async () => {
    const server = await serve((_req, res) => res.writeHead(404).end('nope'));
    const { fetchPage } = createFetcher(server.url);
    expect(await fetchPage(`${server.url}/news/?page=9`)).toMatchObject({
      status: 404,
      html: null,
    });
  });

  it('throws PortalError on a server error, naming the page and Retry-After', async () => {
    const server = await serve((_req, res) => res.writeHead(503, { 'retry-after': '120' }).end());
    const { fetchPage } = createFetcher(server.url);
    await expect(fetchPage(`${server.url}/news/`)).rejects.toThrow(
      new PortalError(`${server.url}/news/ answered HTTP 503 (Retry-After: 120)`),
    );
  });

  it('throws PortalError when the portal refuses the connection', async () => {
    const url = await getRefusingUrl();
    const { fetchPage } = createFetcher(url);
    await expect(fetchPage(`${url}/news/`)).rejects.toThrow(/ECONNREFUSED/);
    await expect(fetchPage(`${url}/news/`)).rejects.toBeInstanceOf(PortalError);
  });

  it('throws PortalError when the portal does not answer in time', async () => {
    const clock = createFakeClock();
    // The portal takes the request and says nothing while the clock passes the time limit.
    const server = await serve(() => clock.advance(150));
    const { fetchPage } = createFetcher(server.url, { timeoutMs: 150 }, clock);
    await expect(fetchPage(`${server.url}/news/`)).rejects.toThrow(
      new PortalError(`${server.url}/news/: no answer within 0.15 s`),
    );
  });

  it('refuses a page larger than the cap', async () => {
    const server = await serve((_req, res) => res.end('x'.repeat(5000)));
    const { fetchPage } = createFetcher(server.url, { maxBytes: 1000 });
    await expect(fetchPage(`${server.url}/news/`)).rejects.toThrow('page larger than 1000 bytes');
  });

  it('decodes a windows-1251 page by its Content-Type', async () => {
    const bytes = Buffer.from([0xcd, 0xee, 0xe2, 0xe8, 0xed, 0xe8]);
    const server = await serve((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' }).end(bytes),
    );
    const { fetchPage, stats } = createFetcher(server.url);
    expect((await fetchPage(`${server.url}/news/`)).html).toBe('Новини');
    expect(stats.bytes).toBe(6);
  });
});

describe('createPoliteFetcher and redirects', () => {
  it('follows a redirect within the portal at the same pace and reports the final URL', async () => {
    const server = await serve((req, res) => {
      if (req.url === '/news/view/8415') res.writeHead(301, { location: '/news/id-8415/' }).end();
      else res.end('<h1>ok</h1>');
    });
    const { fetchPage, stats, clock } = createFetcher(server.url);
    const page = await fetchPage(`${server.url}/news/view/8415`);
    expect(page).toMatchObject({
      status: 200,
      url: `${server.url}/news/id-8415/`,
      html: '<h1>ok</h1>',
    });
    expect(clock.sleeps).toEqual([100]);
    expect(stats.requests).toBe(2);
  });

  it('follows three redirects within the portal and refuses a fourth', async () => {
    const server = await serve((req, res) => {
      const hop = Number(req.url!.slice(1));
      if (hop < 4) res.writeHead(302, { location: `/${hop + 1}` }).end();
      else res.end('<h1>ok</h1>');
    });
    const { fetchPage } = createFetcher(server.url);
    expect((await fetchPage(`${server.url}/1`)).url).toBe(`${server.url}/4`);
    await expect(fetchPage(`${server.url}/0`)).rejects.toThrow(
      new PortalError(`${server.url}/0: more than 3 redirects`),
    );
  });

  it.each([
    ['another port', (_portal: string, other: string) => `${other}/news/id-1/`],
    ['another host', (portal: string) => `${portal.replace('127.0.0.1', 'localhost')}/news/id-1/`],
    ['another scheme', (portal: string) => `${portal.replace('http:', 'https:')}/news/id-1/`],
  ])('refuses a redirect to %s without requesting it', async (_name, getTarget) => {
    const requests: string[] = [];
    const other = await serve((req, res) => {
      requests.push(`other ${req.url}`);
      res.end('<h1>Not the portal</h1>');
    });
    let target = '';
    const portal = await serve((req, res) => {
      requests.push(`portal ${req.url}`);
      res.writeHead(302, { location: target }).end();
    });
    target = getTarget(portal.url, other.url);
    const { fetchPage } = createFetcher(portal.url);
    await expect(fetchPage(`${portal.url}/news/`)).rejects.toThrow(
      new PortalError(
        `${portal.url}/news/ redirected to ${target}, off the portal's origin ${portal.url}; refused`,
      ),
    );
    expect(requests).toEqual(['portal /news/']);
  });

  it('refuses a page off the portal before requesting it', async () => {
    const seen: string[] = [];
    const other = await serve((req, res) => {
      seen.push(req.url!);
      res.end('x');
    });
    const { fetchPage, stats } = createFetcher('https://chernigiv-rada.gov.ua');
    await expect(fetchPage(`${other.url}/news/`)).rejects.toThrow(
      "is off the portal's origin https://chernigiv-rada.gov.ua; refused",
    );
    expect([seen, stats.requests]).toEqual([[], 0]);
  });
});
