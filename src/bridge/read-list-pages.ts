import { MarkupError, PortalError } from './bridge-errors';
import type { CrawlContext } from './crawl-context';
import { extractListEntries, type ListEntry } from './extract-list';
import type { ListSource } from './portal-config';

/** An article found on the lists, with every section whose list shows it. */
export interface ListedArticle {
  entry: ListEntry;
  sections: string[];
}

/**
 * Reads up to `pages` pages of every configured list, conditionally, and returns their articles
 * once each in list order. A first page that is missing or empty means the markup changed.
 */
export async function readListPages(
  context: CrawlContext,
  pages: number,
): Promise<{ listed: ListedArticle[]; pageUrls: string[] }> {
  const listed = new Map<string, ListedArticle>();
  const pageUrls: string[] = [];
  for (const source of context.config.sources) {
    const last = Math.min(pages, source.maxPages ?? pages);
    for (let page = 1; page <= last; page++) {
      const url = getListPageUrl(source, page, context.portalUrl);
      pageUrls.push(url);
      const entries = await readListPage(context, url);
      if (page === 1 && !entries?.length)
        throw getEmptyFirstPageError(context, source, url, entries);
      if (!entries?.length) break;
      for (const entry of entries) {
        const known = listed.get(entry.url);
        if (!known) listed.set(entry.url, { entry, sections: [source.section] });
        else if (!known.sections.includes(source.section)) known.sections.push(source.section);
      }
    }
  }
  return { listed: [...listed.values()], pageUrls };
}

/** The URL of page N of a list (page 1 is the list's own URL). */
export function getListPageUrl(source: ListSource, page: number, portalUrl: string): string {
  const path = page === 1 ? source.url : source.pageUrl.replace('{page}', String(page));
  return new URL(path, portalUrl).href;
}

/** The entries of one list page; null when the page does not exist (past the last one). */
async function readListPage(context: CrawlContext, url: string): Promise<ListEntry[] | null> {
  const cached = context.cache.lists[url];
  const response = await context.fetchPage(url, cached);
  if (response.status === 404 || response.status === 410) return null;
  if (response.status === 304) {
    if (!cached) throw new PortalError(`${url} answered 304 to an unconditional request`);
    cached.fetchedAt = new Date(context.now()).toISOString();
    return cached.entries;
  }
  const entries = extractListEntries(response.html ?? '', response.url, context.config);
  context.cache.lists[url] = {
    etag: response.etag,
    lastModified: response.lastModified,
    fetchedAt: new Date(context.now()).toISOString(),
    entries,
  };
  return entries;
}

function getEmptyFirstPageError(
  context: CrawlContext,
  source: ListSource,
  url: string,
  entries: ListEntry[] | null,
): MarkupError {
  if (entries === null) {
    return new MarkupError(`list "${source.section}" answered 404 at ${url}: check sources[].url`);
  }
  const { container, item } = context.config.list;
  return MarkupError.forSelector(`${container} ${item}`, url);
}
