import type { ArticleAttachment, ArticleEvent, FeedArticle } from './types';

function toIsoOrNull(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isFinite(time) ? new Date(time).toISOString() : null;
}

function toCleanText(value: string | null | undefined): string {
  // Control characters would break the SEPARATOR-joined index keys and show as boxes anyway.
  return (value ?? '')
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;

function toAttachments(value: ArticleAttachment[] | null | undefined): ArticleAttachment[] | null {
  const kept = (value ?? [])
    .filter((attachment) => /^https?:\/\//i.test(attachment.url?.trim() ?? ''))
    .map((attachment) => ({
      url: attachment.url.trim(),
      title: toCleanText(attachment.title),
      mimeType: toCleanText(attachment.mimeType),
      sizeBytes:
        Number.isSafeInteger(attachment.sizeBytes) && attachment.sizeBytes! > 0
          ? attachment.sizeBytes
          : null,
    }));
  return kept.length > 0 ? kept : null;
}

function toEvent(event: ArticleEvent | null | undefined): ArticleEvent | null {
  const when = toCleanText(event?.when);
  if (!event || !DAY.test(event.startDate) || when === '') return null;
  const pick = (value: string | null, pattern: RegExp) =>
    typeof value === 'string' && pattern.test(value) ? value : null;
  return {
    startDate: event.startDate,
    startTime: pick(event.startTime, TIME),
    endDate: pick(event.endDate, DAY),
    endTime: pick(event.endTime, TIME),
    place: toCleanText(event.place) || null,
    when,
  };
}

/** Brings parser output to the one shape storage keeps, so equal content compares equal. */
export function normalizeFeedArticle(article: FeedArticle): FeedArticle {
  const imageUrl = article.image ? article.image.url.trim() : '';
  return {
    id: article.id,
    url: article.url.trim(),
    title: toCleanText(article.title),
    summary: toCleanText(article.summary),
    contentHtml: article.contentHtml ?? '',
    published: toIsoOrNull(article.published),
    updated: toIsoOrNull(article.updated),
    author: toCleanText(article.author) || null,
    categories: [...new Set(article.categories.map(toCleanText).filter(Boolean))],
    image: imageUrl ? { url: imageUrl, alt: toCleanText(article.image?.alt) } : null,
    attachments: toAttachments(article.attachments),
    event: toEvent(article.event),
  };
}
