import { createSharedConnection, type VistkyDatabase } from '../storage';

/**
 * How the page keeps what it reads: in the device's database; in memory only, because the
 * browser refuses a database (offline reading is off); or no longer, because another tab or the
 * service worker upgraded the database to a newer app version (the page must reload).
 */
export type StorageStatus = 'database' | 'memory' | 'outdated';

let status: StorageStatus = 'database';
const listeners = new Set<() => void>();

/** The page's storage status as last decided. */
export function getStorageStatus(): StorageStatus {
  return status;
}

/** Records a change of storage status and tells the subscribers. */
export function setStorageStatus(next: StorageStatus): void {
  if (next === status) return;
  status = next;
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever the storage status changes; returns the unsubscribe function. */
export function subscribeToStorageStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The page's connection to the app's database; closed for good once a newer version upgrades it. */
export const getDatabase = createSharedConnection(() => setStorageStatus('outdated'));

/** A repository function with the page's database filled in: the database road's half of a source. */
export const withDatabase =
  <A extends unknown[], R>(run: (db: VistkyDatabase, ...args: A) => Promise<R>) =>
  async (...args: A): Promise<R> =>
    run(await getDatabase(), ...args);
