import { listArticleImageUrls } from '../../core/article-image-urls';
import type { ParsedFeed } from '../../feed/parse';

// A feed names a handful of photo hosts; a policy header with hundreds would be a feed's doing.
const MAX_FOUND_ORIGINS = 8;

/**
 * The origins the served feed's photos come from, for the policies' img-src and the service
 * worker's connect-src. Only http(s) origins; the first few in feed order.
 */
export function listFeedImageOrigins(feed: ParsedFeed): string[] {
  const origins = new Set<string>();
  for (const article of feed.articles) {
    for (const url of listArticleImageUrls(article)) {
      origins.add(new URL(url).origin);
      if (origins.size === MAX_FOUND_ORIGINS) return [...origins];
    }
  }
  return [...origins];
}
