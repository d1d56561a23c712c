import type { CachedArticle } from './bridge-cache';
import { PortalError } from './bridge-errors';
import { asCrawlFailure, type CrawlContext, type CrawlFailure } from './crawl-context';
import { extractArticle, type PortalArticle } from './extract-article';
import type { ListEntry } from './extract-list';

/** An article found on the lists, with every section whose list shows it. */
export interface ListedArticle {
  entry: ListEntry;
  sections: string[];
  /** Listed only by sections that failed this run, from their last good list: never fetched. */
  isKept: boolean;
}

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
  /** Listed but neither cached nor fetched: past the article cap, or kept by a failed section. */
  deferred: number;
  /** Listed but answered 404/410. */
  gone: number;
  /** Fetched but unreadable (no answer, no body): the cached copy stands in, if there is one. */
  failed: number;
}

const HOUR = 3_600_000;

/**
 * Reads the listed articles: from the cache while it is younger than the configured TTL and the
 * list shows no newer date, else by conditional GET, and at most `maxFetches` pages per run. An
 * article that cannot be read keeps its cached copy; a section none of whose fetched articles
 * could be read is returned in `failures` with the first reason.
 */
export async function readArticles(
  context: CrawlContext,
  listed: readonly ListedArticle[],
  maxFetches: number,
): Promise<{
  articles: CrawledArticle[];
  counts: ArticleCounts;
  failures: Map<string, CrawlFailure>;
}> {
  const counts: ArticleCounts = { fetched: 0, fromCache: 0, deferred: 0, gone: 0, failed: 0 };
  const ttl = context.config.limits.articleTtlHours * HOUR;
  const articles: CrawledArticle[] = [];
  const answered = new Set<string>();
  const failures = new Map<string, CrawlFailure>();
  for (const { entry, sections, isKept } of listed) {
    const cached = context.cache.articles[entry.url];
    const isFresh =
      cached !== undefined &&
      !isNewer(entry.date, cached.listDate) &&
      context.now() - Date.parse(cached.fetchedAt) < ttl;
    const mayFetch = !isKept && counts.fetched < maxFetches;
    let article: PortalArticle | null = cached?.article ?? null;
    if (isFresh || (cached && !mayFetch)) counts.fromCache++;
    else if (!mayFetch) counts.deferred++;
    else {
      counts.fetched++;
      try {
        article = await readArticlePage(context, entry, cached);
        if (!article) counts.gone++;
        sections.forEach((section) => answered.add(section));
      } catch (error) {
        const failure = asCrawlFailure(error, context);
        counts.failed++;
        for (const section of sections) if (!failures.has(section)) failures.set(section, failure);
        context.log(`${failure.message}; ${cached ? 'the copy read before is kept' : 'left out'}`);
      }
    }
    if (!article) continue;
    const published = article.published ?? entry.date ?? new Date(context.now()).toISOString();
    articles.push({ article: { ...article, published }, sections, summary: entry.summary });
  }
  for (const section of answered) failures.delete(section);
  return { articles, counts, failures };
}

/** The article page, freshly read or confirmed by a 304; null when it is gone (404/410). */
async function readArticlePage(
  context: CrawlContext,
  entry: ListEntry,
  cached: CachedArticle | undefined,
): Promise<PortalArticle | null> {
  const { url } = entry;
  const response = await context.fetchPage(url, cached);
  const fetchedAt = new Date(context.now()).toISOString();
  if (response.status === 404 || response.status === 410) {
    context.log(`${url} answered ${response.status}; left out of the feed`);
    delete context.cache.articles[url];
    return null;
  }
  if (response.status === 304) {
    if (!cached) throw new PortalError(`${url} answered 304 to an unconditional request`);
    Object.assign(cached, { fetchedAt, listDate: entry.date });
    return cached.article;
  }
  const article = extractArticle(response.html ?? '', response.url, context.config, {
    listTitle: entry.title,
    listDate: entry.date,
    warn: context.log,
  });
  if (!article.published) {
    // Stable from run to run: the feed must not move an undated article to the top each time.
    article.published = cached?.article.published ?? fetchedAt;
    context.log(`${url}: dated by when the bridge first read it, ${article.published}`);
  }
  const { etag, lastModified } = response;
  context.cache.articles[url] = { etag, lastModified, fetchedAt, listDate: entry.date, article };
  return article;
}

function isNewer(listDate: string | null, seenDate: string | null): boolean {
  if (listDate === null) return false;
  return seenDate === null || Date.parse(listDate) > Date.parse(seenDate);
}
