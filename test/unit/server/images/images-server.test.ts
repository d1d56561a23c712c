import sharp from 'sharp';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createDemoBackend } from '../../../../mocks/demo-backend';
import { getRenditionPath } from '../../../../src/core/image-renditions';
import { startAppServer, type TestServer } from '../app-server';
import { makeCacheDir, makeRss, startPhotoHost } from './image-fixtures';

const PHOTO = readFileSync(
  new URL('../../../../mocks/fixtures/photos/boiler-1.jpg', import.meta.url),
);

const running: TestServer[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

async function readSize(response: Response) {
  const { format, width, height } = await sharp(
    Buffer.from(await response.arrayBuffer()),
  ).metadata();
  return [response.status, format, width, height];
}

describe('renditions in the production server', () => {
  it("are made of the photos of the feed at FEED_URL, from the feed's own origin", async () => {
    let rss = '';
    const upstream = await startPhotoHost((req, res) => {
      if (req.url === '/rss.xml') {
        return res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss);
      }
      res.writeHead(200, { 'content-type': 'image/jpeg' }).end(PHOTO);
    });
    running.push(upstream);
    rss = makeRss([`${upstream.url}/photos/1.jpg`]);
    const server = await startAppServer({
      FEED_URL: `${upstream.url}/rss.xml`,
      DATA_DIR: makeCacheDir(),
    });
    running.push(server);
    const path = getRenditionPath(`${upstream.url}/photos/1.jpg`, 'thumb', 'webp');
    expect(await readSize(await fetch(`${server.url}${path}`))).toEqual([200, 'webp', 272, 192]);
    const head = await fetch(`${server.url}${path}`, { method: 'HEAD' });
    expect([head.status, head.headers.get('content-type')]).toEqual([200, 'image/webp']);
    const unknown = getRenditionPath(`${upstream.url}/photos/2.jpg`, 'thumb', 'webp');
    expect((await fetch(`${server.url}${unknown}`)).status).toBe(404);
  });

  it("are made of the demo city's photos, by the address the client used", async () => {
    const server = await startAppServer(
      { DATA_DIR: makeCacheDir() },
      { demoBackend: createDemoBackend({ newItemEveryMs: 0 }) },
    );
    running.push(server);
    const feed = await (await fetch(`${server.url}/api/feed`)).text();
    const photo = /<media:content url="([^"]+)"/.exec(feed)![1]!;
    expect(new URL(photo).origin).toBe(server.url);
    const thumb = await fetch(`${server.url}${getRenditionPath(photo, 'thumb', 'webp')}`);
    expect(await readSize(thumb)).toEqual([200, 'webp', 272, 192]);
    const preview = await fetch(`${server.url}${getRenditionPath(photo, 'preview', 'jpeg')}`);
    expect(await readSize(preview)).toEqual([200, 'jpeg', 1200, 630]);
    const lookAlike = getRenditionPath(
      photo.replace(server.url, 'http://evil.example'),
      'thumb',
      'webp',
    );
    expect((await fetch(`${server.url}${lookAlike}`)).status).toBe(404);
  });
});
