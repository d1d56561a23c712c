import { statSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDemoBackend } from '../../../mocks/demo-backend';
import { startAppServer, type AppServer } from '../server/app-server';
import { getField, readRss } from './read-rss';

// Records the Fetch requests the backend hands to MSW, to see their abort signals.
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

let server: AppServer;
let origin: string;

const postJson = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${origin}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  server = await startAppServer({}, { demoBackend: createDemoBackend({ newItemEveryMs: 0 }) });
  origin = server.url;
});
afterEach(async () => {
  await postJson('/__demo/reset', {});
});
afterAll(() => server.close());

describe('the demo backend in the production server', () => {
  it('serves /api/feed same-origin, with links on the address the client used', async () => {
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

  it('streams photos byte for byte, with the security headers', async () => {
    const response = await fetch(`${origin}/demo-media/council-1.jpg`);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const size = statSync(
      new URL('../../../mocks/fixtures/photos/council-1.jpg', import.meta.url),
    ).size;
    expect((await response.arrayBuffer()).byteLength).toBe(size);
  });

  it('takes JSON bodies to the control endpoints', async () => {
    const set = await postJson('/__demo/fault', { kind: 'http-503-retry-after' });
    expect(set.status).toBe(200);
    const feed = await fetch(`${origin}/api/feed`);
    expect(feed.status).toBe(503);
    expect(feed.headers.get('retry-after')).toBe('120');
  });

  it('refuses control requests from other sites, in other types, or too large', async () => {
    const fault = { kind: 'captive-portal' };
    const refusals = [
      [await postJson('/__demo/fault', fault, { origin: 'https://evil.example' }), 403],
      [await postJson('/__demo/fault', fault, { 'sec-fetch-site': 'cross-site' }), 403],
      [
        await fetch(`${origin}/__demo/fault`, {
          method: 'POST',
          headers: { 'content-type': 'text/plain' },
          body: JSON.stringify(fault),
        }),
        415,
      ],
      [await postJson('/__demo/fault', { kind: 'captive-portal', pad: 'x'.repeat(2000) }), 413],
      [await postJson('/__demo/fault', { kind: 'no-such-fault' }), 400],
    ] as const;
    for (const [response, status] of refusals) {
      expect(response.status).toBe(status);
      expect(JSON.stringify(await response.json())).not.toMatch(/\/work|node_modules|at /);
    }
    expect((await fetch(`${origin}/api/feed`)).status).toBe(200);
  });

  it('aborts the stalled handler when the client gives up on a timeout', async () => {
    await postJson('/__demo/fault', { kind: 'timeout' });
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
    await postJson('/__demo/fault', { kind: 'redirect-loop' });
    await expect(fetch(`${origin}/api/feed?loop=21`)).rejects.toThrow(TypeError);
    await expect(fetch(`${origin}/api/feed`)).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/redirect/) },
    });
  });
});
