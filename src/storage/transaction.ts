import type { IDBPTransaction, StoreNames } from 'idb';
import { toStorageError } from './errors';
import type { VistkyDatabase, VistkySchema } from './schema';

type Stores = StoreNames<VistkySchema>[];

/**
 * Runs `work` in one readwrite transaction over `stores` and waits until it commits. Any error
 * aborts the transaction, so a failed write leaves nothing half-written.
 */
export async function runWrite<Names extends Stores, T>(
  db: VistkyDatabase,
  stores: Names,
  work: (tx: IDBPTransaction<VistkySchema, Names, 'readwrite'>) => Promise<T>,
): Promise<T> {
  let tx: IDBPTransaction<VistkySchema, Names, 'readwrite'> | undefined;
  try {
    tx = db.transaction(stores, 'readwrite');
    // The rejection is awaited below; this only keeps an abort from being reported as unhandled.
    tx.done.catch(() => undefined);
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx?.abort();
    } catch {
      // Already aborted by the browser (quota) or already committed: nothing left to undo.
    }
    // When the browser aborted the transaction, its error (QuotaExceededError) is the cause; the
    // failed request itself only reports a generic AbortError.
    throw toStorageError(tx?.error ?? error);
  }
}

/** Runs `work` in one readonly transaction over `stores`, with IndexedDB errors mapped. */
export async function runRead<Names extends Stores, T>(
  db: VistkyDatabase,
  stores: Names,
  work: (tx: IDBPTransaction<VistkySchema, Names, 'readonly'>) => Promise<T>,
): Promise<T> {
  try {
    const tx = db.transaction(stores, 'readonly');
    // A read can abort too (the connection closes under it); its error reaches us via `work`.
    tx.done.catch(() => undefined);
    return await work(tx);
  } catch (error) {
    throw toStorageError(error);
  }
}

/**
 * Queues one request per item in the current transaction and awaits them all. If queueing throws
 * part-way (a put refused outright), the requests already queued end with AbortError when the
 * transaction aborts; they are marked handled so only the first error is reported.
 */
export async function runBatch<I, T>(
  items: readonly I[],
  request: (item: I) => Promise<T>,
): Promise<T[]> {
  const pending: Promise<T>[] = [];
  try {
    for (const item of items) pending.push(request(item));
  } catch (error) {
    for (const queued of pending) queued.catch(() => undefined);
    throw error;
  }
  return Promise.all(pending);
}
