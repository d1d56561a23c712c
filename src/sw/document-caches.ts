import {
  AUTO_DOCUMENT_MAX_BYTES,
  DOCUMENT_KEEPING_KEY,
  SAVED_DOCUMENT_MAX_BYTES,
  getDocumentKeeping,
  parseDocumentKeeping,
  type DocumentKeeping,
} from '../core/document-keeping';
import {
  getDocumentDisposition,
  getDocumentFileName,
  getDocumentHref,
} from '../core/document-files';
import { DOCUMENT_TYPES, getFileExtension } from '../core/document-types';
import { DOCUMENT_CACHE, SAVED_DOCUMENT_CACHE } from '../core/photo-caches';
import { parsePreferences } from '../core/settings';
import { SETTING_KEYS } from '../core/setting-keys';
import type { Article, ArticleAttachment } from '../core/types';
import { readBody } from '../net/read-body';
import {
  getSetting,
  listArticles,
  listSavedArticles,
  type ArticlePage,
  type VistkyDatabase,
} from '../storage';

declare const self: ServiceWorkerGlobalScope;

const PAGE = 200;
// A document on a slow line: long enough for 2 MB on 2G, short enough not to hold the worker.
const DOWNLOAD_TIMEOUT_MS = 120_000;

/** What decides which documents the worker keeps, and at which address. */
interface DocumentSettings {
  choice: DocumentKeeping;
  /** The data saver: no downloads, whatever the choice. */
  isDataSaver: boolean;
  /** The site's server serves the feed's documents, as its pages declared (the preferences). */
  isServedHere: boolean;
}

async function readDocumentSettings(db: VistkyDatabase): Promise<DocumentSettings> {
  const preferences = parsePreferences(await getSetting(db, SETTING_KEYS.readerPreferences));
  return {
    choice: parseDocumentKeeping(await getSetting(db, DOCUMENT_KEEPING_KEY)),
    isDataSaver: preferences.dataSaver,
    isServedHere: preferences.imageRenditions,
  };
}

async function collectArticles(list: (after?: string) => Promise<ArticlePage>): Promise<Article[]> {
  const articles: Article[] = [];
  let after: string | undefined;
  do {
    const page = await list(after);
    articles.push(...page.articles);
    after = page.next ?? undefined;
  } while (after !== undefined);
  return articles;
}

/**
 * The documents of these articles that a size limit lets in (an unknown size is tried), by the
 * absolute address the pages open them at (core/document-files.ts), which the caches key them by.
 */
function listDocuments(
  articles: Article[],
  maxBytes: number,
  isServedHere: boolean,
): Map<string, ArticleAttachment> {
  const documents = new Map<string, ArticleAttachment>();
  for (const attachment of articles.flatMap((article) => article.attachments ?? [])) {
    if (attachment.sizeBytes !== null && attachment.sizeBytes > maxBytes) continue;
    const href = getDocumentHref(attachment, isServedHere);
    const address = new URL(href, self.location.origin).href;
    if (!documents.has(address)) documents.set(address, attachment);
  }
  return documents;
}

/**
 * The document type a kept copy is served as: a known office or PDF type from the answer, else
 * from the file's extension; null for anything else. Kept copies open on the app's own origin,
 * so nothing that could run there (an HTML or SVG page) is ever kept.
 */
function documentTypeOf(url: string, declared: string): string | null {
  const types = Object.values(DOCUMENT_TYPES).map((type) => type.mimeType);
  const type = declared.split(';')[0]!.trim().toLowerCase();
  if (types.includes(type)) return type;
  if (type !== '' && type !== 'application/octet-stream') return null;
  return DOCUMENT_TYPES[getFileExtension(url)]?.mimeType ?? null;
}

/** A copy to keep: its type, its length, and the name a save gives it (the document's title). */
function toKeptDocument(body: ArrayBuffer, type: string, attachment: ArticleAttachment): Response {
  const extension = Object.keys(DOCUMENT_TYPES).find(
    (key) => DOCUMENT_TYPES[key]!.mimeType === type,
  );
  const name = getDocumentFileName(attachment.title, extension ?? getFileExtension(attachment.url));
  return new Response(body, {
    headers: {
      'Content-Type': type,
      'Content-Length': String(body.byteLength),
      'Content-Disposition': getDocumentDisposition(name),
    },
  });
}

/**
 * A document's bytes as a response to keep, or null: not a success, not readable (another host
 * that allows no CORS, or the site's server sending the file there), not a document (a sign-in
 * wall, an error page), or over `maxBytes`.
 */
async function downloadDocument(
  address: string,
  attachment: ArticleAttachment,
  maxBytes: number,
): Promise<Response | null> {
  const isOwn = new URL(address).origin === self.location.origin;
  const signal = AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS);
  try {
    const response = await fetch(
      address,
      isOwn ? { signal } : { mode: 'cors', credentials: 'omit', signal },
    );
    const type = documentTypeOf(attachment.url, response.headers.get('content-type') ?? '');
    if (!response.ok || type === null) {
      void response.body?.cancel().catch(() => undefined);
      return null;
    }
    return toKeptDocument(await readBody(response, maxBytes, signal), type, attachment);
  } catch {
    // Offline, too large, too slow or refused: the row says it needs the internet.
    return null;
  }
}

/**
 * A copy kept under the file's own address before the site served it at another: moved to the
 * new address rather than downloaded again (and kept when the device is offline now).
 */
async function findEarlierCopy(
  address: string,
  attachment: ArticleAttachment,
  caches: Cache[],
): Promise<Response | null> {
  if (attachment.url === address) return null;
  for (const cache of caches) {
    const copy = await cache.match(attachment.url);
    const type = copy?.headers.get('content-type');
    if (copy && type) return toKeptDocument(await copy.arrayBuffer(), type, attachment);
  }
  return null;
}

/**
 * Keeps the documents of these (new) articles when the resident keeps every article's documents:
 * each one the size limit lets in, once, beside what is already kept.
 */
export async function warmDocuments(db: VistkyDatabase, articles: Article[]): Promise<void> {
  const settings = await readDocumentSettings(db);
  if (getDocumentKeeping(settings.choice, settings.isDataSaver) !== 'always') return;
  const cache = await caches.open(DOCUMENT_CACHE);
  const saved = await caches.open(SAVED_DOCUMENT_CACHE);
  const documents = listDocuments(articles, AUTO_DOCUMENT_MAX_BYTES, settings.isServedHere);
  for (const [address, attachment] of documents) {
    if ((await cache.match(address)) || (await saved.match(address))) continue;
    const document = await downloadDocument(address, attachment, AUTO_DOCUMENT_MAX_BYTES);
    if (document) await cache.put(address, document);
  }
}

/**
 * Keeps SAVED_DOCUMENT_CACHE equal to the saved articles' documents (none when the resident keeps
 * none), each in one cache only: moved from DOCUMENT_CACHE, else downloaded unless the data saver
 * is on; an unsaved article's document moves back when every article's documents are kept.
 */
export async function syncSavedDocuments(db: VistkyDatabase): Promise<void> {
  const { choice, isDataSaver, isServedHere } = await readDocumentSettings(db);
  const articles = await collectArticles((after) => listSavedArticles(db, { limit: PAGE, after }));
  const wanted =
    choice === 'never'
      ? new Map<string, ArticleAttachment>()
      : listDocuments(articles, SAVED_DOCUMENT_MAX_BYTES, isServedHere);
  const saved = await caches.open(SAVED_DOCUMENT_CACHE);
  const runtime = await caches.open(DOCUMENT_CACHE);
  const present = new Set((await saved.keys()).map((request) => request.url));
  for (const [address, attachment] of wanted) {
    if (present.has(address)) continue;
    const document =
      (await runtime.match(address)) ??
      (await findEarlierCopy(address, attachment, [saved, runtime])) ??
      (isDataSaver ? null : await downloadDocument(address, attachment, SAVED_DOCUMENT_MAX_BYTES));
    if (!document) continue;
    await saved.put(address, document);
    await runtime.delete(address);
  }
  // Then what is no longer wanted, so a copy under an earlier address served the step above.
  for (const request of await saved.keys()) {
    if (wanted.has(request.url)) continue;
    const copy = choice === 'always' ? await saved.match(request) : undefined;
    if (copy) await runtime.put(request.url, copy);
    await saved.delete(request);
  }
}

/**
 * Keeps DOCUMENT_CACHE to the documents of the stored articles, and empties it when the resident
 * keeps only saved articles' documents or none: nothing is downloaded here.
 */
export async function pruneDocumentCache(db: VistkyDatabase): Promise<void> {
  // The choice, not the data saver: turning it on stops downloads, not what is already kept.
  const { choice, isServedHere } = await readDocumentSettings(db);
  const stored =
    choice === 'always'
      ? await collectArticles((after) => listArticles(db, { limit: PAGE, after }))
      : [];
  const wanted = listDocuments(stored, AUTO_DOCUMENT_MAX_BYTES, isServedHere);
  const runtime = await caches.open(DOCUMENT_CACHE);
  for (const request of await runtime.keys()) {
    if (!wanted.has(request.url)) await runtime.delete(request);
  }
}

/** «Очистити кеш»: the documents of articles that are not saved go; saved ones stay. */
export async function clearDocumentCache(): Promise<void> {
  await caches.delete(DOCUMENT_CACHE);
}
