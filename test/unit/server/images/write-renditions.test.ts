import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { getRenditionPath } from '../../../../src/core/image-renditions';
import { parseFeed } from '../../../../src/feed/parse';
import { writeRenditions } from '../../../../src/server/images/write-renditions';
import type { TestServer } from '../app-server';
import { makeCacheDir, makeJpeg, makeRss, startPhotoHost } from './image-fixtures';

const running: TestServer[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

describe('the static export of renditions', () => {
  it('writes every rendition the pages use, where the server would answer them', async () => {
    const photo = await makeJpeg(800, 533);
    const host = await startPhotoHost((req, res) =>
      req.url === '/broken.jpg'
        ? res.writeHead(500).end()
        : res.writeHead(200, { 'content-type': 'image/jpeg' }).end(photo),
    );
    running.push(host);
    const urls = [`${host.url}/1.jpg`, `${host.url}/2.jpg`, `${host.url}/broken.jpg`];
    const feed = parseFeed(makeRss(urls), { url: `${host.url}/rss.xml` });
    const outDir = makeCacheDir();
    const options = { cache: { dir: makeCacheDir(), maxBytes: 50_000_000 }, imageOrigins: [] };
    const warnings: string[] = [];

    const written = await writeRenditions(feed, outDir, {
      ...options,
      warn: (m) => warnings.push(m),
    });
    expect(written).toEqual({ files: 16, failedPhotos: 1 });
    expect(warnings).toHaveLength(1);
    const thumb = readFileSync(join(outDir, getRenditionPath(urls[0]!, 'thumb', 'webp')!));
    expect(await sharp(thumb).metadata()).toMatchObject({
      format: 'webp',
      width: 272,
      height: 192,
    });
    const preview = readFileSync(join(outDir, getRenditionPath(urls[1]!, 'preview', 'jpeg')!));
    expect(await sharp(preview).metadata()).toMatchObject({ width: 1200, height: 630 });
    expect(existsSync(join(outDir, getRenditionPath(urls[1]!, 'w1080', 'jpeg')!))).toBe(true);

    const again = makeCacheDir();
    await writeRenditions(feed, again, options);
    expect(host.count('/1.jpg')).toBe(1);
    expect(existsSync(join(again, getRenditionPath(urls[0]!, 'w360', 'webp')!))).toBe(true);
  });
});
