import { DOCUMENT_PREFIX, getDocumentPath } from '../../core/document-files';
import { getImageId } from '../../core/image-renditions';
import type { ParsedFeed } from '../../core/types';
import type { OriginAlias } from '../images/feed-images';

/** A document the feed names, as the server fetches and names it. */
export interface FeedDocument {
  url: string;
  /** Where the site serves it: /doc/<id>.<ext>. */
  path: string;
  title: string;
  extension: string;
}

const indexes = new WeakMap<ParsedFeed, Map<string, FeedDocument>>();

/** The feed's documents by the file name of their path (`<id>.<ext>`), the first title kept. */
function indexFeedDocuments(feed: ParsedFeed): Map<string, FeedDocument> {
  let index = indexes.get(feed);
  if (index) return index;
  index = new Map();
  for (const attachment of feed.articles.flatMap((article) => article.attachments ?? [])) {
    const path = getDocumentPath(attachment);
    const file = path?.slice(DOCUMENT_PREFIX.length);
    if (!path || !file || index.has(file)) continue;
    const extension = file.slice(file.indexOf('.') + 1);
    index.set(file, { url: attachment.url, path, title: attachment.title, extension });
  }
  indexes.set(feed, index);
  return index;
}

/** Every document of the feed that has a path on the site, each once. */
export function listFeedDocuments(feed: ParsedFeed): FeedDocument[] {
  return [...indexFeedDocuments(feed).values()];
}

/**
 * The document of the feed served as `<id>.<extension>`, or null: only files the feed names are
 * ever fetched, whatever a client asks. With an alias, documents on its `from` origin are also
 * found by their id on `to` (a scan of the feed's documents, for the demo only).
 */
export function findFeedDocument(
  feed: ParsedFeed,
  asked: { id: string; extension: string },
  alias: OriginAlias | null,
): FeedDocument | null {
  const index = indexFeedDocuments(feed);
  const found = index.get(`${asked.id}.${asked.extension}`);
  if (found || !alias) return found ?? null;
  for (const document of index.values()) {
    const { origin, pathname, search } = new URL(document.url);
    if (
      origin === alias.from &&
      document.extension === asked.extension &&
      getImageId(`${alias.to}${pathname}${search}`) === asked.id
    ) {
      return document;
    }
  }
  return null;
}
