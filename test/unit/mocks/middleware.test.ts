import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, preview, type PreviewServer, type ViteDevServer } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { demoBackendPlugin } from '../../../mocks/middleware';
import { getField, readRss } from './read-rss';

// Records the Fetch requests the middleware hands to MSW, to see their abort signals.
const seenRequests = vi.hoisted((): Request[] => []);
vi.mock('msw', async (importOriginal) => {
  const msw = await importOriginal<typeof import('msw')>();
  return {
    ...msw,
    getResponse: (...args: Parameters<typeof msw.getResponse>) => {
      seenRequests.push(args[1]);
      return msw.getResponse(...args);
    },
  };
});

const INDEX_HTML = '<!doctype html><title>Вістки</title><div id="app"></div>';

function getOrigin(server: PreviewServer | ViteDevServer): string {
  const { port } = server.httpServer!.address() as AddressInfo;
  return `http://localhost:${port}`;
}

describe('demoBackendPlugin in vite preview', () => {
  let dir: string;
  let server: PreviewServer;
  let origin: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vistky-demo-'));
    writeFileSync(join(dir, 'index.html'), INDEX_HTML);
    server = await preview({
      configFile: false,
      logLevel: 'silent',
      root: dir,
      plugins: [demoBackendPlugin({ newItemEveryMs: 0 })],
      build: { outDir: dir },
      preview: { port: 0, host: 'localhost' },
    });
    origin = getOrigin(server);
  });
  afterEach(async () => {
    await fetch(`${origin}/__demo/reset`, { method: 'POST' });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves /api/feed same-origin, with links on the server origin', async () => {
    const response = await fetch(`${origin}/api/feed`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    const { items } = readRss(await response.text());
    expect(items.length).toBeGreaterThanOrEqual(46);
    expect(getField(items[0]!, 'link')).toMatch(new RegExp(`^${origin}/demo-portal/news/demo-`));
  });

  it('answers conditional requests with 304', async () => {
    const etag = (await fetch(`${origin}/api/feed`)).headers.get('etag')!;
    const again = await fetch(`${origin}/api/feed`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  it('streams photos byte for byte', async () => {
    const response = await fetch(`${origin}/demo-media/council-1.jpg`);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    const size = statSync(
      new URL('../../../mocks/fixtures/photos/council-1.jpg', import.meta.url),
    ).size;
    expect((await response.arrayBuffer()).byteLength).toBe(size);
  });

  it('takes POST bodies to the control endpoints', async () => {
    const set = await fetch(`${origin}/__demo/fault`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'http-503-retry-after' }),
    });
    expect(set.status).toBe(200);
    const feed = await fetch(`${origin}/api/feed`);
    expect(feed.status).toBe(503);
    expect(feed.headers.get('retry-after')).toBe('120');
  });

  it('passes other paths through to Vite, which falls back to index.html', async () => {
    for (const path of ['/', '/news/abc123', '/api/feeds']) {
      const response = await fetch(`${origin}${path}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<div id="app">');
    }
  });

  it('aborts the stalled handler when the client gives up on a timeout', async () => {
    await fetch(`${origin}/__demo/fault`, { method: 'POST', body: '{"kind":"timeout"}' });
    const controller = new AbortController();
    const pending = fetch(`${origin}/api/feed`, { signal: controller.signal });
    await vi.waitFor(() => expect(seenRequests.at(-1)?.url).toBe(`${origin}/api/feed`));
    const stalled = seenRequests.at(-1)!;
    expect(stalled.signal.aborted).toBe(false);
    controller.abort();
    await expect(pending).rejects.toThrow(/abort/i);
    await vi.waitFor(() => expect(stalled.signal.aborted).toBe(true));
  });

  it('drops the connection where the handler answers a network error', async () => {
    await fetch(`${origin}/__demo/fault`, { method: 'POST', body: '{"kind":"redirect-loop"}' });
    await expect(fetch(`${origin}/api/feed?loop=21`)).rejects.toThrow(TypeError);
    await expect(fetch(`${origin}/api/feed`)).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/redirect/) },
    });
  });
});

describe('demoBackendPlugin in vite dev', () => {
  let dir: string;
  let server: ViteDevServer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vistky-demo-dev-'));
    writeFileSync(join(dir, 'index.html'), INDEX_HTML);
    server = await createServer({
      configFile: false,
      logLevel: 'silent',
      root: dir,
      plugins: [demoBackendPlugin({ newItemEveryMs: 0 })],
      server: { port: 0, host: 'localhost', ws: false },
    });
    await server.listen();
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the feed and the portal pages before the SPA fallback', async () => {
    const origin = getOrigin(server);
    const feed = await fetch(`${origin}/api/feed`);
    expect(readRss(await feed.text()).items.length).toBeGreaterThanOrEqual(46);
    const page = await fetch(`${origin}/demo-portal/news/demo-0001`);
    expect(await page.text()).toContain('Депутати на черговій сесії');
  });
});
