import { readFileSync } from 'node:fs';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Article, FeedMeta } from '../../../src/core/types';
import {
  countArticles,
  DB_VERSION,
  getArticle,
  getFeedMeta,
  listArticles,
  listCategories,
  listSavedArticles,
  openDatabase,
  type VistkyDatabase,
} from '../../../src/storage';
import { useFreshIndexedDb } from './test-database';

/** One object store as exported from a real version 1 database in Chromium. */
interface StoreDump {
  keyPath: string;
  indexes: { name: string; keyPath: string; unique: boolean; multiEntry: boolean }[];
  records: unknown[];
}

const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/db-v1.json', import.meta.url), 'utf8'),
) as { name: string; version: number; stores: Record<string, StoreDump> };

type V1Record = Article & { dateKey: string };
const articles = fixture.stores.articles!.records as V1Record[];
const feeds = fixture.stores.feeds!.records as FeedMeta[];

/** Rebuilds the recorded database: its stores, indexes and records, at its version. */
async function restoreFixture(): Promise<void> {
  const stores = Object.entries(fixture.stores);
  const db = await openDB(fixture.name, fixture.version, {
    upgrade: (raw) => {
      for (const [name, dump] of stores) {
        const store = raw.createObjectStore(name, { keyPath: dump.keyPath });
        for (const index of dump.indexes) {
          store.createIndex(index.name, index.keyPath, {
            unique: index.unique,
            multiEntry: index.multiEntry,
          });
        }
      }
    },
  });
  const tx = db.transaction(
    stores.map(([name]) => name),
    'readwrite',
  );
  for (const [name, dump] of stores) {
    for (const record of dump.records) void tx.objectStore(name).put(record);
  }
  await tx.done;
  db.close();
}

describe('a database written by the first released schema (test/fixtures/db-v1.json)', () => {
  let db: VistkyDatabase;
  beforeEach(async () => {
    useFreshIndexedDb();
    await restoreFixture();
    db = await openDatabase();
    return () => db.close();
  });

  it('opens at the current version', () => {
    expect(fixture.version).toBe(1);
    expect(db.version).toBe(DB_VERSION);
  });

  it('keeps every article with its content, read and saved flags', async () => {
    expect(await countArticles(db)).toBe(articles.length);
    for (const { dateKey: _, ...article } of articles) {
      // Version 5 added the two fields, empty until the next refresh fills them.
      expect(await getArticle(db, article.key)).toEqual({
        ...article,
        attachments: null,
        event: null,
      });
    }
  });

  it('lists every article newest first, as version 1 ordered them', async () => {
    const page = await listArticles(db, { limit: articles.length });
    const byDate = [...articles].sort((a, b) => (a.dateKey < b.dateKey ? 1 : -1));
    expect(page.articles.map((article) => article.key)).toEqual(byDate.map((r) => r.key));
  });

  it('lists every saved article, most recently saved first', async () => {
    const saved = articles
      .filter((record) => record.saved)
      .sort((a, b) => (a.savedAt! < b.savedAt! ? 1 : -1));
    expect(saved.length).toBeGreaterThan(1);
    const page = await listSavedArticles(db, { limit: articles.length });
    expect(page.articles.map((article) => article.key)).toEqual(saved.map((r) => r.key));
  });

  it('indexes every article under each of its categories', async () => {
    const counts = new Map<string, number>();
    for (const record of articles) {
      for (const name of record.categories) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    const listed = await listCategories(db);
    expect(new Map(listed.map(({ name, count }) => [name, count]))).toEqual(counts);
  });

  it('forgets what it knew of the feed (version 5), so the next refresh reads it whole', async () => {
    expect(feeds.length).toBeGreaterThan(0);
    for (const meta of feeds) expect(await getFeedMeta(db, meta.url)).toBeUndefined();
  });
});
