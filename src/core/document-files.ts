import { DOCUMENT_TYPES, getDocumentKind } from './document-types';
import { getImageId } from './image-renditions';
import type { ArticleAttachment } from './types';

/** Where the site's server serves the feed's documents on its own origin: /doc/<id>.<ext>. */
export const DOCUMENT_PREFIX = '/doc/';

/**
 * The policy a document is sent with, by the server and by the worker's kept copy: nothing of
 * the file (a script, a form) runs on the app's origin. Chromium's PDF viewer still shows a PDF
 * under it (test/e2e/foreign-feed.test.ts).
 */
export const DOCUMENT_CONTENT_SECURITY_POLICY = 'sandbox';

/** What a document's address and name are made of. */
export type DocumentSource = Pick<ArticleAttachment, 'url' | 'mimeType'>;

/**
 * The extension a document is served under: its kind's (core/document-types.ts), by its declared
 * type, else its URL's; null for a file of another kind, which keeps its own address.
 */
export function getDocumentExtension({ url, mimeType }: DocumentSource): string | null {
  const extension = getDocumentKind(url, mimeType).label?.toLowerCase() ?? '';
  return Object.hasOwn(DOCUMENT_TYPES, extension) ? extension : null;
}

/**
 * The same-origin path of a document: the photos' id of its URL (a hash, so nothing of the
 * address reaches a file name) and its kind's extension. Null when it has neither.
 */
export function getDocumentPath(document: DocumentSource): string | null {
  const id = getImageId(document.url);
  const extension = getDocumentExtension(document);
  return id && extension && `${DOCUMENT_PREFIX}${id}.${extension}`;
}

/**
 * The one address the app uses for a document (its row, the body's links, the worker's copy):
 * the site's own path where its server serves the feed's media, else the file's own URL.
 */
export function getDocumentHref(document: DocumentSource, isServedHere: boolean): string {
  return (isServedHere && getDocumentPath(document)) || document.url;
}

const FILE = /^([0-9a-z]{14})\.([a-z]{3,4})$/;

/** What the segment after /doc/ asks for; null for anything getDocumentPath never makes. */
export function parseDocumentPath(file: string): { id: string; extension: string } | null {
  const match = FILE.exec(file);
  return match && Object.hasOwn(DOCUMENT_TYPES, match[2]!)
    ? { id: match[1]!, extension: match[2]! }
    : null;
}

// Characters no file system takes in a name, and controls; a name is also kept short, because
// some systems cap a name at 255 bytes and a Cyrillic letter takes two.
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;
const MAX_NAME_LENGTH = 100;

/** The name a saved copy gets: the document's title, safe as a file name, with its extension. */
export function getDocumentFileName(title: string, extension: string): string {
  const suffix = `.${extension}`;
  let name = title.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  if (name.toLowerCase().endsWith(suffix)) name = name.slice(0, -suffix.length);
  name = Array.from(name).slice(0, MAX_NAME_LENGTH).join('');
  // No name of dots alone (`..`), nor one that ends in a dot, which Windows drops.
  return `${name.replace(/^[.\s]+|[.\s]+$/g, '') || 'document'}${suffix}`;
}

/**
 * `Content-Disposition` for a document the browser's viewer opens and a save names (RFC 6266
 * with RFC 8187's UTF-8 name, whose attr-chars exclude ' ( ) *, which encodeURIComponent keeps).
 */
export function getDocumentDisposition(fileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `inline; filename*=UTF-8''${encoded}`;
}
