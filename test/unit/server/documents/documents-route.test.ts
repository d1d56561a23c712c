import { afterEach, describe, expect, it } from 'vitest';
import { makeCacheDir, measureDir, startPhotoHost } from '../images/image-fixtures';
import {
  FILES,
  pathOf,
  startDocumentsServer,
  typeOf,
  type TestAttachment,
} from './document-fixtures';

const running: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

/** A council's host: /files/<name>.<ext> is the file of that extension, with a validator. */
async function startHost() {
  const host = await startPhotoHost((req, res) => {
    const extension = /\.([a-z]+)$/.exec(req.url ?? '')?.[1] as keyof typeof FILES;
    const body = FILES[extension];
    if (!body) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': typeOf(extension), etag: '"v1"' }).end(body);
  });
  running.push(host);
  return host;
}

async function startServer(setup: Parameters<typeof startDocumentsServer>[0]) {
  const server = await startDocumentsServer(setup);
  running.push(server);
  return server;
}

const attach = (url: string, title = 'Рішення № 41/VIII-1'): TestAttachment => {
  const extension = /\.([a-z]+)$/.exec(url)![1]!;
  return { url, title, type: typeOf(extension) };
};

describe('the feed’s documents on the app’s own origin', () => {
  it('serve a PDF as the feed names it, for the browser’s viewer, in a sandbox', async () => {
    const host = await startHost();
    const decision = attach(`${host.url}/files/rishennia.pdf`, 'Рішення № 41/VIII-1 (проєкт)');
    const server = await startServer({ attachments: [decision] });
    const response = await server.get(decision);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(FILES.pdf)).toBe(true);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      `inline; filename*=UTF-8''${encodeURIComponent('Рішення № 41 VIII-1 ')}%28${encodeURIComponent('проєкт')}%29.pdf`,
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBe('sandbox');
    expect(response.headers.get('cache-control')).toBe('public, max-age=86400');
    expect(response.headers.get('etag')).toMatch(/^"[\w-]{27}"$/);
  });

  it('serve each office kind with its own type, told by its bytes', async () => {
    const host = await startHost();
    const files = ['docx', 'doc', 'rtf'].map((extension) =>
      attach(`${host.url}/files/forma.${extension}`, 'Форма заяви'),
    );
    const server = await startServer({ attachments: files });
    for (const file of files) {
      const response = await server.get(file);
      expect(response.status, file.url).toBe(200);
      expect(response.headers.get('content-type'), file.url).toBe(file.type);
    }
  });

  it('answer a client that has the file with a 304', async () => {
    const host = await startHost();
    const decision = attach(`${host.url}/files/rishennia.pdf`);
    const server = await startServer({ attachments: [decision] });
    const etag = (await server.get(decision)).headers.get('etag')!;
    const again = await server.get(decision, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
  });

  it('give a 404 for an id the feed does not name, or under another extension', async () => {
    const host = await startHost();
    const decision = attach(`${host.url}/files/rishennia.pdf`);
    const server = await startServer({ attachments: [decision] });
    const unknown = attach(`${host.url}/files/other.pdf`);
    expect((await server.get(unknown)).status).toBe(404);
    const path = pathOf(decision);
    for (const other of [path.replace('.pdf', '.docx'), path.replace('.pdf', '.html')]) {
      expect((await fetch(`${server.url}${other}`)).status, other).toBe(404);
    }
    expect(host.seen).toHaveLength(0);
  });

  it('send a file on a host it does not fetch from to the feed’s own address', async () => {
    const host = await startHost();
    const elsewhere = attach(`${host.url}/files/rishennia.pdf`);
    const server = await startServer({ attachments: [elsewhere], origins: [] });
    const response = await server.get(elsewhere);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(elsewhere.url);
    expect(host.seen).toHaveLength(0);
  });
});

describe('the disk cache of documents', () => {
  it('answers a second request, and a restarted server, without asking the host', async () => {
    const host = await startHost();
    const decision = attach(`${host.url}/files/rishennia.pdf`);
    const cacheDir = makeCacheDir();
    const first = await startServer({ attachments: [decision], cacheDir });
    expect((await first.get(decision)).status).toBe(200);
    expect((await first.get(decision)).status).toBe(200);
    await first.close();
    const restarted = await startServer({ attachments: [decision], cacheDir });
    const response = await restarted.get(decision);
    expect(Buffer.from(await response.arrayBuffer()).equals(FILES.pdf)).toBe(true);
    expect(host.count('/files/rishennia.pdf')).toBe(1);
  });

  it('asks the host once for many clients at the same moment', async () => {
    const host = await startHost();
    const decision = attach(`${host.url}/files/rishennia.pdf`);
    const server = await startServer({ attachments: [decision] });
    const answers = await Promise.all(Array.from({ length: 8 }, () => server.get(decision)));
    expect(answers.map((response) => response.status)).toEqual(Array(8).fill(200));
    expect(host.count('/files/rishennia.pdf')).toBe(1);
  });

  it('stays within its byte bound, dropping the least recently used first', async () => {
    const host = await startHost();
    const files = ['1', '2', '3'].map((name) => attach(`${host.url}/files/${name}.pdf`));
    const maxBytes = Math.round(FILES.pdf.byteLength * 2.5);
    const server = await startServer({ attachments: files, maxBytes });
    for (const file of files) expect((await server.get(file)).status).toBe(200);
    expect(measureDir(server.cacheDir)).toBeLessThanOrEqual(maxBytes);
    await server.get(files[2]!);
    expect(host.count('/files/3.pdf')).toBe(1);
    await server.get(files[0]!);
    expect(host.count('/files/1.pdf')).toBe(2);
  });
});
