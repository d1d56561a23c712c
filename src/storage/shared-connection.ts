import { openDatabase } from './db';
import type { VistkyDatabase } from './schema';

/**
 * One lazily opened connection per context (a page or the service worker). When another
 * context upgrades the schema this one is closed, and the next call opens a fresh connection;
 * `onClosed` lets a page tell the reader.
 */
export function createSharedConnection(onClosed?: () => void): () => Promise<VistkyDatabase> {
  let opening: Promise<VistkyDatabase> | null = null;
  return () => {
    opening ??= openDatabase(undefined, {
      onVersionChange: () => {
        opening = null;
        onClosed?.();
      },
    }).catch((error: unknown) => {
      opening = null;
      throw error;
    });
    return opening;
  };
}
