import { describe, expect, it, vi } from 'vitest';
import {
  findSavablePhoto,
  isCacheablePhoto,
  isSavablePhoto,
} from '../../../src/refresh/photo-response';

const ORIGIN = 'https://vistky.example';
const answer = (status: number, type: string) =>
  new Response(status === 204 ? null : 'x', { status, headers: { 'content-type': type } });
// Node cannot build an opaque Response; this is what a no-cors answer looks like to a worker.
const opaque = () => ({ type: 'opaque', status: 0, ok: false, headers: new Headers() }) as Response;

describe('which answers the photo caches keep', () => {
  it('keeps an image in either cache', () => {
    expect(isCacheablePhoto(answer(200, 'image/jpeg'))).toBe(true);
    expect(isSavablePhoto(answer(200, 'Image/WebP'))).toBe(true);
  });

  it('keeps the app shell out, even when it answered an image request with 200', () => {
    expect(isCacheablePhoto(answer(200, 'text/html; charset=utf-8'))).toBe(false);
    expect(isSavablePhoto(answer(200, 'text/html'))).toBe(false);
  });

  it('keeps no error answers, images or not', () => {
    expect(isCacheablePhoto(answer(404, 'image/png'))).toBe(false);
    expect(isCacheablePhoto(answer(500, 'text/plain'))).toBe(false);
  });

  it('keeps an opaque cross-origin answer in the runtime cache only', () => {
    expect(isCacheablePhoto(opaque())).toBe(true);
    expect(isSavablePhoto(opaque())).toBe(false);
  });
});

describe('findSavablePhoto', () => {
  const photo = 'https://rada.example/storage/images/1-medium66.jpg';
  const download = vi.fn(async () => opaque());

  it('copies a readable cached photo as it is', async () => {
    const cached = answer(200, 'image/jpeg');
    const fetch = vi.fn();
    const found = await findSavablePhoto(photo, {
      origin: ORIGIN,
      cached,
      canDownload: true,
      download,
      fetch,
    });
    expect(found).toBe(cached);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('asks a cross-origin host with CORS for a readable copy instead of keeping the opaque one', async () => {
    const fetch = vi.fn(async () => answer(200, 'image/jpeg'));
    const found = await findSavablePhoto(photo, {
      origin: ORIGIN,
      cached: opaque(),
      canDownload: true,
      download,
      fetch,
    });
    expect(fetch).toHaveBeenCalledWith(photo, { mode: 'cors', credentials: 'omit' });
    expect(found?.headers.get('content-type')).toBe('image/jpeg');
  });

  it('saves nothing when the host allows no CORS, leaving the runtime copy to serve', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const found = await findSavablePhoto(photo, {
      origin: ORIGIN,
      cached: opaque(),
      canDownload: true,
      download,
      fetch,
    });
    expect(found).toBeNull();
  });

  it('downloads the photo into the runtime cache when the host allows no CORS and none is cached', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    download.mockClear();
    await findSavablePhoto(photo, { origin: ORIGIN, canDownload: true, download, fetch });
    expect(download).toHaveBeenCalledOnce();
  });

  it('downloads nothing with the data saver on', async () => {
    const fetch = vi.fn();
    download.mockClear();
    const found = await findSavablePhoto(photo, {
      origin: ORIGIN,
      canDownload: false,
      download,
      fetch,
    });
    expect(found).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
    expect(download).not.toHaveBeenCalled();
  });

  it('never saves the app shell a same-origin image request was answered with', async () => {
    const shell = answer(200, 'text/html');
    const found = await findSavablePhoto(`${ORIGIN}/news/x`, {
      origin: ORIGIN,
      canDownload: true,
      download: async () => shell,
      fetch: vi.fn(),
    });
    expect(found).toBeNull();
  });
});
