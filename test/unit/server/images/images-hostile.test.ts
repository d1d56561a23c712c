import { connect } from 'node:net';
import type { ServerResponse } from 'node:http';
import { crc32 } from 'node:zlib';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeJpeg, startImagesServer, startPhotoHost } from './image-fixtures';

const running: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

let photo: Buffer;
beforeAll(async () => {
  photo = await makeJpeg(400, 300);
});

/** A PNG that claims 30,000 × 30,000 pixels in a few bytes: a decompression bomb's header. */
function makePixelBomb(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(30_000, 0);
  header.writeUInt32BE(30_000, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Serves the answer for each path; anything else is the photo. */
async function startHost(answers: Record<string, (res: ServerResponse) => void>) {
  const host = await startPhotoHost((req, res) => {
    const answer = answers[req.url ?? ''];
    if (answer) return answer(res);
    res.writeHead(200, { 'content-type': 'image/jpeg' }).end(photo);
  });
  running.push(host);
  return host;
}

async function startServer(photoUrls: string[]) {
  const server = await startImagesServer({
    photoUrls,
    sourceLimits: { timeoutMs: 500, maxBytes: 1_000_000 },
  });
  running.push(server);
  return server;
}

/** The status and body of a request with exactly this path, sent as raw bytes. */
function requestRaw(port: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    const socket = connect(Number(port), '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
      resolve({ status, body: text.slice(text.indexOf('\r\n\r\n') + 4) });
    });
    socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
  });
}

/** The client learns that it failed, and nothing of this machine (no stack, no file path). */
async function expectPlainFailure(response: Response, status: number): Promise<void> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toContain('application/json');
  const body = await response.text();
  expect(body).not.toMatch(/\bat |\/work\/|node_modules|Error:/);
}

describe('hostile paths', () => {
  it('get a 404 for anything that is no rendition path, and never reach a file', async () => {
    const host = await startHost({});
    const server = await startServer([`${host.url}/a.jpg`]);
    const port = new URL(server.url).port;
    for (const path of [
      '/img/thumb/..%2F..%2Fpackage.json',
      '/img/thumb/../../package.json',
      '/img/..%2F..%2Fetc/passwd.webp',
      '/img/thumb/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '/img/thumb/0000000000000%00.webp',
      '/img/__proto__/00000000000000.webp',
      `/img/thumb/${'a'.repeat(90)}.webp`,
    ]) {
      const { status, body } = await requestRaw(port, path);
      expect(status, path).toBe(404);
      expect(body).not.toMatch(/root:|"name"|\bat /);
    }
    expect(host.seen).toHaveLength(0);
  });
});

describe('hostile sources', () => {
  it('get a 502 for a photo bigger than the byte cap, declared or not', async () => {
    const big = Buffer.alloc(2_000_000, 0xff);
    const host = await startHost({
      '/declared.jpg': (res) =>
        res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': big.length }).end(big),
      '/chunked.jpg': (res) => {
        res.writeHead(200, { 'content-type': 'image/jpeg' });
        res.write(big.subarray(0, 600_000));
        res.end(big.subarray(600_000));
      },
    });
    const server = await startServer([`${host.url}/declared.jpg`, `${host.url}/chunked.jpg`]);
    await expectPlainFailure(await server.get(`${host.url}/declared.jpg`, 'thumb', 'webp'), 502);
    await expectPlainFailure(await server.get(`${host.url}/chunked.jpg`, 'thumb', 'webp'), 502);
  });

  it('get a 502 for what is no photo: a web page, an SVG, HTML labelled JPEG, a pixel bomb', async () => {
    const html = '<!doctype html><title>Wi-Fi</title><script>alert(1)</script>';
    const host = await startHost({
      '/page.jpg': (res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html),
      '/icon.svg': (res) =>
        res
          .writeHead(200, { 'content-type': 'image/svg+xml' })
          .end('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      '/fake.jpg': (res) => res.writeHead(200, { 'content-type': 'image/jpeg' }).end(html),
      '/bomb.png': (res) =>
        res.writeHead(200, { 'content-type': 'image/png' }).end(makePixelBomb()),
    });
    const paths = ['/page.jpg', '/icon.svg', '/fake.jpg', '/bomb.png'];
    const server = await startServer(paths.map((path) => `${host.url}${path}`));
    for (const path of paths) {
      await expectPlainFailure(await server.get(`${host.url}${path}`, 'w360', 'jpeg'), 502);
    }
  });

  it('get a 502 for a photo host that answers too slowly, without holding the request', async () => {
    const host = await startHost({
      '/slow.jpg': (res) => {
        res.writeHead(200, { 'content-type': 'image/jpeg' });
        res.write(photo.subarray(0, 100));
      },
    });
    const server = await startServer([`${host.url}/slow.jpg`]);
    const started = Date.now();
    await expectPlainFailure(await server.get(`${host.url}/slow.jpg`, 'thumb', 'webp'), 502);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('get a 502 for a redirect to another host, which is never asked', async () => {
    const elsewhere = await startHost({});
    const host = await startHost({
      '/moved.jpg': (res) => res.writeHead(302, { location: `${elsewhere.url}/a.jpg` }).end(),
      '/renamed.jpg': (res) => res.writeHead(301, { location: '/a.jpg' }).end(),
    });
    const server = await startServer([`${host.url}/moved.jpg`, `${host.url}/renamed.jpg`]);
    await expectPlainFailure(await server.get(`${host.url}/moved.jpg`, 'thumb', 'webp'), 502);
    expect(elsewhere.seen).toHaveLength(0);
    expect((await server.get(`${host.url}/renamed.jpg`, 'thumb', 'webp')).status).toBe(200);
  });

  it('get a 502 for a host that is down or answers an error', async () => {
    const host = await startHost({ '/gone.jpg': (res) => res.writeHead(404).end('Not Found') });
    const server = await startServer([`${host.url}/gone.jpg`, 'http://127.0.0.1:9/a.jpg']);
    await expectPlainFailure(await server.get(`${host.url}/gone.jpg`, 'thumb', 'webp'), 502);
    await expectPlainFailure(await server.get('http://127.0.0.1:9/a.jpg', 'thumb', 'webp'), 502);
  });
});
