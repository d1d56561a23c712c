import type { CrawlContext } from './crawl-context';
import { readArticles, type ArticleCounts, type CrawledArticle } from './read-articles';
import { readListPages } from './read-list-pages';

/** The articles of one crawl and how they were obtained. */
export interface CrawlResult extends ArticleCounts {
  articles: CrawledArticle[];
  listPages: number;
}

/**
 * Crawls the configured lists and their articles. After a complete crawl the cache keeps only
 * what this crawl saw, so it cannot grow without bound; a failed crawl leaves it unpruned.
 */
export async function crawlPortal(
  context: CrawlContext,
  limits: { pages: number; articles: number },
): Promise<CrawlResult> {
  const { listed, pageUrls } = await readListPages(context, limits.pages);
  const { articles, counts } = await readArticles(context, listed, limits.articles);
  const { cache } = context;
  cache.lists = pick(cache.lists, pageUrls);
  cache.articles = pick(
    cache.articles,
    listed.map((l) => l.entry.url),
  );
  return { articles, listPages: pageUrls.length, ...counts };
}

function pick<T>(record: Record<string, T>, keys: readonly string[]): Record<string, T> {
  return Object.fromEntries(keys.filter((k) => k in record).map((k) => [k, record[k]!]));
}
