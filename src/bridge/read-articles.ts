import type { CachedArticle } from './bridge-cache';
import { MarkupError, PortalError } from './bridge-errors';
import type { CrawlContext } from './crawl-context';
import { extractArticle, type PortalArticle } from './extract-article';
import type { ListedArticle } from './read-list-pages';

/** An article ready for the feed: page content, its sections and the list's summary. */
export interface CrawledArticle {
  article: PortalArticle & { published: string };
  sections: string[];
  summary: string;
}

/** How the article pages of a run were obtained. */
export interface ArticleCounts {
  fetched: number;
  fromCache: number;
  /** Listed but neither cached nor fetched, because the run reached its article cap. */
  deferred: number;
  /** Listed but answered 404/410. */
  gone: number;
}

const HOUR = 3_600_000;

/**
 * Reads the listed articles: from the cache while it is younger than the configured TTL and the
 * list shows no newer date, else by conditional GET, and at most `maxFetches` pages per run.
 */
export async function readArticles(
  context: CrawlContext,
  listed: readonly ListedArticle[],
  maxFetches: number,
): Promise<{ articles: CrawledArticle[]; counts: ArticleCounts }> {
  const counts: ArticleCounts = { fetched: 0, fromCache: 0, deferred: 0, gone: 0 };
  const ttl = context.config.limits.articleTtlHours * HOUR;
  const articles: CrawledArticle[] = [];
  for (const { entry, sections } of listed) {
    const cached = context.cache.articles[entry.url];
    const isFresh =
      cached !== undefined &&
      !isNewer(entry.date, cached.listDate) &&
      context.now() - Date.parse(cached.fetchedAt) < ttl;
    let article: PortalArticle | null;
    if (isFresh || (cached && counts.fetched >= maxFetches)) {
      counts.fromCache++;
      article = cached.article;
    } else if (counts.fetched >= maxFetches) {
      counts.deferred++;
      continue;
    } else {
      counts.fetched++;
      article = await readArticlePage(context, entry.url, entry.date, cached);
    }
    if (!article) {
      counts.gone++;
      continue;
    }
    const published = article.published ?? entry.date;
    if (!published) {
      throw MarkupError.forSelector(
        context.config.article.date,
        entry.url,
        'gave no readable date',
      );
    }
    articles.push({ article: { ...article, published }, sections, summary: entry.summary });
  }
  return { articles, counts };
}

async function readArticlePage(
  context: CrawlContext,
  url: string,
  listDate: string | null,
  cached: CachedArticle | undefined,
): Promise<PortalArticle | null> {
  const response = await context.fetchPage(url, cached);
  const fetchedAt = new Date(context.now()).toISOString();
  if (response.status === 404 || response.status === 410) {
    context.log(`${url} answered ${response.status}; left out of the feed`);
    delete context.cache.articles[url];
    return null;
  }
  if (response.status === 304) {
    if (!cached) throw new PortalError(`${url} answered 304 to an unconditional request`);
    Object.assign(cached, { fetchedAt, listDate });
    return cached.article;
  }
  const article = extractArticle(response.html ?? '', response.url, context.config);
  const { etag, lastModified } = response;
  context.cache.articles[url] = { etag, lastModified, fetchedAt, listDate, article };
  return article;
}

function isNewer(listDate: string | null, seenDate: string | null): boolean {
  if (listDate === null) return false;
  return seenDate === null || Date.parse(listDate) > Date.parse(seenDate);
}
