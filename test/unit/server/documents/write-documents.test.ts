import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseFeed } from '../../../../src/feed/parse';
import { writeDocuments } from '../../../../src/server/documents/write-documents';
import type { TestServer } from '../app-server';
import { makeCacheDir, startPhotoHost } from '../images/image-fixtures';
import { FILES, makeDocumentsRss, pathOf, typeOf } from './document-fixtures';

const running: TestServer[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

describe('the static export of documents', () => {
  it('writes the feed’s documents where the server would answer them, and reports the rest', async () => {
    const host = await startPhotoHost((req, res) => {
      if (req.url === '/broken.pdf') return res.writeHead(500).end();
      const isPdf = req.url?.endsWith('.pdf');
      res
        .writeHead(200, { 'content-type': typeOf(isPdf ? 'pdf' : 'docx') })
        .end(isPdf ? FILES.pdf : FILES.docx);
    });
    running.push(host);
    const pdf = { url: `${host.url}/1.pdf`, title: 'Рішення', type: typeOf('pdf') };
    const docx = { url: `${host.url}/2.docx`, title: 'Форма', type: typeOf('docx') };
    const broken = { ...pdf, url: `${host.url}/broken.pdf` };
    const foreign = { ...pdf, url: 'https://elsewhere.example/3.pdf' };
    // The feed's home page is on the documents' host: its origin is one to fetch from.
    const rss = makeDocumentsRss([pdf, docx, broken, foreign], `${host.url}/news/`);
    const feed = parseFeed(rss, { url: `${host.url}/rss.xml` });
    const outDir = makeCacheDir();
    const options = { cache: { dir: makeCacheDir(), maxBytes: 50_000_000 }, origins: [] };
    const warnings: string[] = [];

    const written = await writeDocuments(feed, outDir, {
      ...options,
      warn: (line) => warnings.push(line),
    });
    expect(written).toEqual({ files: 2, failedDocuments: 2 });
    expect(warnings.sort()).toEqual([
      expect.stringMatching(`^${host.url}/broken.pdf: document answered 500`),
      'https://elsewhere.example/3.pdf: not a host to fetch from',
    ]);
    expect(readFileSync(join(outDir, pathOf(pdf))).equals(FILES.pdf)).toBe(true);
    expect(readFileSync(join(outDir, pathOf(docx))).equals(FILES.docx)).toBe(true);
    expect(existsSync(join(outDir, pathOf(foreign)))).toBe(false);

    const again = makeCacheDir();
    expect(await writeDocuments(feed, again, options)).toEqual({ files: 2, failedDocuments: 2 });
    expect(host.count('/1.pdf')).toBe(1);
    expect(await writeDocuments(feed, again, options)).toEqual({ files: 0, failedDocuments: 2 });
  });
});
