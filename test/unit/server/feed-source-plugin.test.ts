import { EventEmitter } from 'node:events';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PreviewServer } from 'vite';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG_PATH, loadPortalConfig } from '../../../src/bridge/portal-config';
import type { FeedMiddleware } from '../../../src/server/feed-http';
import {
  feedSourcePlugin,
  getFeedImageOrigins,
  getFeedSourceMode,
} from '../../../src/server/feed-source-plugin';
import { startFixturePortal } from '../bridge/fixture-portal';
import { serveMiddleware } from './serve-middleware';

/** Runs the plugin's preview hook against a stand-in server and returns what it installed. */
function installPreview(env: Record<string, string | undefined>) {
  const installed: FeedMiddleware[] = [];
  const logged: string[] = [];
  const httpServer = new EventEmitter();
  const server = {
    middlewares: { use: (middleware: FeedMiddleware) => installed.push(middleware) },
    config: { logger: { info: (line: string) => logged.push(line) } },
    httpServer,
  } as unknown as PreviewServer;
  const hook = feedSourcePlugin(env).configurePreviewServer;
  if (typeof hook === 'function') void hook.call({} as never, server);
  return { installed, logged, close: () => httpServer.emit('close') };
}

describe('getFeedSourceMode', () => {
  it('is the demo without FEED_URL or PORTAL_URL, and FEED_URL wins over PORTAL_URL', () => {
    expect(getFeedSourceMode({})).toBe('demo');
    expect(getFeedSourceMode({ PORTAL_URL: 'https://chernigiv-rada.gov.ua' })).toBe('portal');
    expect(
      getFeedSourceMode({
        FEED_URL: 'https://x.example/feed.xml',
        PORTAL_URL: 'https://y.example',
      }),
    ).toBe('feed-url');
  });
});

describe('getFeedImageOrigins', () => {
  it('allows the feed’s or the portal’s origin, and nothing more in the demo', () => {
    expect(getFeedImageOrigins({})).toEqual([]);
    expect(getFeedImageOrigins({ FEED_URL: 'https://news.example.org/rss?x=1' })).toEqual([
      'https://news.example.org',
    ]);
    expect(getFeedImageOrigins({ PORTAL_URL: 'https://chernigiv-rada.gov.ua/news/' })).toEqual([
      'https://chernigiv-rada.gov.ua',
    ]);
  });

  it('names the variable when its URL is not usable', () => {
    expect(() => getFeedImageOrigins({ FEED_URL: 'news.example.org/feed' })).toThrow(
      'FEED_URL must be an absolute http(s) URL, not "news.example.org/feed"',
    );
  });
});

describe('feedSourcePlugin', () => {
  it('installs nothing in the demo, leaving /api/feed to the demo backend', () => {
    expect(installPreview({}).installed).toEqual([]);
  });

  it('installs the proxy with FEED_URL', () => {
    const { installed, logged } = installPreview({
      FEED_URL: 'https://news.example.org/feed.json',
    });
    expect(installed).toHaveLength(1);
    expect(logged).toEqual(['[feed] /api/feed proxies https://news.example.org/feed.json']);
  });

  it('serves the bridged portal at /api/feed with PORTAL_URL', async () => {
    const portal = await startFixturePortal();
    const dir = await mkdtemp(join(tmpdir(), 'vistky-plugin-'));
    const config = await loadPortalConfig(DEFAULT_CONFIG_PATH);
    const configPath = join(dir, 'fast.json');
    await writeFile(
      configPath,
      JSON.stringify({ ...config, limits: { ...config.limits, minIntervalMs: 100 } }),
    );
    const { installed } = installPreview({
      PORTAL_URL: portal.url,
      PORTAL_CONFIG: configPath,
      PORTAL_CACHE: join(dir, 'cache.json'),
    });
    const server = await serveMiddleware(installed[0]!);
    try {
      const response = await fetch(`${server.url}/api/feed`);
      expect(response.status).toBe(200);
      const feed = (await response.json()) as { items: { id: string }[] };
      expect(feed.items[0]!.id).toBe(`${portal.url}/news/id-61250/`);
      expect(feed.items).toHaveLength(6);
      expect(portal.requests).toHaveLength(9);
    } finally {
      await server.close();
      await portal.close();
    }
  }, 15_000);

  it('stops crawling the portal when the server closes', async () => {
    const portal = await startFixturePortal();
    const dir = await mkdtemp(join(tmpdir(), 'vistky-plugin-'));
    try {
      const { logged, close } = installPreview({
        PORTAL_URL: portal.url,
        PORTAL_CACHE: join(dir, 'cache.json'),
      });
      await vi.waitFor(() => expect(portal.requests).toHaveLength(1));
      close();
      await vi.waitFor(
        () => expect(logged.some((line) => line.includes('crawl failed'))).toBe(true),
        {
          timeout: 3000,
        },
      );
      expect(portal.requests).toHaveLength(1);
    } finally {
      await portal.close();
    }
  });
});
