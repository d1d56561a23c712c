import { listArticleImageUrls } from '../../core/article-image-urls';
import { getImageId } from '../../core/image-renditions';
import type { ParsedFeed } from '../../core/types';

/** A second name of the feed's own origin: the demo's in-process one and the address clients use. */
export interface OriginAlias {
  /** The origin the feed's URLs name. */
  from: string;
  /** The origin the client used, which its copy of the feed names instead. */
  to: string;
}

const indexes = new WeakMap<ParsedFeed, Map<string, string>>();

function indexFeedImages(feed: ParsedFeed): Map<string, string> {
  let index = indexes.get(feed);
  if (index) return index;
  index = new Map();
  for (const article of feed.articles) {
    for (const url of listArticleImageUrls(article)) index.set(getImageId(url)!, url);
  }
  indexes.set(feed, index);
  return index;
}

/**
 * The photo of the feed (lead or body) whose id this is, or null: only photos the feed names are
 * ever fetched, whatever id a client sends. With an alias, photos on its `from` origin are also
 * found by their id on `to` (a scan of the feed's photos, for the demo only).
 */
export function findFeedImage(
  feed: ParsedFeed,
  id: string,
  alias: OriginAlias | null,
): string | null {
  const index = indexFeedImages(feed);
  const found = index.get(id);
  if (found || !alias) return found ?? null;
  for (const url of index.values()) {
    const { origin, pathname, search } = new URL(url);
    if (origin === alias.from && getImageId(`${alias.to}${pathname}${search}`) === id) return url;
  }
  return null;
}
