import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portalCrawl } from '#city/portalCrawl';
import {
  PORTAL_ROUTES,
  startFixturePortal,
  type FixturePortal,
} from '../portal-bridge/fixture-portal';
import { startAppServer, type AppServer } from './app-server';

let dir: string;
let portal: FixturePortal;
let server: AppServer;
const lines: { level: number; msg: string; source?: string }[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vistky-portal-'));
  // The city's configuration, but quick: the fixture portal does not need a second between pages.
  const config = structuredClone(portalCrawl) as { limits: { minIntervalMs: number } };
  config.limits.minIntervalMs = 100;
  writeFileSync(join(dir, 'portal.json'), JSON.stringify(config));
  // The announcements list answers 404, as a guessed URL would.
  const { '/anonsy-ta-ogoloshennya/': _announcements, ...routes } = PORTAL_ROUTES;
  portal = await startFixturePortal(routes);
  server = await startAppServer(
    {
      PORTAL_URL: portal.url,
      PORTAL_CONFIG: join(dir, 'portal.json'),
      PORTAL_CACHE: join(dir, 'cache.json'),
    },
    {
      logger: {
        level: 'info',
        stream: { write: (line: string) => void lines.push(JSON.parse(line)) },
      },
    },
  );
});

afterAll(async () => {
  await server?.close();
  await portal?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the server on PORTAL_URL', () => {
  it('serves the bridged news as a JSON Feed while a failing section is reported', async () => {
    const response = await fetch(`${server.url}/api/feed`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/feed+json; charset=utf-8');
    const feed = (await response.json()) as { items: { url: string }[] };
    expect(feed.items.length).toBeGreaterThan(0);
    expect(feed.items.every((item) => item.url.startsWith(`${portal.url}/news/`))).toBe(true);
    const warning = lines.find((line) => line.level === 40 && line.source === 'portal');
    expect(warning?.msg).toMatch(/section "Анонси та оголошення" failed, kept its last good items/);
  }, 30_000);

  it('crawls once for many clients', async () => {
    const before = portal.requests.length;
    await Promise.all(Array.from({ length: 20 }, () => fetch(`${server.url}/api/feed`)));
    expect(portal.requests.length).toBe(before);
  });
});
