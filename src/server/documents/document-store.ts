import type { DiskCache } from '../images/disk-cache';
import { SourceError, type SourceFetchOptions } from '../images/fetch-source';
import { createSourceStore, type SourceRecord } from '../images/source-store';
import { DOCUMENT_SOURCE, isDocumentOf } from './document-kinds';

/** A document as it is sent. */
export interface DocumentFile {
  bytes: Buffer;
  /** Strong, from the bytes' hash: the same file keeps it across restarts and exports. */
  etag: string;
}

/** What keeps documents: the disk cache, the documents' hosts' transport, the clock. */
export interface DocumentStoreOptions {
  cache: DiskCache<SourceRecord>;
  source: Pick<SourceFetchOptions, 'fetch' | 'userAgent' | 'signal'> &
    Partial<Pick<SourceFetchOptions, 'timeoutMs' | 'maxBytes'>>;
  now?: () => number;
  /** A kept document served while its host fails, or one the disk could not keep. */
  warn?: (message: string) => void;
}

/** Documents of the feed the caller has vetted (never a client's URL), kept on disk. */
export interface DocumentStore {
  /** The document's bytes; a SourceError when it cannot be had or is no file of `extension`. */
  getDocument(url: string, extension: string): Promise<DocumentFile>;
}

// A council's scanned decision runs to a few megabytes; 20 MB (as the portal counts) leaves room
// for a budget with annexes, and bounds what one request makes the server hold in memory.
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
// Long enough for 20 MB from a slow municipal host, short enough that a stalled one gives up.
const TIMEOUT_MS = 30_000;

/**
 * Documents kept on disk by URL, fetched once however many clients ask and revalidated after a
 * day (see images/source-store.ts); each checked against the kind its address names.
 */
export function createDocumentStore(options: DocumentStoreOptions): DocumentStore {
  const store = createSourceStore({
    cache: options.cache,
    fetch: {
      timeoutMs: TIMEOUT_MS,
      maxBytes: MAX_DOCUMENT_BYTES,
      ...options.source,
      kind: DOCUMENT_SOURCE,
    },
    now: options.now ?? Date.now,
    warn: options.warn,
  });
  return {
    getDocument: async (url, extension) => {
      const { record, bytes } = await store.read(url, await store.load(url));
      // A PDF at an address the feed calls a DOCX: the browser would be told the wrong kind.
      if (!isDocumentOf(bytes, extension)) throw new SourceError(`document is no .${extension}`);
      const etag = `"${Buffer.from(record.hash, 'hex').toString('base64url').slice(0, 27)}"`;
      return { bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), etag };
    },
  };
}
