import { connect } from 'node:net';
import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { measureDir, startPhotoHost } from '../images/image-fixtures';
import { FILES, startDocumentsServer, typeOf, type TestAttachment } from './document-fixtures';

const running: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

const HTML = '<!doctype html><title>Вхід</title><script>alert(document.cookie)</script>';
const LIMITS = { timeoutMs: 500, maxBytes: 1_000_000 };

/** Serves the answer for each path; anything else is the demo's decision PDF. */
async function startHost(answers: Record<string, (res: ServerResponse) => void>) {
  const host = await startPhotoHost((req, res) => {
    const answer = answers[req.url ?? ''];
    if (answer) return answer(res);
    res.writeHead(200, { 'content-type': 'application/pdf' }).end(FILES.pdf);
  });
  running.push(host);
  return host;
}

async function startServer(attachments: TestAttachment[]) {
  const server = await startDocumentsServer({ attachments, sourceLimits: LIMITS });
  running.push(server);
  return server;
}

/** An attachment the feed declares as a PDF (the address's kind, whatever it serves). */
const pdfAt = (url: string): TestAttachment => ({ url, title: 'Рішення', type: typeOf('pdf') });

/** The client learns that it failed, and nothing of this machine (no stack, no file path). */
async function expectPlainFailure(response: Response): Promise<void> {
  expect(response.status).toBe(502);
  expect(response.headers.get('content-type')).toContain('application/json');
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(await response.text()).not.toMatch(/\bat |\/work\/|node_modules|Error:/);
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

describe('hostile paths', () => {
  it('get a 404 for anything that is no document path, and never reach a file or a host', async () => {
    const host = await startHost({});
    const server = await startServer([pdfAt(`${host.url}/a.pdf`)]);
    const port = new URL(server.url).port;
    for (const path of [
      '/doc/..%2F..%2Fpackage.json',
      '/doc/../../package.json',
      '/doc/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '/doc/0000000000000%00.pdf',
      '/doc/00000000000000.pdf%00.html',
      '/doc/__proto__.pdf',
      '/doc/00000000000000.constructor',
      `/doc/${'a'.repeat(90)}.pdf`,
      `/doc/?url=${encodeURIComponent(`${host.url}/a.pdf`)}`,
    ]) {
      const { status, body } = await requestRaw(port, path);
      expect(status, path).toBe(404);
      expect(body).not.toMatch(/root:|"name"|\bat /);
    }
    expect(host.seen).toHaveLength(0);
  });
});

describe('hostile sources', () => {
  it('get a 502 for what is no document: a web page, HTML or a script labelled PDF, an image', async () => {
    const host = await startHost({
      '/page.pdf': (res) => res.writeHead(200, { 'content-type': 'text/html' }).end(HTML),
      '/fake.pdf': (res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end(HTML),
      '/script.pdf': (res) =>
        res
          .writeHead(200, { 'content-type': 'application/octet-stream' })
          .end('alert(document.cookie)'),
      '/svg.pdf': (res) =>
        res
          .writeHead(200, { 'content-type': 'image/svg+xml' })
          .end('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      '/empty.pdf': (res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end(),
    });
    const paths = ['/page.pdf', '/fake.pdf', '/script.pdf', '/svg.pdf', '/empty.pdf'];
    const server = await startServer(paths.map((path) => pdfAt(`${host.url}${path}`)));
    for (const path of paths)
      await expectPlainFailure(await server.get(pdfAt(`${host.url}${path}`)));
    // Refused before a byte is kept: nothing of them is on disk.
    expect(measureDir(server.cacheDir)).toBe(0);
  });

  it('get a 502 for a document of another kind than its address names', async () => {
    const host = await startHost({
      '/zip.pdf': (res) =>
        res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(FILES.docx),
    });
    const server = await startServer([pdfAt(`${host.url}/zip.pdf`)]);
    await expectPlainFailure(await server.get(pdfAt(`${host.url}/zip.pdf`)));
  });

  it('stop reading a document over the byte cap, and send the client to its own address', async () => {
    const big = Buffer.concat([FILES.pdf, Buffer.alloc(2_000_000, 0x20)]);
    let sent = 0;
    const host = await startHost({
      '/declared.pdf': (res) =>
        res
          .writeHead(200, { 'content-type': 'application/pdf', 'content-length': big.length })
          .end(big),
      '/chunked.pdf': (res) => {
        res.writeHead(200, { 'content-type': 'application/pdf' });
        const write = () => {
          // Streams until the server hangs up: it must, past the cap.
          while (sent < 10_000_000 && res.write(big.subarray(0, 64 * 1024))) sent += 64 * 1024;
          if (sent < 10_000_000 && !res.destroyed) res.once('drain', write);
          else res.end();
        };
        write();
      },
    });
    const files = [pdfAt(`${host.url}/declared.pdf`), pdfAt(`${host.url}/chunked.pdf`)];
    const server = await startServer(files);
    for (const file of files) {
      const response = await server.get(file);
      expect(response.status, file.url).toBe(302);
      expect(response.headers.get('location')).toBe(file.url);
    }
    expect(sent).toBeLessThan(10_000_000);
    expect(measureDir(server.cacheDir)).toBe(0);
  });

  it('get a 502 for a host that answers too slowly, without holding the request', async () => {
    const host = await startHost({
      '/slow.pdf': (res) => {
        res.writeHead(200, { 'content-type': 'application/pdf' });
        res.write(FILES.pdf.subarray(0, 100));
      },
    });
    const server = await startServer([pdfAt(`${host.url}/slow.pdf`)]);
    const started = Date.now();
    await expectPlainFailure(await server.get(pdfAt(`${host.url}/slow.pdf`)));
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('get a 502 for a redirect to another host, which is never asked', async () => {
    const elsewhere = await startHost({});
    const host = await startHost({
      '/moved.pdf': (res) => res.writeHead(302, { location: `${elsewhere.url}/a.pdf` }).end(),
      '/renamed.pdf': (res) => res.writeHead(301, { location: '/a.pdf' }).end(),
    });
    const moved = pdfAt(`${host.url}/moved.pdf`);
    const renamed = pdfAt(`${host.url}/renamed.pdf`);
    const server = await startServer([moved, renamed]);
    await expectPlainFailure(await server.get(moved));
    expect(elsewhere.seen).toHaveLength(0);
    expect((await server.get(renamed)).status).toBe(200);
  });

  it('get a 502 for a host that is down or answers an error', async () => {
    const host = await startHost({ '/gone.pdf': (res) => res.writeHead(404).end('Not Found') });
    const gone = pdfAt(`${host.url}/gone.pdf`);
    const down = pdfAt('http://127.0.0.1:9/a.pdf');
    const server = await startServer([gone, down]);
    await expectPlainFailure(await server.get(gone));
    await expectPlainFailure(await server.get(down));
  });
});
