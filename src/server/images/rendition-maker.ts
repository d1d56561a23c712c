import { createHash } from 'node:crypto';
import {
  getImageId,
  RENDITION_TYPES,
  type RenditionFormat,
  type RenditionName,
} from '../../core/image-renditions';
import { createEtag } from '../http/conditional-request';
import type { DiskCache } from './disk-cache';
import { fetchSource, type SourceFetchOptions, type SourceValidators } from './fetch-source';
import { makeRendition } from './make-rendition';

/** What the cache keeps of a source photo besides its bytes. */
export interface SourceRecord extends SourceValidators {
  kind: 'source';
  url: string;
  /** The bytes' hash: renditions are kept under it, so a changed photo gets new ones. */
  hash: string;
  /** When the photo's host last confirmed these bytes, epoch ms. */
  checkedAt: number;
}

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

// News photos rarely change under their URL; a day between checks spares the photo hosts.
const REVALIDATE_MS = 24 * 60 * 60 * 1000;
const TIMEOUT_MS = 10_000;
// A camera original can be 10 MB; a feed's photo has no reason to be larger.
const MAX_SOURCE_BYTES = 15_000_000;
// Resizing takes a core for tens of milliseconds: a page's dozen thumbnails must not take all.
const PARALLEL_RENDERS = 2;

const sourceKey = (url: string) => `source-${getImageId(url)}`;
const hashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Renditions kept on disk by source URL and the source's bytes; one source request and one
 * resize at a time per photo and rendition however many clients ask; the source revalidated
 * with a conditional GET after a day, and a kept copy served while its host fails.
 */
export function createRenditionMaker(options: RenditionMakerOptions): RenditionMaker {
  const { cache } = options;
  const now = options.now ?? Date.now;
  const fetchOptions: SourceFetchOptions = {
    timeoutMs: TIMEOUT_MS,
    maxBytes: MAX_SOURCE_BYTES,
    ...options.source,
  };
  const inFlight = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, run: () => Promise<T>): Promise<T> => {
    const running = inFlight.get(key) as Promise<T> | undefined;
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

  // A full or failing disk costs the next request a new rendition, not this one its photo.
  const keep = (key: string, bytes: Uint8Array, record: ImageRecord) =>
    cache.put(key, bytes, record).catch((error: unknown) => {
      options.warn?.(`not kept on disk: ${(error as Error).message}`);
    });

  const readKeptSource = async (url: string): Promise<SourceRecord | null> => {
    const record = await cache.getRecord(sourceKey(url));
    return record?.kind === 'source' && record.url === url ? record : null;
  };

  /** The source's record, asking its host when unknown or due; the bytes when they came now. */
  const loadSource = (url: string, isForced: boolean) =>
    once(`source ${url}`, async (): Promise<{ record: SourceRecord; bytes?: Uint8Array }> => {
      const kept = isForced ? null : await readKeptSource(url);
      if (kept && now() - kept.checkedAt < REVALIDATE_MS) return { record: kept };
      let load;
      try {
        load = await fetchSource(url, kept, fetchOptions);
      } catch (error) {
        if (!kept) throw error;
        options.warn?.(`${(error as Error).message}: the kept copy is served`);
        return { record: kept };
      }
      if (load.status === 304) {
        const record = { ...kept!, checkedAt: now() };
        await cache.putRecord(sourceKey(url), record).catch(() => undefined);
        return { record };
      }
      const record: SourceRecord = {
        kind: 'source',
        url,
        hash: hashOf(load.bytes),
        ...load.validators,
        checkedAt: now(),
      };
      await keep(sourceKey(url), load.bytes, record);
      return { record, bytes: load.bytes };
    });

  const renditionKey = (source: SourceRecord, name: RenditionName, format: RenditionFormat) =>
    hashOf(Buffer.from(`${source.url}\n${source.hash}\n${name}.${format}`)).slice(0, 40);

  return {
    getRendition: (url, name, format) =>
      once(`${name}.${format} ${url}`, async () => {
        let source = await loadSource(url, false);
        const kept = await cache.get(renditionKey(source.record, name, format));
        if (kept?.record.kind === 'rendition') return { bytes: kept.bytes, ...kept.record };
        let bytes = source.bytes ?? (await cache.get(sourceKey(url)))?.bytes;
        if (!bytes) {
          // The source went out of the cache before this rendition was made.
          source = await loadSource(url, true);
          bytes = source.bytes!;
        }
        const made = await render(bytes, name, format);
        const record: RenditionRecord = {
          kind: 'rendition',
          type: RENDITION_TYPES[format],
          etag: createEtag(made),
        };
        await keep(renditionKey(source.record, name, format), made, record);
        return { bytes: made, type: record.type, etag: record.etag };
      }),
    findKeptSource: async (id) => {
      const record = await cache.getRecord(`source-${id}`);
      return record?.kind === 'source' && getImageId(record.url) === id ? record.url : null;
    },
  };
}
