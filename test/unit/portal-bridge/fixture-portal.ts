import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fixture portal answered. */
export interface RecordedRequest {
  at: number;
  url: string;
  headers: IncomingHttpHeaders;
  /** The status sent, or 0 when one of `handlers` answered. */
  status: number;
  bytes: number;
}

/** A loopback stand-in for the council portal, serving the HTML fixtures with validators. */
export interface FixturePortal {
  url: string;
  requests: RecordedRequest[];
  /** Path (with query) → fixture file name; change it to change the portal. */
  routes: Map<string, string>;
  /** Path (with query) → an answer of its own (a redirect, silence), before any fixture. */
  handlers: Map<string, (res: ServerResponse) => void>;
  close(): Promise<void>;
}

/** The portal's pages as the fixtures give them. */
export const PORTAL_ROUTES: Record<string, string> = {
  '/news/': 'news-page-1.html',
  '/news/?page=2': 'news-page-2.html',
  '/anonsy-ta-ogoloshennya/': 'announcements.html',
  '/news/id-61250/': 'article-61250.html',
  '/news/id-61244/': 'article-61244.html',
  '/news/id-61237/': 'article-61237.html',
  '/news/id-61248/': 'article-61248.html',
  '/news/id-41720/': 'article-41720.html',
  '/news/view/8415': 'article-8415.html',
};

const LAST_MODIFIED = 'Mon, 30 Mar 2026 08:00:00 GMT';

/** Reads a fixture of test/fixtures/portal. */
export function readPortalFixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/portal/${name}`, import.meta.url), 'utf8');
}

/** Starts the fixture portal on 127.0.0.1 and a free port. */
export async function startFixturePortal(routes = PORTAL_ROUTES): Promise<FixturePortal> {
  const table = new Map(Object.entries(routes));
  const handlers = new Map<string, (res: ServerResponse) => void>();
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const at = Date.now();
    const name = table.get(req.url ?? '');
    const record = (status: number, bytes: number) =>
      requests.push({ at, url: req.url ?? '', headers: req.headers, status, bytes });
    const handler = handlers.get(req.url ?? '');
    if (handler) {
      record(0, 0);
      handler(res);
      return;
    }
    if (!name) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      record(404, 9);
      return;
    }
    const body = Buffer.from(readPortalFixture(name));
    const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
    const validators = { etag, 'last-modified': LAST_MODIFIED };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, validators).end();
      record(304, 0);
      return;
    }
    res.writeHead(200, { ...validators, 'content-type': 'text/html; charset=utf-8' }).end(body);
    record(200, body.byteLength);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    routes: table,
    handlers,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
