import { asCrawlFailure, type CrawlContext, type CrawlFailure } from './crawl-context';
import type { ListEntry } from './extract-list';
import {
  readArticles,
  type ArticleCounts,
  type CrawledArticle,
  type ListedArticle,
} from './read-articles';
import { readSectionList } from './read-section-list';

/** How one section fared: null when its list and its new articles were read, else why not. */
export interface SectionOutcome {
  section: string;
  error: CrawlFailure | null;
}

/** The articles of one crawl, how each section fared and how the pages were obtained. */
export interface CrawlResult extends ArticleCounts {
  articles: CrawledArticle[];
  sections: SectionOutcome[];
  listPages: number;
}

/**
 * Crawls each configured section on its own: a section whose list cannot be read (no answer,
 * 404, markup that no longer matches) keeps the entries of its last good list, whose articles
 * come from the cache, while the others are read as usual. Afterwards the cache keeps only
 * what this crawl listed, kept entries included, so it cannot grow without bound.
 */
export async function crawlPortal(
  context: CrawlContext,
  limits: { pages: number; articles: number },
): Promise<CrawlResult> {
  const { cache } = context;
  const listed = new Map<string, ListedArticle>();
  const errors = new Map<string, CrawlFailure>();
  const pageUrls: string[] = [];
  for (const source of context.config.sources) {
    const { section } = source;
    let entries: ListEntry[];
    try {
      entries = await readSectionList(context, source, limits.pages, pageUrls);
      cache.sections[section] = { readAt: new Date(context.now()).toISOString(), entries };
    } catch (error) {
      const failure = asCrawlFailure(error, context);
      errors.set(section, failure);
      entries = cache.sections[section]?.entries ?? [];
      context.log(
        `section "${section}" failed: ${failure.message}; keeping its ${entries.length} last good entries`,
      );
    }
    addListed(listed, entries, section, errors.has(section));
  }
  const read = await readArticles(context, [...listed.values()], limits.articles);
  for (const [section, failure] of read.failures) {
    if (errors.has(section)) continue;
    errors.set(section, failure);
    context.log(`section "${section}" failed: none of its new articles could be read`);
  }
  cache.lists = pick(cache.lists, pageUrls);
  cache.articles = pick(cache.articles, [...listed.keys()]);
  cache.sections = pick(
    cache.sections,
    context.config.sources.map((s) => s.section),
  );
  return {
    articles: read.articles,
    sections: context.config.sources.map(({ section }) => ({
      section,
      error: errors.get(section) ?? null,
    })),
    listPages: pageUrls.length,
    ...read.counts,
  };
}

function addListed(
  listed: Map<string, ListedArticle>,
  entries: readonly ListEntry[],
  section: string,
  isKept: boolean,
): void {
  for (const entry of entries) {
    const known = listed.get(entry.url);
    if (!known) {
      listed.set(entry.url, { entry, sections: [section], isKept });
      continue;
    }
    if (!known.sections.includes(section)) known.sections.push(section);
    // A list read this run knows the article's current date; a kept one may be out of date.
    if (known.isKept && !isKept) Object.assign(known, { entry, isKept });
  }
}

function pick<T>(record: Record<string, T>, keys: readonly string[]): Record<string, T> {
  return Object.fromEntries(keys.filter((k) => k in record).map((k) => [k, record[k]!]));
}
