import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB, type IDBPDatabase } from 'idb';
import type { FeedArticle } from '../../../src/core/types';
import { countArticles, openDatabase, type VistkyDatabase } from '../../../src/storage';
import { MIGRATIONS } from '../../../src/storage/migrations';

export const FEED_URL = 'https://rada.example/feed.json';

/** A fresh, empty IndexedDB for one test: a new factory, so no test sees another's data. */
export function useFreshIndexedDb(): void {
  globalThis.indexedDB = new IDBFactory();
}

/** Opens the app's database in a fresh factory and checks it starts empty. */
export async function openTestDatabase(): Promise<VistkyDatabase> {
  useFreshIndexedDb();
  const db = await openDatabase();
  if ((await countArticles(db)) !== 0) throw new Error('The test database did not start empty');
  return db;
}

/** A feed item as the parser would return it, with sensible defaults. */
export function makeFeedArticle(id: string, overrides: Partial<FeedArticle> = {}): FeedArticle {
  return {
    id,
    url: `https://rada.example/news/${id}`,
    title: `Новина ${id}`,
    summary: `Коротко про ${id}`,
    contentHtml: `<p>Текст ${id}</p>`,
    published: '2026-03-01T09:00:00.000Z',
    updated: null,
    author: null,
    categories: [],
    image: null,
    attachments: null,
    event: null,
    ...overrides,
  };
}

/** The date of the n-th day of March 2026, as the parser writes dates. */
export function march(day: number, hour = 9): string {
  return new Date(Date.UTC(2026, 2, day, hour)).toISOString();
}

/** Opens `name` at schema version 1 exactly as the first release created it, with raw idb. */
export function openVersion1Database(name: string): Promise<IDBPDatabase> {
  return openDB(name, 1, {
    upgrade: (db) => {
      db.createObjectStore('articles', { keyPath: 'key' }).createIndex('by-date', 'dateKey');
      db.createObjectStore('feeds', { keyPath: 'url' });
    },
  });
}

/** Opens `name` at an older schema version by running the shipped steps up to it, with raw idb. */
export function openDatabaseAtVersion(name: string, version: number): Promise<IDBPDatabase> {
  return openDB(name, version, {
    upgrade: async (db, oldVersion, _newVersion, tx) => {
      for (const step of MIGRATIONS) {
        if (step.version > oldVersion && step.version <= version) {
          await step.run(db as never, tx as never);
        }
      }
    },
  });
}
