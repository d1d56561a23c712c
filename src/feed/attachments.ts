import { getDocumentMimeType } from '../core/document-types';
import { collapseWhitespace, truncateAtWord } from '../core/text';
import type { ArticleAttachment } from '../core/types';
import type { Attachment } from './feed-entry';
import { toWebUrl } from './resolve-urls';

// A council decision comes with a handful of annexes; more is a feed listing its whole archive.
const MAX_ATTACHMENTS = 30;
const MAX_TITLE_LENGTH = 300;
// «(PDF, 412 КБ)» after a title repeats what the row says from the attachment's own fields.
const TYPE_AND_SIZE_SUFFIX = /\s*\((?:[A-Za-z]{2,4},?\s*)?\d+(?:[.,]\d+)?\s*\p{L}{1,5}\)$/u;

/**
 * The documents of an item as the article keeps them: web URLs only, each once, a title (the
 * file name when the feed gives none), a MIME type and a size when declared; null when none.
 */
export function toArticleAttachments(attachments: Attachment[]): ArticleAttachment[] | null {
  const kept = new Map<string, ArticleAttachment>();
  for (const attachment of attachments) {
    const url = toWebUrl(attachment.url);
    if (url === '' || kept.has(url)) continue;
    const title = collapseWhitespace(attachment.title).replace(TYPE_AND_SIZE_SUFFIX, '');
    kept.set(url, {
      url,
      title: truncateAtWord(title || getFileName(url), MAX_TITLE_LENGTH),
      mimeType: getDocumentMimeType(url, attachment.type),
      sizeBytes: toSize(attachment.length),
    });
    if (kept.size === MAX_ATTACHMENTS) break;
  }
  return kept.size === 0 ? null : [...kept.values()];
}

// RSS requires `length`, so feeds that do not know it write 0: that is no size at all.
function toSize(value: unknown): number | null {
  const size = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof size === 'number' && Number.isSafeInteger(size) && size > 0 ? size : null;
}

function getFileName(url: string): string {
  const path = url.split(/[?#]/)[0] ?? url;
  const name = path.slice(path.lastIndexOf('/') + 1) || url;
  try {
    return decodeURIComponent(name);
  } catch {
    return name; // a malformed %-escape
  }
}
