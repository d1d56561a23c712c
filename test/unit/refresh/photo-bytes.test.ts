import { describe, expect, it } from 'vitest';
import { measureCachedPhotos } from '../../../src/refresh/photo-bytes';

/** A Cache holding these answers by URL (only what measuring reads). */
function fakeCache(entries: Record<string, Response>): Cache {
  return {
    keys: async () => Object.keys(entries).map((url) => new Request(url)),
    match: async (request: Request) => entries[request.url],
  } as unknown as Cache;
}

const jpeg = (bytes: number, headers: Record<string, string> = {}) =>
  new Response(new Uint8Array(bytes), { headers: { 'content-type': 'image/jpeg', ...headers } });

describe('measureCachedPhotos', () => {
  it('reads the declared length, else the body', async () => {
    const sizes = await measureCachedPhotos(
      fakeCache({
        'https://rada.example/a.jpg': jpeg(10, { 'content-length': '5000' }),
        'https://rada.example/b.jpg': jpeg(1234),
      }),
    );
    expect(sizes).toEqual(
      new Map([
        ['https://rada.example/a.jpg', 5000],
        ['https://rada.example/b.jpg', 1234],
      ]),
    );
  });

  it('leaves out what is no photo, such as the app shell kept for an image', async () => {
    const shell = new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } });
    const sizes = await measureCachedPhotos(fakeCache({ 'https://rada.example/x': shell }));
    expect(sizes.size).toBe(0);
  });

  it('counts an opaque answer, whose size is hidden, as a typical photo', async () => {
    const opaque = { type: 'opaque', status: 0, headers: new Headers() } as Response;
    const sizes = await measureCachedPhotos(fakeCache({ 'https://cdn.example/c.jpg': opaque }));
    expect(sizes.get('https://cdn.example/c.jpg')).toBe(100_000);
  });
});
