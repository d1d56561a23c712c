import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { getImageId } from '../../../../src/core/image-renditions';
import {
  makeCacheDir,
  makeJpeg,
  measureDir,
  startImagesServer,
  startPhotoHost,
} from './image-fixtures';

const running: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

let landscape: Buffer;
let rotated: Buffer;

beforeAll(async () => {
  landscape = await makeJpeg(800, 533);
  // Stored 600 × 400, shown upright 400 × 600 (EXIF orientation 6: rotate 90°).
  rotated = await makeJpeg(600, 400, 6);
});

/** A photo host serving /a.jpg (landscape) and /r.jpg (rotated), with validators. */
async function startHost() {
  const host = await startPhotoHost((req, res) => {
    const body = req.url === '/r.jpg' ? rotated : landscape;
    if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304).end();
    res.writeHead(200, { 'content-type': 'image/jpeg', etag: '"v1"' }).end(body);
  });
  running.push(host);
  return host;
}

async function startServer(setup: Parameters<typeof startImagesServer>[0]) {
  const server = await startImagesServer(setup);
  running.push(server);
  return server;
}

async function readImage(response: Response) {
  const bytes = Buffer.from(await response.arrayBuffer());
  return { bytes, ...(await sharp(bytes).metadata()) };
}

describe('renditions of a feed photo', () => {
  it('make the card thumbnail a 272×192 WebP, cached for a week, with an ETag', async () => {
    const host = await startHost();
    const server = await startServer({ photoUrls: [`${host.url}/a.jpg`] });
    const response = await server.get(`${host.url}/a.jpg`, 'thumb', 'webp');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/webp');
    expect(response.headers.get('cache-control')).toBe('public, max-age=604800');
    expect(response.headers.get('etag')).toMatch(/^"[\w-]{27}"$/);
    const image = await readImage(response);
    expect([image.format, image.width, image.height]).toEqual(['webp', 272, 192]);
  });

  it('make each article width in WebP and JPEG, never wider than the source', async () => {
    const host = await startHost();
    const photo = `${host.url}/a.jpg`;
    const server = await startServer({ photoUrls: [photo] });
    const sizes: [string, string, number, number][] = [];
    for (const name of ['w360', 'w720', 'w1080'] as const) {
      for (const format of ['webp', 'jpeg'] as const) {
        const response = await server.get(photo, name, format);
        expect(response.headers.get('content-type')).toBe(`image/${format}`);
        const image = await readImage(response);
        sizes.push([name, image.format!, image.width!, image.height!]);
      }
    }
    expect(sizes).toEqual([
      ['w360', 'webp', 360, 240],
      ['w360', 'jpeg', 360, 240],
      ['w720', 'webp', 720, 480],
      ['w720', 'jpeg', 720, 480],
      ['w1080', 'webp', 800, 533],
      ['w1080', 'jpeg', 800, 533],
    ]);
  });

  it('make the link preview a 1200×630 JPEG under 300 kB, even of a large busy photo', async () => {
    const big = await makeJpeg(3000, 2000);
    const host = await startPhotoHost((_req, res) =>
      res.writeHead(200, { 'content-type': 'image/jpeg' }).end(big),
    );
    running.push(host);
    const server = await startServer({ photoUrls: [`${host.url}/big.jpg`] });
    const response = await server.get(`${host.url}/big.jpg`, 'preview', 'jpeg');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    const image = await readImage(response);
    expect([image.format, image.width, image.height]).toEqual(['jpeg', 1200, 630]);
    expect(image.bytes.byteLength).toBeLessThan(300_000);
  });

  it('turn a photo upright by its EXIF orientation and keep none of its metadata', async () => {
    const host = await startHost();
    const server = await startServer({ photoUrls: [`${host.url}/r.jpg`] });
    const image = await readImage(await server.get(`${host.url}/r.jpg`, 'w360', 'jpeg'));
    expect([image.width, image.height]).toEqual([360, 540]);
    expect(image.orientation).toBeUndefined();
    expect(image.exif).toBeUndefined();
  });
});

describe('the disk cache of renditions', () => {
  it('answers a second request, and a restarted server, without asking the photo host', async () => {
    const host = await startHost();
    const photo = `${host.url}/a.jpg`;
    const cacheDir = makeCacheDir();
    const first = await startServer({ photoUrls: [photo], cacheDir });
    const made = Buffer.from(await (await first.get(photo, 'thumb', 'webp')).arrayBuffer());
    await first.get(photo, 'w720', 'webp');
    const again = Buffer.from(await (await first.get(photo, 'thumb', 'webp')).arrayBuffer());
    expect(again.equals(made)).toBe(true);
    await first.close();
    const restarted = await startServer({ photoUrls: [photo], cacheDir });
    expect((await restarted.get(photo, 'thumb', 'webp')).status).toBe(200);
    expect(host.count('/a.jpg')).toBe(1);
  });

  it('asks the photo host once for many clients at the same moment', async () => {
    const host = await startHost();
    const photo = `${host.url}/a.jpg`;
    const server = await startServer({ photoUrls: [photo] });
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => server.get(photo, i % 2 ? 'thumb' : 'w360', 'webp')),
    );
    expect(answers.map((r) => r.status)).toEqual(Array(8).fill(200));
    expect(host.count('/a.jpg')).toBe(1);
  });

  it('stays within its byte bound, dropping the least recently used first', async () => {
    const photos = ['/1.jpg', '/2.jpg', '/3.jpg', '/4.jpg'];
    const host = await startHost();
    const urls = photos.map((path) => `${host.url}${path}`);
    const source = landscape.byteLength;
    // Room for about two sources and their thumbnails.
    const server = await startServer({ photoUrls: urls, maxBytes: Math.round(source * 2.5) });
    for (const url of urls) expect((await server.get(url, 'thumb', 'webp')).status).toBe(200);
    expect(measureDir(server.cacheDir)).toBeLessThanOrEqual(Math.round(source * 2.5));
    await server.get(urls[3]!, 'thumb', 'webp');
    expect(host.count('/4.jpg')).toBe(1);
    await server.get(urls[0]!, 'thumb', 'webp');
    expect(host.count('/1.jpg')).toBe(2);
  });

  it('revalidates its source after a day with a conditional GET, and keeps the renditions', async () => {
    const host = await startHost();
    const photo = `${host.url}/a.jpg`;
    let time = Date.parse('2026-11-02T10:00:00Z');
    const server = await startServer({ photoUrls: [photo], now: () => time });
    const etag = (await server.get(photo, 'thumb', 'webp')).headers.get('etag');
    time += 23 * 3_600_000;
    await server.get(photo, 'thumb', 'webp');
    expect(host.seen).toHaveLength(1);
    time += 2 * 3_600_000;
    const later = await server.get(photo, 'thumb', 'webp');
    expect(host.seen.map((s) => s.headers['if-none-match'])).toEqual([undefined, '"v1"']);
    expect(later.headers.get('etag')).toBe(etag);
  });

  it('keeps serving a kept photo while its host fails', async () => {
    let isDown = false;
    const host = await startPhotoHost((_req, res) =>
      isDown
        ? res.writeHead(503).end()
        : res.writeHead(200, { 'content-type': 'image/jpeg' }).end(landscape),
    );
    running.push(host);
    let time = 0;
    const server = await startServer({ photoUrls: [`${host.url}/a.jpg`], now: () => time });
    await server.get(`${host.url}/a.jpg`, 'thumb', 'webp');
    isDown = true;
    time += 2 * 86_400_000;
    const response = await server.get(`${host.url}/a.jpg`, 'thumb', 'webp');
    expect(response.status).toBe(200);
    expect(host.seen).toHaveLength(2);
  });
});

describe('conditional requests for a rendition', () => {
  it('get a 304 with the same ETag', async () => {
    const host = await startHost();
    const photo = `${host.url}/a.jpg`;
    const server = await startServer({ photoUrls: [photo] });
    const etag = (await server.get(photo, 'w360', 'webp')).headers.get('etag')!;
    const response = await server.get(photo, 'w360', 'webp', {
      headers: { 'if-none-match': etag },
    });
    expect(response.status).toBe(304);
    expect(response.headers.get('etag')).toBe(etag);
    expect(response.headers.get('cache-control')).toBe('public, max-age=604800');
  });
});

describe('a photo the feed does not name', () => {
  it('is a 404, and its host is never asked', async () => {
    const host = await startHost();
    const server = await startServer({ photoUrls: [`${host.url}/a.jpg`] });
    for (const other of [`${host.url}/b.jpg`, 'http://169.254.169.254/latest/meta-data']) {
      const response = await server.get(other, 'thumb', 'webp');
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: 'Not Found' });
    }
    expect(host.seen).toHaveLength(0);
  });

  it('is a 404 when the feed names it on an origin photos may not come from', async () => {
    const host = await startHost();
    const other = await startHost();
    const server = await startServer({
      photoUrls: [`${host.url}/a.jpg`, `${other.url}/a.jpg`],
      imageOrigins: [host.url],
    });
    expect((await server.get(`${other.url}/a.jpg`, 'thumb', 'webp')).status).toBe(404);
    expect(other.seen).toHaveLength(0);
    expect(getImageId(`${other.url}/a.jpg`)).not.toBe(getImageId(`${host.url}/a.jpg`));
  });
});
