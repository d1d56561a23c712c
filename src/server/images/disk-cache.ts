import { randomBytes } from 'node:crypto';
import {
  mkdir,
  readdir,
  readFile,
  rename,
  stat,
  unlink,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { join } from 'node:path';

/** A kept file and the record written with it. */
export interface CacheEntry<R> {
  bytes: Buffer;
  record: R;
}

/** Files on disk by key, within a byte bound, the least recently used going first. */
export interface DiskCache<R> {
  /** The file and its record, now the most recently used; null when absent or unreadable. */
  get(key: string): Promise<CacheEntry<R> | null>;
  /** The record alone (from memory once read), now the most recently used; null when absent. */
  getRecord(key: string): Promise<R | null>;
  /** Keeps a file (replacing one under the key), then drops the oldest past the bound. */
  put(key: string, bytes: Uint8Array, record: R): Promise<void>;
  /** Replaces the record of a kept file. */
  putRecord(key: string, record: R): Promise<void>;
  /** The bytes of the files kept now. */
  getSize(): number;
}

interface Slot<R> {
  size: number;
  record?: R;
}

// Keys are made by the server (hashes, ids), never taken from a request: this keeps it so.
const KEY = /^[0-9a-z-]{1,100}$/;

/**
 * Opens (or creates) the cache in `dir`, bounded to `maxBytes` of files. What an earlier process
 * kept is found again, oldest use first (file times), and an unfinished write is removed.
 */
export async function openDiskCache<R>(dir: string, maxBytes: number): Promise<DiskCache<R>> {
  await mkdir(dir, { recursive: true });
  const slots = new Map<string, Slot<R>>();
  let total = 0;
  const paths = (key: string) => {
    if (!KEY.test(key)) throw new Error(`not a cache key: ${key}`);
    return { bytes: join(dir, `${key}.bin`), record: join(dir, `${key}.json`) };
  };

  const forget = (key: string) => {
    const slot = slots.get(key);
    if (!slot) return;
    slots.delete(key);
    total -= slot.size;
    const { bytes, record } = paths(key);
    // Not awaited: a reader holding the file still gets its bytes (POSIX), and a failed unlink
    // only leaves a file the next start finds without its record and removes.
    void unlink(record).catch(() => undefined);
    void unlink(bytes).catch(() => undefined);
  };
  const evict = () => {
    for (const key of slots.keys()) {
      if (total <= maxBytes) break;
      forget(key);
    }
  };
  const touch = (key: string, slot: Slot<R>) => {
    slots.delete(key);
    slots.set(key, slot);
    const now = new Date();
    void utimes(paths(key).bytes, now, now).catch(() => undefined);
  };
  const readRecord = async (key: string, slot: Slot<R>): Promise<R | null> => {
    try {
      slot.record ??= JSON.parse(await readFile(paths(key).record, 'utf8')) as R;
      return slot.record;
    } catch {
      forget(key);
      return null;
    }
  };
  const writeAtomically = async (path: string, data: Uint8Array | string) => {
    const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(temporary, data);
    await rename(temporary, path);
  };

  for (const found of await listKept(dir)) {
    slots.set(found.key, { size: found.size });
    total += found.size;
  }
  evict();

  return {
    get: async (key) => {
      const slot = slots.get(key);
      if (!slot) return null;
      const record = await readRecord(key, slot);
      if (record === null) return null;
      try {
        const bytes = await readFile(paths(key).bytes);
        touch(key, slot);
        return { bytes, record };
      } catch {
        forget(key);
        return null;
      }
    },
    getRecord: async (key) => {
      const slot = slots.get(key);
      const record = slot ? await readRecord(key, slot) : null;
      if (slot && record !== null) touch(key, slot);
      return record;
    },
    put: async (key, bytes, record) => {
      if (bytes.byteLength > maxBytes) return;
      const target = paths(key);
      await writeAtomically(target.bytes, bytes);
      await writeAtomically(target.record, JSON.stringify(record));
      total -= slots.get(key)?.size ?? 0;
      slots.delete(key);
      slots.set(key, { size: bytes.byteLength, record });
      total += bytes.byteLength;
      evict();
    },
    putRecord: async (key, record) => {
      const slot = slots.get(key);
      if (!slot) return;
      await writeAtomically(paths(key).record, JSON.stringify(record));
      slot.record = record;
    },
    getSize: () => total,
  };
}

/** The complete entries in `dir`, least recently used first; removes what is incomplete. */
async function listKept(dir: string): Promise<{ key: string; size: number }[]> {
  const names = new Set(await readdir(dir));
  const found: { key: string; size: number; usedAt: number }[] = [];
  for (const name of names) {
    const key = name.slice(0, -'.bin'.length);
    const isComplete = name.endsWith('.bin') && KEY.test(key) && names.has(`${key}.json`);
    const isRecordOfComplete = name.endsWith('.json') && names.has(name.replace(/json$/, 'bin'));
    if (isRecordOfComplete) continue;
    if (!isComplete) {
      // A write a stopped process left half done, or a file that is not ours to keep.
      if (name.endsWith('.tmp') || name.endsWith('.bin') || name.endsWith('.json')) {
        await unlink(join(dir, name)).catch(() => undefined);
      }
      continue;
    }
    const info = await stat(join(dir, name)).catch(() => null);
    if (info) found.push({ key, size: info.size, usedAt: info.mtimeMs });
  }
  return found.sort((a, b) => a.usedAt - b.usedAt);
}
