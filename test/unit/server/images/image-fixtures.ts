import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import sharp from 'sharp';
import {
  getRenditionPath,
  type RenditionFormat,
  type RenditionName,
} from '../../../../src/core/image-renditions';
import { createFeedSource } from '../../../../src/server/feed/feed-source';
import {
  imagesPlugin,
  type ImagesPluginOptions,
} from '../../../../src/server/images/images-plugin';
import { registerErrorPages } from '../../../../src/server/plugins/error-pages';
import { startTestServer, type TestServer } from '../app-server';

/** A JPEG of a busy scene (noise compresses badly, like a real photo), optionally EXIF-rotated. */
export function makeJpeg(width: number, height: number, orientation?: number): Promise<Buffer> {
  const noise = { type: 'gaussian', mean: 128, sigma: 60 } as const;
  const image = sharp({ create: { width, height, channels: 3, background: '#000', noise } });
  return (orientation ? image.withMetadata({ orientation }) : image)
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** An RSS feed with one article per photo URL, the photo as its enclosure. */
export function makeRss(photoUrls: string[]): string {
  const items = photoUrls.map(
    (url, i) =>
      `<item><title>Новина ${i}</title><link>https://rada.example/news/${i}</link>` +
      `<guid>news-${i}</guid><pubDate>Mon, 02 Nov 2026 10:0${i % 10}:00 +0200</pubDate>` +
      `<description>Текст ${i}</description><enclosure url="${url}" type="image/jpeg" length="1"/></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Рада</title><link>https://rada.example/</link>${items.join('')}</channel></rss>`;
}

/** One request a photo host saw. */
export interface Seen {
  url: string;
  headers: IncomingHttpHeaders;
}

/** A loopback photo host: `answer` serves every request; `seen` records them. */
export async function startPhotoHost(
  answer: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<TestServer & { seen: Seen[]; count: (path: string) => number }> {
  const seen: Seen[] = [];
  const server = await startTestServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    answer(req, res);
  });
  return { ...server, seen, count: (path) => seen.filter((s) => s.url === path).length };
}

let root: string | null = null;

/** A fresh folder for a disk cache, removed (with the others) when the process exits. */
export function makeCacheDir(): string {
  if (!root) {
    const dir = mkdtempSync(join(tmpdir(), 'vistky-images-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    root = dir;
  }
  return mkdtempSync(join(root, 'cache-'));
}

/** The bytes the files in a folder take. */
export function measureDir(dir: string): number {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.bin'))
    .reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
}

/** What a test's images server is made of; the feed names `photoUrls`. */
export interface ImagesServerSetup {
  photoUrls: string[];
  cacheDir?: string;
  maxBytes?: number;
  imageOrigins?: string[];
  fetch?: typeof fetch;
  now?: () => number;
  sourceLimits?: ImagesPluginOptions['sourceLimits'];
}

/** A server with only the images route and the app's error pages, on a loopback port. */
export async function startImagesServer(setup: ImagesServerSetup) {
  const rss = Buffer.from(makeRss(setup.photoUrls));
  const source = createFeedSource({
    load: async () => ({
      status: 200,
      bytes: rss,
      contentType: 'application/rss+xml',
      validators: { etag: null, lastModified: null },
    }),
    url: 'https://rada.example/rss.xml',
    maxAgeMs: 3_600_000,
    checkEveryMs: 3_600_000,
  });
  const origins = setup.imageOrigins ?? [...new Set(setup.photoUrls.map((u) => new URL(u).origin))];
  const cacheDir = setup.cacheDir ?? makeCacheDir();
  const app = Fastify({ logger: false });
  registerErrorPages(app, []);
  await app.register(imagesPlugin, {
    source,
    cache: { dir: cacheDir, maxBytes: setup.maxBytes ?? 50_000_000 },
    getImageOrigins: () => origins,
    ownFeedOrigin: null,
    fetch: setup.fetch,
    now: setup.now,
    sourceLimits: setup.sourceLimits,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    cacheDir,
    close: () => app.close(),
    /** Fetches a photo's rendition from the server. */
    get: (photo: string, name: RenditionName, format: RenditionFormat, init?: RequestInit) =>
      fetch(`${url}${getRenditionPath(photo, name, format)}`, init),
  };
}
