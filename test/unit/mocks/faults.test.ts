import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  FETCH_REDIRECT_LIMIT,
  respondWithFault,
  TIMEOUT_STALL_MS,
} from '../../../mocks/demo-faults';
import { control, DEMO_ORIGIN, server } from '../../../mocks/node';
import { readRss } from './read-rss';

const FEED = `${DEMO_ORIGIN}/api/feed`;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  control.reset();
  vi.useRealTimers();
});
afterAll(() => server.close());

async function readHealthyFeed(): Promise<string> {
  return (await fetch(FEED)).text();
}

describe('POST /__demo/fault', () => {
  it('switches the feed to the named fault and back with none', async () => {
    const set = (kind: string) =>
      fetch(`${DEMO_ORIGIN}/__demo/fault`, { method: 'POST', body: JSON.stringify({ kind }) });
    expect(await (await set('http-500')).json()).toEqual({ kind: 'http-500' });
    expect((await fetch(FEED)).status).toBe(500);
    await set('none');
    expect((await fetch(FEED)).status).toBe(200);
  });

  it('refuses an unknown fault kind or a body that is not JSON', async () => {
    const unknown = await fetch(`${DEMO_ORIGIN}/__demo/fault`, {
      method: 'POST',
      body: JSON.stringify({ kind: 'meteor' }),
    });
    expect(unknown.status).toBe(400);
    const garbage = await fetch(`${DEMO_ORIGIN}/__demo/fault`, { method: 'POST', body: '{kind' });
    expect(garbage.status).toBe(400);
    expect((await fetch(FEED)).status).toBe(200);
  });
});

describe('feed faults', () => {
  it('http-500 answers 500 with a plain-text message', async () => {
    control.setFault('http-500');
    const response = await fetch(FEED);
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });

  it('http-503-retry-after answers 503 with Retry-After: 120', async () => {
    control.setFault('http-503-retry-after');
    const response = await fetch(FEED);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('120');
  });

  it('http-429-retry-after answers 429 with Retry-After: 60', async () => {
    control.setFault('http-429-retry-after');
    const response = await fetch(FEED);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('60');
  });

  it('timeout keeps the request open until the client aborts it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    control.setFault('timeout');
    const controller = new AbortController();
    let settled = false;
    const pending = fetch(FEED, { signal: controller.signal }).finally(() => (settled = true));
    // The stall's timer exists once the request has reached the handler.
    await vi.waitUntil(() => vi.getTimerCount() > 0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(settled).toBe(false);
    controller.abort();
    await expect(pending).rejects.toThrow(/abort/i);
  });

  it('timeout does not answer within 60 seconds', async () => {
    vi.useFakeTimers();
    const response = respondWithFault('timeout', new Request(FEED), '');
    let answer: Response | null | undefined;
    void response.then((value) => (answer = value));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(answer).toBeUndefined();
    await vi.advanceTimersByTimeAsync(TIMEOUT_STALL_MS - 60_000);
    expect(answer?.status).toBe(504);
  });

  it('truncated sends the first half of the feed bytes, which is not well-formed', async () => {
    const full = new TextEncoder().encode(await readHealthyFeed());
    control.setFault('truncated');
    const response = await fetch(FEED);
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(bytes).toEqual(full.slice(0, Math.floor(full.length / 2)));
    expect(() => readRss(new TextDecoder().decode(bytes))).toThrow();
  });

  it('wrong-content-type sends the healthy feed labelled text/html', async () => {
    const healthy = await readHealthyFeed();
    control.setFault('wrong-content-type');
    const response = await fetch(FEED);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe(healthy);
  });

  it('captive-portal answers 200 with an HTML sign-in page', async () => {
    control.setFault('captive-portal');
    const response = await fetch(FEED);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toMatch(/^<!doctype html>[\s\S]*<form/);
  });

  it('redirect-loop redirects again and again until the client gives up', async () => {
    control.setFault('redirect-loop');
    const first = await fetch(FEED, { redirect: 'manual' });
    expect(first.status).toBe(302);
    expect(first.headers.get('location')).toBe('/api/feed?loop=1');
    const later = await fetch(`${FEED}?loop=${FETCH_REDIRECT_LIMIT}`, { redirect: 'manual' });
    expect(later.headers.get('location')).toBe(`/api/feed?loop=${FETCH_REDIRECT_LIMIT + 1}`);
    await expect(fetch(FEED)).rejects.toThrow(TypeError);
  });

  it('empty answers 200 with an empty body', async () => {
    control.setFault('empty');
    const response = await fetch(FEED);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('all-items-broken sends well-formed RSS whose items have no title, link, id or date', async () => {
    const healthyCount = readRss(await readHealthyFeed()).items.length;
    control.setFault('all-items-broken');
    const { items } = readRss(await (await fetch(FEED)).text());
    expect(items).toHaveLength(healthyCount);
    for (const item of items) {
      expect(item.fields.title).toEqual(['']);
      expect(item.fields.guid).toBeUndefined();
      expect(item.fields.link).toBeUndefined();
      expect(Number.isNaN(Date.parse(item.fields.pubDate![0]!))).toBe(true);
    }
  });

  it('none, after reset, serves the healthy feed again', async () => {
    control.setFault('captive-portal');
    control.reset();
    const response = await fetch(FEED);
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
  });
});
