import { readFile } from 'node:fs/promises';
import writeFileAtomic from 'write-file-atomic';
import type { PortalArticle } from './extract-article';
import type { ListEntry } from './extract-list';
import type { Validators } from './polite-fetcher';

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

/** A section's list as last read in full: what the feed keeps while the section fails. */
export interface CachedSection {
  readAt: string;
  entries: ListEntry[];
}

/** What the bridge remembers between runs: pages keyed by URL, sections by name. */
export interface BridgeCache {
  version: typeof CACHE_VERSION;
  lists: Record<string, CachedList>;
  articles: Record<string, CachedArticle>;
  sections: Record<string, CachedSection>;
}

const CACHE_VERSION = 2;

/** A cache that remembers nothing yet. */
export function createEmptyCache(): BridgeCache {
  return { version: CACHE_VERSION, lists: {}, articles: {}, sections: {} };
}

/** Reads the cache file; a missing, unreadable or unknown-format file gives an empty cache. */
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
    const cache = JSON.parse(text) as Omit<Partial<BridgeCache>, 'version'> & { version?: number };
    // Version 1 differs only by lacking sections: its pages stay good.
    if (cache.version === 1 && cache.lists && cache.articles)
      return { version: CACHE_VERSION, lists: cache.lists, articles: cache.articles, sections: {} };
    if (cache.version === CACHE_VERSION && cache.lists && cache.articles && cache.sections)
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
