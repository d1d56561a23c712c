import { MarkupError, PortalError } from './bridge-errors';
import type { CrawlContext } from './crawl-context';
import { extractListEntries, type ListEntry } from './extract-list';
import type { ListSource } from './portal-config';

/**
 * Reads up to `pages` pages of one section's list, conditionally, and returns its articles once
 * each in list order. A first page that is missing or empty means the section's URL or markup
 * changed; every page read, or tried, is named in `pageUrls`, even when the section fails.
 */
export async function readSectionList(
  context: CrawlContext,
  source: ListSource,
  pages: number,
  pageUrls: string[],
): Promise<ListEntry[]> {
  const entries = new Map<string, ListEntry>();
  const last = Math.min(pages, source.maxPages ?? pages);
  for (let page = 1; page <= last; page++) {
    const url = getListPageUrl(source, page, context.portalUrl);
    pageUrls.push(url);
    const found = await readListPage(context, url);
    if (page === 1 && !found?.length) throw getEmptyFirstPageError(context, source, url, found);
    if (!found?.length) break;
    for (const entry of found) if (!entries.has(entry.url)) entries.set(entry.url, entry);
  }
  return [...entries.values()];
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
