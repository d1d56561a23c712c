import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { getFreePort, ROOT } from './bench-server';

/** Throughput and latency of one path under load. */
export interface LoadFigure {
  requestsPerSecond: number;
  p99Ms: number;
  errors: number;
}

/** What the production server does on this machine (issue 12's figures). */
export interface ServerResult {
  /** The plain shell (/settings): what every app route was before the server rendered pages. */
  shell: LoadFigure;
  /** The rendered list (/) and an article (/news/<key>), from the kept pages. */
  list: LoadFigure;
  article: LoadFigure;
  asset: LoadFigure;
  feed: LoadFigure;
  /** The server process's resident memory at rest and at its peak under the loads above. */
  rssRestMb: number;
  rssPeakMb: number;
  /** Upstream requests while 1,000 clients polled /api/feed once a second for a minute. */
  upstreamRequests: number;
  pollRequests: number;
}

const CONNECTIONS = 50;
const SECONDS = 10;

/** The server's resident set, from /proc (Linux), in MB. */
function readRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
}

/** A feed upstream that counts its requests and answers conditional ones with 304. */
async function startUpstream(): Promise<{ server: Server; url: string; count: () => number }> {
  const body = readFileSync(join(ROOT, 'mocks/feeds/rss2.xml'));
  let requests = 0;
  const server = createServer((req, res) => {
    requests++;
    if (req.headers['if-none-match'] === '"bench"') return res.writeHead(304).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"bench"' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/rss.xml`, count: () => requests };
}

/** `npm start` as a child process on FEED_URL, its log (production's) going to /dev/null. */
async function startServerProcess(feedUrl: string): Promise<{ child: ChildProcess; base: string }> {
  const port = await getFreePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], {
    cwd: ROOT,
    env: { ...process.env, FEED_URL: feedUrl, HOST: '127.0.0.1', PORT: String(port) },
    // Read by this process, 5,000 log lines a second would compete with the load generator.
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const up = await fetch(`${base}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { child, base };
    if (tries > 100) throw new Error('server did not start within 20 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function load(url: string, options: Partial<autocannon.Options> = {}): Promise<LoadFigure> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { 'accept-encoding': 'br, gzip' },
    ...options,
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/**
 * Loads the shell, the rendered list and an article, a hashed asset and the warm feed; then
 * 1,000 clients poll for a minute.
 */
export async function measureServer(): Promise<ServerResult> {
  const upstream = await startUpstream();
  const { child, base } = await startServerProcess(upstream.url);
  try {
    await (await fetch(`${base}/api/feed`)).arrayBuffer();
    const html = await (await fetch(`${base}/`)).text();
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    const article = /href="(\/news\/[0-9a-z]+)"/.exec(html)?.[1];
    if (!asset || !article) throw new Error('No script or no article in the list page');
    // Made once: the loads below measure what a shared link costs once its page is kept.
    await (await fetch(`${base}${article}`)).text();
    const rssRestMb = readRssMb(child.pid!);
    let rssPeakMb = rssRestMb;
    const sampler = setInterval(
      () => (rssPeakMb = Math.max(rssPeakMb, readRssMb(child.pid!))),
      100,
    );
    const shell = await load(`${base}/settings`);
    const list = await load(`${base}/`);
    const articlePage = await load(`${base}${article}`);
    const assetFigure = await load(`${base}${asset}`);
    const feed = await load(`${base}/api/feed`);
    clearInterval(sampler);
    const before = upstream.count();
    const poll = await autocannon({
      url: `${base}/api/feed`,
      connections: 1000,
      duration: 60,
      overallRate: 1000,
    });
    return {
      shell,
      list,
      article: articlePage,
      asset: assetFigure,
      feed,
      rssRestMb,
      rssPeakMb,
      upstreamRequests: upstream.count() - before,
      pollRequests: poll.requests.total,
    };
  } finally {
    child.kill('SIGTERM');
    upstream.server.close();
  }
}
