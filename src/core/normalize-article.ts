import type { FeedArticle } from './types';

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
  };
}
