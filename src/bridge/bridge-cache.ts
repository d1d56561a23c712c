import { readFile } from 'node:fs/promises';
import type { PortalArticle } from './extract-article';
import type { ListEntry } from './extract-list';
import type { Validators } from './polite-fetcher';
import { writeFileAtomic } from './write-file-atomic';

/** A list page as last read, with the validators for the next conditional GET. */
export interface CachedList extends Validators {
  fetchedAt: string;
  entries: ListEntry[];
}

/** An article page as last read and extracted. */
export interface CachedArticle extends Validators {
  fetchedAt: string;
  /** The date the list showed when the page was read: a newer one means the page changed. */
  listDate: string | null;
  article: PortalArticle;
}

/** What the bridge remembers between runs, keyed by page URL. */
export interface BridgeCache {
  version: typeof CACHE_VERSION;
  lists: Record<string, CachedList>;
  articles: Record<string, CachedArticle>;
}

const CACHE_VERSION = 1;

/** A cache that remembers nothing yet. */
export function createEmptyCache(): BridgeCache {
  return { version: CACHE_VERSION, lists: {}, articles: {} };
}

/** Reads the cache file; a missing, unreadable or older-format file gives an empty cache. */
export async function loadBridgeCache(
  path: string,
  log: (line: string) => void,
): Promise<BridgeCache> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return createEmptyCache();
  }
  try {
    const cache = JSON.parse(text) as Partial<BridgeCache>;
    if (cache.version === CACHE_VERSION && cache.lists && cache.articles)
      return cache as BridgeCache;
  } catch {
    // A damaged cache only costs one full crawl; the feed itself is written elsewhere.
  }
  log(`cache ${path} is unreadable or from another version; starting afresh`);
  return createEmptyCache();
}

/** Writes the cache file atomically. */
export async function saveBridgeCache(path: string, cache: BridgeCache): Promise<void> {
  await writeFileAtomic(path, JSON.stringify(cache));
}
