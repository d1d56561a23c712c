import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { getDocumentPath } from '../../../../src/core/document-files';
import { DOCUMENT_TYPES } from '../../../../src/core/document-types';
import { createFeedSource } from '../../../../src/server/feed/feed-source';
import {
  documentsPlugin,
  type DocumentsPluginOptions,
} from '../../../../src/server/documents/documents-plugin';
import { registerErrorPages } from '../../../../src/server/plugins/error-pages';
import { makeCacheDir } from '../images/image-fixtures';

const fixture = (file: string) =>
  readFileSync(new URL(`../../../../mocks/fixtures/documents/${file}`, import.meta.url));

/** One file of each signature: the demo's decision and form, a DOC's header, an RTF. */
export const FILES = {
  pdf: fixture('rishennia-41-viii-1.pdf'),
  docx: fixture('zaiava-na-uchast-u-konkursi.docx'),
  doc: Buffer.concat([
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    Buffer.alloc(504, 0),
  ]),
  rtf: Buffer.from('{\\rtf1\\ansi Рішення}'),
};

/** The MIME type of a document extension. */
export const typeOf = (extension: string) => DOCUMENT_TYPES[extension]!.mimeType;

/** A document an article of the test feed attaches. */
export interface TestAttachment {
  url: string;
  title: string;
  type: string;
}

/** An RSS feed with one article per attachment, each as its enclosure with a title. */
export function makeDocumentsRss(attachments: TestAttachment[], home = 'https://rada.example/') {
  const items = attachments.map(
    ({ url, title, type }, i) =>
      `<item><title>Новина ${i}</title><link>https://rada.example/news/${i}</link>` +
      `<guid>news-${i}</guid><pubDate>Mon, 02 Nov 2026 10:0${i % 10}:00 +0200</pubDate>` +
      `<description>Текст ${i}</description>` +
      `<enclosure url="${url}" type="${type}" length="0" title="${title}"/></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Рада</title><link>${home}</link>${items.join('')}</channel></rss>`;
}

/** The same-origin path the app links a test attachment by. */
export const pathOf = (attachment: TestAttachment) =>
  getDocumentPath({ url: attachment.url, mimeType: attachment.type })!;

/** What a test's documents server is made of; the feed attaches `attachments`. */
export interface DocumentsServerSetup {
  attachments: TestAttachment[];
  /** The origins documents are fetched from; the attachments' own by default. */
  origins?: string[];
  cacheDir?: string;
  maxBytes?: number;
  sourceLimits?: DocumentsPluginOptions['sourceLimits'];
}

/** A server with only the documents route and the app's error pages, on a loopback port. */
export async function startDocumentsServer(setup: DocumentsServerSetup) {
  const rss = Buffer.from(makeDocumentsRss(setup.attachments));
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
  const origins = setup.origins ?? [
    ...new Set(setup.attachments.map(({ url }) => new URL(url).origin)),
  ];
  const cacheDir = setup.cacheDir ?? makeCacheDir();
  const app = Fastify({ logger: false });
  registerErrorPages(app, []);
  await app.register(documentsPlugin, {
    source,
    cache: { dir: cacheDir, maxBytes: setup.maxBytes ?? 50_000_000 },
    origins,
    ownFeedOrigin: null,
    sourceLimits: setup.sourceLimits,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    cacheDir,
    close: () => app.close(),
    /** Asks the server for an attachment by the path the app links it by. */
    get: (attachment: TestAttachment, init?: RequestInit) =>
      fetch(`${url}${pathOf(attachment)}`, { redirect: 'manual', ...init }),
  };
}
