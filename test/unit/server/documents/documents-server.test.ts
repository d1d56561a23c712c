import { afterEach, describe, expect, it } from 'vitest';
import { createDemoBackend } from '../../../../mocks/demo-backend';
import { DECISION_PDF, FORM_DOCX } from '../../../../mocks/fixtures/documents';
import { getDocumentPath } from '../../../../src/core/document-files';
import { startAppServer, type TestServer } from '../app-server';
import { makeCacheDir, startPhotoHost } from '../images/image-fixtures';
import { FILES, makeDocumentsRss, typeOf } from './document-fixtures';

const running: TestServer[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

describe('documents in the production server', () => {
  it("are served from the feed's own origin at FEED_URL, and no other file of it", async () => {
    let rss = '';
    const upstream = await startPhotoHost((req, res) => {
      if (req.url === '/rss.xml') {
        return res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss);
      }
      res.writeHead(200, { 'content-type': 'application/pdf' }).end(FILES.pdf);
    });
    running.push(upstream);
    const decision = { url: `${upstream.url}/files/1.pdf`, title: 'Рішення', type: typeOf('pdf') };
    rss = makeDocumentsRss([decision], 'https://elsewhere.example/');
    const server = await startAppServer({
      FEED_URL: `${upstream.url}/rss.xml`,
      DATA_DIR: makeCacheDir(),
    });
    running.push(server);
    const path = getDocumentPath({ url: decision.url, mimeType: decision.type });
    const response = await fetch(`${server.url}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-security-policy')).toBe('sandbox');
    expect(Buffer.from(await response.arrayBuffer()).equals(FILES.pdf)).toBe(true);
    const head = await fetch(`${server.url}${path}`, { method: 'HEAD' });
    expect([head.status, head.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    const unknown = getDocumentPath({ url: `${upstream.url}/files/2.pdf`, mimeType: '' });
    expect((await fetch(`${server.url}${unknown}`)).status).toBe(404);
  });

  it("are the demo city's documents, by the address the client used", async () => {
    const server = await startAppServer(
      { DATA_DIR: makeCacheDir() },
      { demoBackend: createDemoBackend({ newItemEveryMs: 0 }) },
    );
    running.push(server);
    const feed = await (await fetch(`${server.url}/api/feed`)).text();
    for (const document of [DECISION_PDF, FORM_DOCX]) {
      const url = `${server.url}/demo-media/${document.file}`;
      expect(feed).toContain(`<enclosure url="${url}"`);
      const path = getDocumentPath({ url, mimeType: document.mime });
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, document.file).toBe(200);
      expect(response.headers.get('content-type')).toBe(document.mime);
      expect((await response.arrayBuffer()).byteLength).toBe(document.bytes);
    }
    const lookAlike = getDocumentPath({
      url: `http://evil.example/demo-media/${DECISION_PDF.file}`,
      mimeType: DECISION_PDF.mime,
    });
    expect((await fetch(`${server.url}${lookAlike}`)).status).toBe(404);
  });
});
