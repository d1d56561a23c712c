import { registerRoute } from 'workbox-routing';
import { DOCUMENT_CONTENT_SECURITY_POLICY } from '../core/document-files';
import { KEPT_DOCUMENT_PATH } from '../core/document-keeping';
import { DOCUMENT_CACHE, SAVED_DOCUMENT_CACHE } from '../core/photo-caches';
import { getWorkerDatabase } from './database';
import { getWorkerLocale } from './reader-preferences';

declare const self: ServiceWorkerGlobalScope;

/** The kept copy of a document, from the saved articles' cache first. */
async function findKeptDocument(url: string): Promise<Response | undefined> {
  return (
    (await caches.match(url, { cacheName: SAVED_DOCUMENT_CACHE })) ??
    (await caches.match(url, { cacheName: DOCUMENT_CACHE }))
  );
}

function getFileName(url: string): string {
  const name = new URL(url).pathname.split('/').pop() || 'document';
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** The kept copy's own name (its title, since copies carry it), else its address's file name. */
function getDisposition(kept: Response, url: string): string {
  return (
    kept.headers.get('content-disposition') ??
    `inline; filename*=UTF-8''${encodeURIComponent(getFileName(url))}`
  );
}

/**
 * Answers KEPT_DOCUMENT_PATH?url=… with the kept copy, for the browser's own viewer, online or
 * not: the page sends a resident here only for a document the device keeps. Anything else is a
 * plain 404, never a redirect, so the path cannot send anyone to another site.
 */
async function openKeptDocument(url: URL): Promise<Response> {
  const target = url.searchParams.get('url') ?? '';
  const kept = /^https?:\/\//i.test(target) ? await findKeptDocument(target) : undefined;
  if (!kept) {
    const { messages } = await getWorkerLocale(await getWorkerDatabase());
    return new Response(messages.documentNotKept, {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  return new Response(kept.body, {
    headers: {
      'Content-Type': kept.headers.get('content-type') ?? 'application/octet-stream',
      'Content-Disposition': getDisposition(kept, target),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': DOCUMENT_CONTENT_SECURITY_POLICY,
    },
  });
}

/** Registers the kept documents' address on this origin. */
export function registerDocumentRoute(): void {
  registerRoute(
    ({ url }) => url.origin === self.location.origin && url.pathname === KEPT_DOCUMENT_PATH,
    ({ url }) => openKeptDocument(url),
  );
}
