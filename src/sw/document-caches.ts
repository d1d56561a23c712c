import {
  AUTO_DOCUMENT_MAX_BYTES,
  DOCUMENT_KEEPING_KEY,
  SAVED_DOCUMENT_MAX_BYTES,
  getDocumentKeeping,
  parseDocumentKeeping,
  type DocumentKeeping,
} from '../core/document-keeping';
import { DOCUMENT_TYPES, getFileExtension } from '../core/document-types';
import { DOCUMENT_CACHE, SAVED_DOCUMENT_CACHE } from '../core/photo-caches';
import type { Article } from '../core/types';
import { readBody } from '../net/read-body';
import {
  getSetting,
  listArticles,
  listSavedArticles,
  type ArticlePage,
  type VistkyDatabase,
} from '../storage';
import { isDataSaverOn } from './reader-preferences';

declare const self: ServiceWorkerGlobalScope;

const PAGE = 200;
// A document on a slow line: long enough for 2 MB on 2G, short enough not to hold the worker.
const DOWNLOAD_TIMEOUT_MS = 120_000;

/** What the resident keeps, the data saver counted. */
async function getWorkerDocumentKeeping(db: VistkyDatabase): Promise<DocumentKeeping> {
  const choice = parseDocumentKeeping(await getSetting(db, DOCUMENT_KEEPING_KEY));
  return getDocumentKeeping(choice, await isDataSaverOn(db));
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

/** The documents of these articles that a size limit lets in (an unknown size is tried). */
function listDocumentUrls(articles: Article[], maxBytes: number): Set<string> {
  const attachments = articles.flatMap((article) => article.attachments ?? []);
  return new Set(
    attachments
      .filter(({ sizeBytes }) => sizeBytes === null || sizeBytes <= maxBytes)
      .map(({ url }) => url),
  );
}

/**
 * The document type a kept copy is served as: a known office or PDF type from the answer, else
 * from the file's extension; null for anything else. Kept copies open on the app's own origin,
 * so nothing that could run there (an HTML or SVG page) is ever kept.
 */
function toDocumentType(url: string, declared: string): string | null {
  const types = Object.values(DOCUMENT_TYPES).map((type) => type.mimeType);
  const type = declared.split(';')[0]!.trim().toLowerCase();
  if (types.includes(type)) return type;
  if (type !== '' && type !== 'application/octet-stream') return null;
  return DOCUMENT_TYPES[getFileExtension(url)]?.mimeType ?? null;
}

/**
 * A document's bytes as a response to keep, or null: not a success, not readable (another host
 * that allows no CORS), not a document (a sign-in wall, an error page), or over `maxBytes`.
 */
async function downloadDocument(url: string, maxBytes: number): Promise<Response | null> {
  const isOwn = new URL(url).origin === self.location.origin;
  const signal = AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS);
  try {
    const response = await fetch(
      url,
      isOwn ? { signal } : { mode: 'cors', credentials: 'omit', signal },
    );
    const type = toDocumentType(url, response.headers.get('content-type') ?? '');
    if (!response.ok || type === null) {
      void response.body?.cancel().catch(() => undefined);
      return null;
    }
    const bytes = await readBody(response, maxBytes, signal);
    return new Response(bytes, {
      headers: { 'Content-Type': type, 'Content-Length': String(bytes.byteLength) },
    });
  } catch {
    // Offline, too large, too slow or refused: the row says it needs the internet.
    return null;
  }
}

/**
 * Keeps the documents of these (new) articles when the resident keeps every article's documents:
 * each one the size limit lets in, once, beside what is already kept.
 */
export async function warmDocuments(db: VistkyDatabase, articles: Article[]): Promise<void> {
  if ((await getWorkerDocumentKeeping(db)) !== 'always') return;
  const cache = await caches.open(DOCUMENT_CACHE);
  const saved = await caches.open(SAVED_DOCUMENT_CACHE);
  for (const url of listDocumentUrls(articles, AUTO_DOCUMENT_MAX_BYTES)) {
    if ((await cache.match(url)) || (await saved.match(url))) continue;
    const document = await downloadDocument(url, AUTO_DOCUMENT_MAX_BYTES);
    if (document) await cache.put(url, document);
  }
}

/**
 * Keeps SAVED_DOCUMENT_CACHE equal to the saved articles' documents (none when the resident keeps
 * none), each in one cache only: moved from DOCUMENT_CACHE, else downloaded unless the data saver
 * is on; an unsaved article's document moves back when every article's documents are kept.
 */
export async function syncSavedDocuments(db: VistkyDatabase): Promise<void> {
  const choice = parseDocumentKeeping(await getSetting(db, DOCUMENT_KEEPING_KEY));
  const canDownload = !(await isDataSaverOn(db));
  const articles = await collectArticles((after) => listSavedArticles(db, { limit: PAGE, after }));
  const wanted =
    choice === 'never' ? new Set<string>() : listDocumentUrls(articles, SAVED_DOCUMENT_MAX_BYTES);
  const saved = await caches.open(SAVED_DOCUMENT_CACHE);
  const runtime = await caches.open(DOCUMENT_CACHE);
  const present = new Set<string>();
  for (const request of await saved.keys()) {
    if (wanted.has(request.url)) {
      present.add(request.url);
      continue;
    }
    const copy = choice === 'always' ? await saved.match(request) : undefined;
    if (copy) await runtime.put(request.url, copy);
    await saved.delete(request);
  }
  for (const url of wanted) {
    if (present.has(url)) continue;
    const document =
      (await runtime.match(url)) ??
      (canDownload ? await downloadDocument(url, SAVED_DOCUMENT_MAX_BYTES) : null);
    if (!document) continue;
    await saved.put(url, document);
    await runtime.delete(url);
  }
}

/**
 * Keeps DOCUMENT_CACHE to the documents of the stored articles, and empties it when the resident
 * keeps only saved articles' documents or none: nothing is downloaded here.
 */
export async function pruneDocumentCache(db: VistkyDatabase): Promise<void> {
  // The choice, not the data saver: turning it on stops downloads, not what is already kept.
  const choice = parseDocumentKeeping(await getSetting(db, DOCUMENT_KEEPING_KEY));
  const stored =
    choice === 'always'
      ? await collectArticles((after) => listArticles(db, { limit: PAGE, after }))
      : [];
  const wanted = listDocumentUrls(stored, AUTO_DOCUMENT_MAX_BYTES);
  const runtime = await caches.open(DOCUMENT_CACHE);
  for (const request of await runtime.keys()) {
    if (!wanted.has(request.url)) await runtime.delete(request);
  }
}

/** «Очистити кеш»: the documents of articles that are not saved go; saved ones stay. */
export async function clearDocumentCache(): Promise<void> {
  await caches.delete(DOCUMENT_CACHE);
}
