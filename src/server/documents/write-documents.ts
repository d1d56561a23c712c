import { join } from 'node:path';
import type { ParsedFeed } from '../../core/types';
import { openDiskCache } from '../images/disk-cache';
import type { SourceRecord } from '../images/source-store';
import { writeIfChanged } from '../images/write-renditions';
import { createDocumentStore } from './document-store';
import { listFeedDocuments } from './feed-documents';

/** What the static export's documents need besides the feed. */
export interface WriteDocumentsOptions {
  /** The documents' disk cache (DATA_DIR/documents): a later export fetches only what is new. */
  cache: { dir: string; maxBytes: number };
  /** The origins documents are fetched from (IMAGE_ORIGINS), besides the feed's home page's. */
  origins: string[];
  fetch?: typeof fetch;
  /** Told of each document not written: its link then fails on the static site. */
  warn?: (message: string) => void;
}

/** What an export wrote. */
export interface WrittenDocuments {
  files: number;
  failedDocuments: number;
}

const PARALLEL_DOCUMENTS = 2;
const USER_AGENT = "Vistky/1.0 (city news reader; static export of the feed's documents)";

/**
 * For a static site: writes the feed's documents under `outDir` at the paths the server would
 * answer (doc/<id>.<ext>), fetched and checked as it fetches and checks them. A document that
 * fails, or whose host is not one to fetch from, is skipped and reported; the others are written.
 */
export async function writeDocuments(
  feed: ParsedFeed,
  outDir: string,
  options: WriteDocumentsOptions,
): Promise<WrittenDocuments> {
  const cache = await openDiskCache<SourceRecord>(options.cache.dir, options.cache.maxBytes);
  const store = createDocumentStore({
    cache,
    source: {
      fetch: options.fetch ?? globalThis.fetch,
      userAgent: USER_AGENT,
      signal: new AbortController().signal,
    },
    warn: options.warn,
  });
  const home = feed.homeUrl && new URL(feed.homeUrl).origin;
  const allowed = new Set([...options.origins, home]);
  const queue = listFeedDocuments(feed);
  const written: WrittenDocuments = { files: 0, failedDocuments: 0 };
  const worker = async () => {
    for (let document = queue.shift(); document !== undefined; document = queue.shift()) {
      try {
        if (!allowed.has(new URL(document.url).origin)) throw new Error('not a host to fetch from');
        const file = await store.getDocument(document.url, document.extension);
        if (await writeIfChanged(join(outDir, document.path), file.bytes)) written.files++;
      } catch (error) {
        written.failedDocuments++;
        options.warn?.(`${document.url}: ${(error as Error).message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_DOCUMENTS }, worker));
  return written;
}
