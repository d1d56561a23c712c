import type { ArticleImage } from '../core/types';
import type { Attachment, FeedDocument, FeedEntry, TextValue } from './feed-entry';
import { FeedParseError } from './feed-parse-error';
import { isImageFile } from './images';
import { MAX_FEED_ITEMS } from './limits';
import { isAbsoluteUrl, resolveUrl } from './resolve-urls';

type JsonObject = Record<string, unknown>;

/**
 * Reads a JSON Feed 1.0 or 1.1 (https://jsonfeed.org/version/1.1). Relative URLs resolve against
 * the feed URL, else the feed's own `feed_url`. Items inherit the feed's authors.
 */
export function parseJsonFeed(json: string, feedUrl?: string): FeedDocument {
  const feed = readJson(json);
  const items = feed.items as unknown[];
  const declaredUrl = getString(feed.feed_url);
  const base =
    feedUrl ?? (declaredUrl !== null && isAbsoluteUrl(declaredUrl) ? declaredUrl : undefined);
  const feedAuthors = listAuthors(feed);
  const kept = items.slice(0, MAX_FEED_ITEMS).filter(isObject);
  const homeUrl = resolveUrl(getString(feed.home_page_url) ?? '', base);
  return {
    format: 'jsonfeed',
    title: toText(getString(feed.title)),
    homeUrl: homeUrl === '' ? null : homeUrl,
    entries: kept.map((item) => readItem(item, base, feedAuthors)),
    skipped: items.length - kept.length,
  };
}

function readJson(json: string): JsonObject {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new FeedParseError(
      `The response looks like JSON but is not valid JSON (${(error as Error).message}); it may have been cut off in transfer. Try again later.`,
      'broken-json',
    );
  }
  if (!isObject(data)) {
    throw new FeedParseError(
      'The response is JSON but not a JSON Feed: a JSON Feed is an object, and this is not. Check the feed address.',
      'not-json-feed',
    );
  }
  const version = getString(data.version);
  if (
    version === null ||
    !/^https?:\/\/jsonfeed\.org\/version\/1(?:\.\d+)?\/?$/.test(version.trim()) ||
    !Array.isArray(data.items)
  ) {
    const keys = Object.keys(data).slice(0, 8).join(', ') || 'none';
    throw new FeedParseError(
      `The response is JSON but not a JSON Feed: it lacks "version": "https://jsonfeed.org/version/1.1" or an "items" list (its keys: ${keys}). Check the feed address.`,
      'not-json-feed',
    );
  }
  return data;
}

function readItem(item: JsonObject, base: string | undefined, feedAuthors: string[]): FeedEntry {
  const id =
    typeof item.id === 'number' && Number.isFinite(item.id) ? String(item.id) : getString(item.id);
  const contentHtml = getString(item.content_html);
  const contentText = getString(item.content_text);
  const summary = getString(item.summary);
  const files = listAttachments(item, base);
  const image =
    toImage(getString(item.image), base) ??
    toImage(getString(item.banner_image), base) ??
    files.find((file) => file.isImage) ??
    null;
  const itemAuthors = listAuthors(item);
  return {
    id,
    url: resolveUrl(getString(item.url) ?? getString(item.external_url) ?? '', base),
    title: toText(getString(item.title)),
    summary: toText(summary),
    content: contentHtml !== null ? { kind: 'html', value: contentHtml } : toText(contentText),
    published: getString(item.date_published),
    updated: getString(item.date_modified),
    authors: itemAuthors.length > 0 ? itemAuthors : feedAuthors,
    categories: Array.isArray(item.tags) ? item.tags.filter((tag) => typeof tag === 'string') : [],
    image: image === null ? null : { url: image.url, alt: '' },
    attachments: files.filter((file) => !file.isImage),
    base,
  };
}

function listAttachments(
  item: JsonObject,
  base: string | undefined,
): Array<Attachment & { isImage: boolean }> {
  if (!Array.isArray(item.attachments)) return [];
  return item.attachments.filter(isObject).flatMap((attachment) => {
    const url = resolveUrl(getString(attachment.url) ?? '', base);
    if (url === '') return [];
    const type = getString(attachment.mime_type) ?? undefined;
    return [
      {
        url,
        title: getString(attachment.title) ?? '',
        type,
        length: attachment.size_in_bytes,
        isImage: isImageFile(url, type),
      },
    ];
  });
}

/** Authors of a feed or item: JSON Feed 1.1 `authors`, else 1.0 `author`. */
function listAuthors(object: JsonObject): string[] {
  const authors = Array.isArray(object.authors) ? object.authors : [object.author];
  return authors
    .filter(isObject)
    .map((author) => getString(author.name))
    .filter((name) => name !== null);
}

function toImage(url: string | null, base: string | undefined): ArticleImage | null {
  return url === null ? null : { url: resolveUrl(url, base), alt: '' };
}

function toText(value: string | null): TextValue | null {
  return value === null ? null : { kind: 'text', value };
}

function getString(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
