import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { VistkySchema } from './schema';

type UpgradeTransaction = IDBPTransaction<
  VistkySchema,
  StoreNames<VistkySchema>[],
  'versionchange'
>;

/** One named schema step. Shipped steps are never edited: a change is a new step. */
export interface Migration {
  version: number;
  name: string;
  run: (db: IDBPDatabase<VistkySchema>, tx: UpgradeTransaction) => void | Promise<void>;
}

/** Every schema step, oldest first. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles by date, feeds',
    run: (db) => {
      const articles = db.createObjectStore('articles', { keyPath: 'key' });
      articles.createIndex('by-date', 'dateKey');
      db.createObjectStore('feeds', { keyPath: 'url' });
    },
  },
  {
    version: 2,
    name: 'articles by category and by save, settings',
    run: async (db, tx) => {
      const articles = tx.objectStore('articles');
      articles.createIndex('by-category', 'categoryKeys', { multiEntry: true });
      articles.createIndex('by-saved', 'savedKey');
      db.createObjectStore('settings', { keyPath: 'key' });
      // v1 records lack the new index fields; fill them so the new indexes see every article.
      // The encoding is spelled out here, not imported, so later helpers cannot rewrite history.
      for (let cursor = await articles.openCursor(); cursor; cursor = await cursor.continue()) {
        const record = cursor.value;
        record.categoryKeys = record.categories.map((name) => `${name}\u0000${record.dateKey}`);
        if (record.saved)
          record.savedKey = `${record.savedAt ?? record.firstSeen}\u0000${record.key}`;
        await cursor.update(record);
      }
    },
  },
  {
    version: 3,
    name: 'articles by unread category and by unsaved date',
    run: async (_db, tx) => {
      const articles = tx.objectStore('articles');
      articles.createIndex('by-unread', 'unreadKeys', { multiEntry: true });
      articles.createIndex('by-unsaved-date', 'unsavedDateKey');
      // Spelled out here too: '' counts every unread article, each category its own.
      for (let cursor = await articles.openCursor(); cursor; cursor = await cursor.continue()) {
        const record = cursor.value;
        record.unreadKeys = record.read ? [] : ['', ...record.categories];
        if (!record.saved) record.unsavedDateKey = record.dateKey;
        await cursor.update(record);
      }
    },
  },
  {
    version: 4,
    name: 'evicted article keys by feed',
    // Starts empty: what earlier versions evicted may come back once, then is remembered.
    run: (db) => {
      db.createObjectStore('evicted', { keyPath: 'key' }).createIndex('by-feed', 'feedUrl');
    },
  },
  {
    version: 5,
    name: 'articles with attachments and event',
    // Stored articles get the new fields empty, and what was known of the feeds goes with their
    // validators: the next refresh downloads the whole feed (no 304), whose items then fill the
    // fields in as changed content.
    run: async (_db, tx) => {
      const articles = tx.objectStore('articles');
      for (let cursor = await articles.openCursor(); cursor; cursor = await cursor.continue()) {
        const record = cursor.value;
        record.attachments ??= null;
        record.event ??= null;
        await cursor.update(record);
      }
      // Cleared rather than walked: this code ships with the first screen.
      await tx.objectStore('feeds').clear();
    },
  },
];

/** The schema version this code opens; the last step's. */
export const DB_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/**
 * Runs every step newer than `oldVersion` inside the upgrade transaction, in order. A failing
 * step aborts the transaction, so the database stays at its old version with its data intact.
 */
export async function runMigrations(
  db: IDBPDatabase<VistkySchema>,
  oldVersion: number,
  tx: UpgradeTransaction,
): Promise<void> {
  try {
    for (const step of MIGRATIONS) {
      if (step.version > oldVersion) await step.run(db, tx);
    }
  } catch (error) {
    tx.abort();
    throw error;
  }
}
