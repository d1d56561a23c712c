import { deleteDB, openDB } from 'idb';
import {
  DatabaseOutdatedError,
  StorageFullError,
  StorageUnavailableError,
  toStorageError,
} from './errors';
import { DB_VERSION, runMigrations } from './migrations';
import { DB_NAME, type VistkyDatabase, type VistkySchema } from './schema';

/** How long an open waits for other tabs to let go of an older version before giving up. */
export const BLOCKED_TIMEOUT_MS = 10_000;

/** Hooks and limits for opening the database. */
export interface OpenDatabaseOptions {
  /**
   * Called once this connection has closed itself so another tab or the service worker can
   * upgrade the schema (or the browser closed it): drop the handle, and offer the reader a reload.
   */
  onVersionChange?: () => void;
  blockedTimeoutMs?: number;
}

/** Opens (creating or upgrading as needed) the app's database. */
export function openDatabase(
  name: string = DB_NAME,
  options: OpenDatabaseOptions = {},
): Promise<VistkyDatabase> {
  if (typeof indexedDB === 'undefined') {
    return Promise.reject(new StorageUnavailableError('IndexedDB is not available here'));
  }
  return new Promise((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let gaveUp = false;
    // indexedDB.open itself throws in some contexts (sandboxed frames, some private modes).
    const opening = Promise.resolve().then(() =>
      openDB<VistkySchema>(name, DB_VERSION, {
        upgrade: (db, oldVersion, _newVersion, tx) => {
          // openDB does not await upgrade: when a step fails the transaction aborts and the open
          // rejects, which reports the failure; these two rejections would only repeat it.
          tx.done.catch(() => undefined);
          runMigrations(db, oldVersion, tx).catch(() => undefined);
        },
        blocked: () => {
          // An old tab that never closes would otherwise leave this open pending forever.
          timer ??= setTimeout(() => {
            gaveUp = true;
            reject(
              new StorageUnavailableError('Another tab keeps an older version of the app open'),
            );
          }, options.blockedTimeoutMs ?? BLOCKED_TIMEOUT_MS);
        },
        blocking: (_current, _blocked, event) => {
          (event.target as IDBDatabase).close();
          options.onVersionChange?.();
        },
        terminated: () => options.onVersionChange?.(),
      }),
    );
    opening.then(
      (db) => {
        clearTimeout(timer);
        if (gaveUp) db.close();
        else resolve(db);
      },
      (error: unknown) => {
        clearTimeout(timer);
        const mapped = toStorageError(error);
        if (mapped instanceof StorageFullError) return reject(mapped);
        if ((error as { name?: unknown } | null)?.name === 'VersionError') {
          return reject(
            new DatabaseOutdatedError(
              `A newer version of the app owns the database: ${String(error)}`,
              {
                cause: error,
              },
            ),
          );
        }
        reject(
          new StorageUnavailableError(`Cannot open the database: ${String(error)}`, {
            cause: error,
          }),
        );
      },
    );
  });
}

/** Deletes the app's database with everything in it (the "clear data" action, tests). */
export async function deleteDatabase(name: string = DB_NAME): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  try {
    await deleteDB(name);
  } catch (error) {
    throw toStorageError(error);
  }
}
