/** The device refused a write because its storage quota is used up; nothing was written. */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
}

/**
 * The database cannot be used: no IndexedDB (some private modes), open failed or was blocked,
 * a newer version of the app owns it, or the connection was closed under us.
 */
export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
}

/**
 * A newer version of the app, in another tab or in the service worker, has upgraded the database
 * past what this page's code knows: the page must be reloaded to use it.
 */
export class DatabaseOutdatedError extends StorageUnavailableError {
  override name = 'DatabaseOutdatedError';
}

// Firefox before 108 spelled the quota error as its internal name.
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
// InvalidStateError: the connection is closing (another context upgrades). UnknownError: Chrome's
// answer to a disk or backing-store failure. VersionError: a newer app version upgraded the file.
const UNAVAILABLE_NAMES = new Set(['InvalidStateError', 'UnknownError', 'VersionError']);

/** Turns a DOMException from IndexedDB into StorageFullError or StorageUnavailableError. */
export function toStorageError(error: unknown): unknown {
  if (error instanceof StorageFullError || error instanceof StorageUnavailableError) return error;
  const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (typeof name !== 'string') return error;
  if (QUOTA_NAMES.has(name)) return new StorageFullError(message, { cause: error });
  if (UNAVAILABLE_NAMES.has(name)) return new StorageUnavailableError(message, { cause: error });
  return error;
}
