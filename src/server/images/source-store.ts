import { createHash } from 'node:crypto';
import { getImageId } from '../../core/image-renditions';
import type { DiskCache } from './disk-cache';
import { fetchSource, type SourceFetchOptions, type SourceValidators } from './fetch-source';

/** What the cache keeps of a source (a feed's photo or document) besides its bytes. */
export interface SourceRecord extends SourceValidators {
  kind: 'source';
  url: string;
  /** The bytes' SHA-256, hex: what is made of them is kept under it, and it is their ETag. */
  hash: string;
  /** When the source's host last confirmed these bytes, epoch ms. */
  checkedAt: number;
}

/** A source as one load left it: its record, and its bytes when they came with this load. */
export interface LoadedSource {
  record: SourceRecord;
  bytes?: Uint8Array;
}

/** What keeps sources: a disk cache (which may hold other records too), the transport, a clock. */
export interface SourceStoreOptions {
  cache: DiskCache<SourceRecord | { kind: string }>;
  fetch: SourceFetchOptions;
  now: () => number;
  /** A kept copy served while its host fails, or a file the disk could not keep. */
  warn?: (message: string) => void;
}

/** Sources the caller has vetted (never a client's URL), fetched once and kept on disk. */
export interface SourceStore {
  /** The source's record, asking its host when unknown or due; its bytes when they came now. */
  load(url: string): Promise<LoadedSource>;
  /** The source's record and bytes: those kept, or fetched again when the disk let them go. */
  read(url: string, loaded: LoadedSource): Promise<{ record: SourceRecord; bytes: Uint8Array }>;
  /** Keeps a file made of a source; a full or failing disk is only warned of. */
  keep(key: string, bytes: Uint8Array, record: SourceRecord | { kind: string }): Promise<void>;
  /** The URL of a source kept under this id (one once in the feed), or null. */
  findKept(id: string): Promise<string | null>;
}

// Feed photos and documents rarely change under their URL; a day between checks spares their hosts.
const REVALIDATE_MS = 24 * 60 * 60 * 1000;

const sourceKey = (url: string) => `source-${getImageId(url)}`;
const isSourceRecord = (record: { kind: string } | null): record is SourceRecord =>
  record?.kind === 'source';

/** The hex SHA-256 of some bytes. */
export const hashBytes = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Sources kept on disk by URL: one request at a time per source however many clients ask,
 * revalidated with a conditional GET after a day, and a kept copy served while its host fails.
 */
export function createSourceStore(options: SourceStoreOptions): SourceStore {
  const { cache, now } = options;
  const inFlight = new Map<string, Promise<LoadedSource>>();

  // A full or failing disk costs the next request a new download, not this one its file.
  const keep: SourceStore['keep'] = (key, bytes, record) =>
    cache.put(key, bytes, record).catch((error: unknown) => {
      options.warn?.(`not kept on disk: ${(error as Error).message}`);
    });

  const readKept = async (url: string): Promise<SourceRecord | null> => {
    const record = await cache.getRecord(sourceKey(url));
    return isSourceRecord(record) && record.url === url ? record : null;
  };

  const fetchAndKeep = async (url: string, isForced: boolean): Promise<LoadedSource> => {
    const kept = isForced ? null : await readKept(url);
    if (kept && now() - kept.checkedAt < REVALIDATE_MS) return { record: kept };
    let load;
    try {
      load = await fetchSource(url, kept, options.fetch);
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
      hash: hashBytes(load.bytes),
      ...load.validators,
      checkedAt: now(),
    };
    await keep(sourceKey(url), load.bytes, record);
    return { record, bytes: load.bytes };
  };

  const load = (url: string, isForced: boolean): Promise<LoadedSource> => {
    const key = `${isForced ? 'forced' : 'due'} ${url}`;
    const running = inFlight.get(key);
    if (running) return running;
    const started = fetchAndKeep(url, isForced).finally(() => inFlight.delete(key));
    inFlight.set(key, started);
    return started;
  };

  return {
    load: (url) => load(url, false),
    read: async (url, loaded) => {
      if (loaded.bytes) return { record: loaded.record, bytes: loaded.bytes };
      // The kept record goes with the kept bytes, should another load have replaced both.
      const kept = await cache.get(sourceKey(url));
      if (kept && isSourceRecord(kept.record) && kept.record.url === url) {
        return { record: kept.record, bytes: kept.bytes };
      }
      // The source went out of the cache since it was loaded.
      const again = await load(url, true);
      return { record: again.record, bytes: again.bytes! };
    },
    keep,
    findKept: async (id) => {
      const record = await cache.getRecord(`source-${id}`);
      return isSourceRecord(record) && getImageId(record.url) === id ? record.url : null;
    },
  };
}
