import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSET_JS, SHELL_HTML, startAppServer, type AppServer } from './app-server';

let server: AppServer;

beforeAll(async () => {
  // FEED_URL mode, so photos have an origin beyond the app's own; no request reaches it here.
  server = await startAppServer({ FEED_URL: 'https://feeds.example.org/news.xml' });
});
afterAll(() => server.close());

const get = (path: string, headers: Record<string, string> = {}) =>
  server.app.inject({ method: 'GET', url: path, headers });

describe('the built files', () => {
  it('caches content-hashed assets for a year and revalidates the rest', async () => {
    const asset = await get('/assets/index-Abc123_x.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/sw.js', '/manifest.webmanifest', '/index.html', '/']) {
      expect((await get(path)).headers['cache-control'], path).toBe('no-cache');
    }
  });

  it('answers a request that has the current version with 304', async () => {
    for (const path of ['/assets/index-Abc123_x.js', '/sw.js', '/']) {
      const first = await get(path);
      expect(first.headers.etag, path).toBeTruthy();
      const again = await get(path, { 'if-none-match': String(first.headers.etag) });
      expect(again.statusCode, path).toBe(304);
      expect(again.body).toBe('');
    }
  });

  it('sends the brotli or gzip copy the client accepts, and says it varies by it', async () => {
    const br = await get('/assets/index-Abc123_x.js', { 'accept-encoding': 'gzip, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(ASSET_JS);
    const gz = await get('/', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(SHELL_HTML);
    const plain = await get('/', { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SHELL_HTML);
  });

  it('answers HEAD with the headers only', async () => {
    const head = await server.app.inject({ method: 'HEAD', url: '/sw.js' });
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe('');
  });

  it('answers other methods on static paths with 405 and the methods it allows', async () => {
    // TRACE too, over a socket of its own: see hard-requests.test.ts.
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'] as const) {
      const response = await server.app.inject({ method, url: '/sw.js' });
      expect(response.statusCode, method).toBe(405);
      expect(response.headers.allow).toBe('GET, HEAD');
    }
  });
});

describe('app routes', () => {
  it('answer with the shell whatever their query string', async () => {
    const routes = [
      '/',
      '/?utm_source=telegram&utm_medium=social',
      '/?fbclid=IwAR3x',
      '/news/abc123?src=https%3A%2F%2Fchernigiv-rada.gov.ua%2Fnews%2Fid-1%2F&t=x',
      '/section/%D0%9D%D0%BE%D0%B2%D0%B8%D0%BD%D0%B8?from=menu',
      '/search?q=%D0%B2%D0%BE%D0%B4%D0%B0',
      '/saved/',
      '/settings?from=menu',
    ];
    for (const route of routes) {
      const response = await get(route, { accept: 'text/html' });
      expect(response.statusCode, route).toBe(200);
      expect(response.headers['content-type'], route).toBe('text/html; charset=utf-8');
      expect(response.body, route).toBe(SHELL_HTML);
    }
  });

  it('are the only pages: any other path is a real 404 page', async () => {
    const paths = ['/news', '/news/a/b', '/admin', '/assets/missing.js', '/index.php', '/sw.js.br'];
    for (const path of paths) {
      const response = await get(path, { accept: 'text/html' });
      expect(response.statusCode, path).toBe(404);
      expect(response.body, path).toContain('Сторінку не знайдено');
    }
    const json = await get('/nothing-here', { accept: 'application/json' });
    expect(json.statusCode).toBe(404);
    expect(json.json()).toEqual({ error: 'Not Found' });
  });
});

describe('security headers', () => {
  const EVERY_KIND = ['/', '/assets/index-Abc123_x.js', '/sw.js', '/healthz', '/no-such-page'];

  it('go with every response, pages, scripts, JSON and 404s alike', async () => {
    for (const path of EVERY_KIND) {
      const { headers } = await get(path, { accept: 'text/html' });
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      expect(headers['content-security-policy'], path).toContain("script-src 'self'");
      expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    }
    const refused = await server.app.inject({ method: 'PUT', url: '/' });
    expect(refused.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('let pages show photos from the feed’s origin, and only the worker fetch them', async () => {
    const page = String((await get('/')).headers['content-security-policy']);
    expect(page).toContain("img-src 'self' https://feeds.example.org");
    expect(page).toContain("connect-src 'self';");
    const worker = String((await get('/sw.js')).headers['content-security-policy']);
    expect(worker).toContain("img-src 'self' https://feeds.example.org");
    expect(worker).toContain("connect-src 'self' https://feeds.example.org");
  });
});
