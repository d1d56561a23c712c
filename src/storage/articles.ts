import type { Article } from '../core/types';
import { toArticle } from './to-article';
import { INDEX, SEPARATOR, STORE, type VistkyDatabase } from './schema';
import { runRead } from './transaction';

/** Opaque position in a newest-first list; pass a page's `next` back as `after`. */
export type ArticleCursor = string;

/** One page of a newest-first list; `next` is null on the last page. */
export interface ArticlePage {
  articles: Article[];
  next: ArticleCursor | null;
}

/** A category and how many stored articles carry it. */
export interface CategoryCount {
  name: string;
  count: number;
}

type IndexName = (typeof INDEX)[keyof typeof INDEX];

// The keys of one category are name + SEPARATOR + …; U+0001 is the first string after them.
const categoryRange = (name: string, before?: string) =>
  IDBKeyRange.bound(`${name}${SEPARATOR}`, before ?? `${name}\u0001`, false, true);

async function listPage(
  db: VistkyDatabase,
  index: IndexName,
  range: IDBKeyRange | null,
  limit: number,
): Promise<ArticlePage> {
  return runRead(db, [STORE.articles], async (tx) => {
    const articles: Article[] = [];
    let last: ArticleCursor | null = null;
    // 'prev' walks the sortable keys from the newest down: no sorting in JS, no full load.
    let cursor = await tx.objectStore(STORE.articles).index(index).openCursor(range, 'prev');
    while (cursor && articles.length < Math.max(1, limit)) {
      articles.push(toArticle(cursor.value));
      last = cursor.key as string;
      cursor = await cursor.continue();
    }
    return { articles, next: cursor ? last : null };
  });
}

/** Stored articles newest first (by published date, else first seen), optionally of one category. */
export function listArticles(
  db: VistkyDatabase,
  options: { category?: string; limit: number; after?: ArticleCursor },
): Promise<ArticlePage> {
  const { category, limit, after } = options;
  if (category !== undefined) {
    return listPage(db, INDEX.byCategory, categoryRange(category, after), limit);
  }
  const range = after === undefined ? null : IDBKeyRange.upperBound(after, true);
  return listPage(db, INDEX.byDate, range, limit);
}

/** Saved articles («Збережені»), most recently saved first. */
export function listSavedArticles(
  db: VistkyDatabase,
  options: { limit: number; after?: ArticleCursor },
): Promise<ArticlePage> {
  const range = options.after === undefined ? null : IDBKeyRange.upperBound(options.after, true);
  return listPage(db, INDEX.bySaved, range, options.limit);
}

/** How many articles are saved («Збережені»). */
export function countSavedArticles(db: VistkyDatabase): Promise<number> {
  return runRead(db, [STORE.articles], (tx) =>
    tx.objectStore(STORE.articles).index(INDEX.bySaved).count(),
  );
}

/** One stored article, or undefined when this device does not have it. */
export function getArticle(db: VistkyDatabase, key: string): Promise<Article | undefined> {
  return runRead(db, [STORE.articles], async (tx) => {
    const record = await tx.objectStore(STORE.articles).get(key);
    return record && toArticle(record);
  });
}

/** How many articles are stored, in all or in one category. */
export function countArticles(
  db: VistkyDatabase,
  options: { category?: string } = {},
): Promise<number> {
  return runRead(db, [STORE.articles], (tx) => {
    const store = tx.objectStore(STORE.articles);
    if (options.category === undefined) return store.count();
    return store.index(INDEX.byCategory).count(categoryRange(options.category));
  });
}

/**
 * Every category with its article count, most used first. Jumps from one category to the next
 * along the index keys, so it reads one key per category and never an article body.
 */
export function listCategories(db: VistkyDatabase): Promise<CategoryCount[]> {
  return runRead(db, [STORE.articles], async (tx) => {
    const index = tx.objectStore(STORE.articles).index(INDEX.byCategory);
    const categories: CategoryCount[] = [];
    let cursor = await index.openKeyCursor();
    while (cursor) {
      const name = (cursor.key as string).split(SEPARATOR, 1)[0]!;
      categories.push({ name, count: await index.count(categoryRange(name)) });
      cursor = await cursor.continue(`${name}\u0001`);
    }
    return categories.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'uk'));
  });
}
