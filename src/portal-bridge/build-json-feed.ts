import type { PortalConfig } from './portal-config';
import type { CrawledArticle } from './read-articles';
import { renderContentHtml } from './render-content-html';
import { sanitizeContentHtml } from './sanitize-content-html';

/** A JSON Feed 1.1 attachment (https://www.jsonfeed.org/version/1.1/#attachments). */
export interface JsonFeedAttachment {
  url: string;
  mime_type: string;
  title: string;
  size_in_bytes?: number;
}

/** A JSON Feed 1.1 item, as the bridge fills it. */
export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  content_html: string;
  summary?: string;
  date_published: string;
  authors?: { name: string }[];
  tags: string[];
  language: string;
  attachments?: JsonFeedAttachment[];
}

/** A JSON Feed 1.1 document. */
export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url?: string;
  description: string;
  language: string;
  items: JsonFeedItem[];
}

/**
 * The JSON Feed of a crawl: one item per canonical URL (tagged with every section that lists it),
 * newest first by date. Ids do not follow publication order on the portal, so they never sort.
 * No `image` field: parseFeed would take it without alt text, while the lead photo opens
 * content_html as an <img> with its alt, which parseFeed reads when `image` is absent.
 * content_html keeps only what the app's sanitizer allows, for any other reader of the feed.
 */
export function buildJsonFeed(
  crawled: readonly CrawledArticle[],
  meta: { config: PortalConfig; portalUrl: string; feedUrl?: string },
): JsonFeed {
  const items = new Map<string, JsonFeedItem>();
  for (const { article, sections, summary } of crawled) {
    const known = items.get(article.url);
    if (known) {
      known.tags.push(...sections.filter((s) => !known.tags.includes(s)));
      continue;
    }
    items.set(article.url, {
      id: article.url,
      url: article.url,
      title: article.title,
      // Sanitized here, on every build, so cached pages meet the current allowlist too.
      content_html: sanitizeContentHtml(renderContentHtml(article), article.url),
      ...(summary && { summary }),
      date_published: article.published,
      ...(article.author && { authors: [{ name: article.author }] }),
      tags: [...sections],
      language: meta.config.language,
      ...(article.attachments.length > 0 && {
        attachments: article.attachments.map((a) => ({
          url: a.url,
          mime_type: a.mimeType,
          title: a.title,
          ...(a.sizeInBytes !== null && { size_in_bytes: a.sizeInBytes }),
        })),
      }),
    });
  }
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: meta.config.feedTitle,
    home_page_url: new URL('/', meta.portalUrl).href,
    ...(meta.feedUrl && { feed_url: meta.feedUrl }),
    description: meta.config.description,
    language: meta.config.language,
    items: [...items.values()].sort(
      (a, b) => Date.parse(b.date_published) - Date.parse(a.date_published),
    ),
  };
}
