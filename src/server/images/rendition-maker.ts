import {
  RENDITION_TYPES,
  type RenditionFormat,
  type RenditionName,
} from '../../core/image-renditions';
import { createEtag } from '../http/conditional-request';
import type { DiskCache } from './disk-cache';
import type { SourceFetchOptions } from './fetch-source';
import { makeRendition } from './make-rendition';
import { createSourceStore, hashBytes, type SourceRecord } from './source-store';

/** What the cache keeps of a rendition besides its bytes. */
export interface RenditionRecord {
  kind: 'rendition';
  type: string;
  etag: string;
}

/** A record of the images' disk cache. */
export type ImageRecord = SourceRecord | RenditionRecord;

/** A rendition as it is sent. */
export interface RenditionFile {
  bytes: Buffer;
  type: string;
  etag: string;
}

/** What makes renditions: the disk cache, the photo hosts' transport, the clock. */
export interface RenditionMakerOptions {
  cache: DiskCache<ImageRecord>;
  source: Omit<SourceFetchOptions, 'timeoutMs' | 'maxBytes'> &
    Partial<Pick<SourceFetchOptions, 'timeoutMs' | 'maxBytes'>>;
  now?: () => number;
  /** A kept photo served while its host fails, or a rendition the disk could not keep. */
  warn?: (message: string) => void;
}

/** Makes and keeps renditions of photos the caller has vetted (never a client's URL). */
export interface RenditionMaker {
  getRendition(url: string, name: RenditionName, format: RenditionFormat): Promise<RenditionFile>;
  /** The URL of a photo kept under this id (a photo once in the feed), or null. */
  findKeptSource(id: string): Promise<string | null>;
}

const TIMEOUT_MS = 10_000;
// A camera original can be 10 MB; a feed's photo has no reason to be larger.
const MAX_SOURCE_BYTES = 15_000_000;
// Resizing takes a core for tens of milliseconds: a page's dozen thumbnails must not take all.
const PARALLEL_RENDERS = 2;

/**
 * Renditions kept on disk by source URL and the source's bytes; one source request and one
 * resize at a time per photo and rendition however many clients ask; the source revalidated
 * with a conditional GET after a day, and a kept copy served while its host fails.
 */
export function createRenditionMaker(options: RenditionMakerOptions): RenditionMaker {
  const { cache } = options;
  const store = createSourceStore({
    cache,
    fetch: { timeoutMs: TIMEOUT_MS, maxBytes: MAX_SOURCE_BYTES, ...options.source },
    now: options.now ?? Date.now,
    warn: options.warn,
  });
  const inFlight = new Map<string, Promise<RenditionFile>>();
  const once = (key: string, run: () => Promise<RenditionFile>): Promise<RenditionFile> => {
    const running = inFlight.get(key);
    if (running) return running;
    const started = run().finally(() => inFlight.delete(key));
    inFlight.set(key, started);
    return started;
  };
  let rendering = 0;
  const waiting: (() => void)[] = [];
  const render = async (...args: Parameters<typeof makeRendition>) => {
    if (rendering >= PARALLEL_RENDERS) await new Promise<void>((go) => waiting.push(go));
    rendering++;
    try {
      return await makeRendition(...args);
    } finally {
      rendering--;
      waiting.shift()?.();
    }
  };

  const renditionKey = (source: SourceRecord, name: RenditionName, format: RenditionFormat) =>
    hashBytes(Buffer.from(`${source.url}\n${source.hash}\n${name}.${format}`)).slice(0, 40);

  return {
    getRendition: (url, name, format) =>
      once(`${name}.${format} ${url}`, async () => {
        const loaded = await store.load(url);
        const kept = await cache.get(renditionKey(loaded.record, name, format));
        if (kept?.record.kind === 'rendition') return { bytes: kept.bytes, ...kept.record };
        const source = await store.read(url, loaded);
        const made = await render(source.bytes, name, format);
        const record: RenditionRecord = {
          kind: 'rendition',
          type: RENDITION_TYPES[format],
          etag: createEtag(made),
        };
        await store.keep(renditionKey(source.record, name, format), made, record);
        return { bytes: made, type: record.type, etag: record.etag };
      }),
    findKeptSource: store.findKept,
  };
}
