import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getTestDist, startTestServer, type TestServer } from './app-server';

const ROOT = join(import.meta.dirname, '../../..');
const RSS = readFileSync(join(ROOT, 'mocks/feeds/rss2.xml'));

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

describe('npm start', () => {
  it('finishes the requests in flight on SIGTERM, then exits 0', async () => {
    let upstreamAsked!: () => void;
    const asked = new Promise<void>((resolve) => (upstreamAsked = resolve));
    let requests = 0;
    let startedUp!: () => void;
    const startUp = new Promise<void>((resolve) => (startedUp = resolve));
    const upstream = await startTestServer((_req, res) => {
      // The refresh at start-up gets no feed, so the client's request below is the one that
      // makes the server ask again: when the upstream hears it, the request is in flight.
      if (requests++ === 0) return res.on('finish', startedUp).writeHead(304).end();
      upstreamAsked();
      setTimeout(
        () => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS),
        1500,
      );
    });
    servers.push(upstream);
    const child = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DIST_DIR: await getTestDist(),
        SSR_DIR: await getTestDist(),
        FEED_URL: `${upstream.url}/rss.xml`,
        HOST: '127.0.0.1',
        PORT: '0',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    let output = '';
    const address = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const found = /Вістки: (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
        if (found) resolve(found[1]!);
      });
      child.once('exit', () => reject(new Error(`server exited early:\n${output}`)));
    });
    expect(output).toContain(`Reading the feed at ${new URL(upstream.url).host}`);

    await startUp;
    // A round trip after the start-up refresh ended, so the next request does not join it.
    await (await fetch(`${address}/healthz`)).arrayBuffer();
    const inFlight = fetch(`${address}/api/feed`);
    await asked;
    child.kill('SIGTERM');
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect((await response.arrayBuffer()).byteLength).toBe(RSS.byteLength);
    expect(await exited).toBe(0);
  }, 30_000);
});
