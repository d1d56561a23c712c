import { decodeHTML } from 'entities/decode';
import { htmlToText } from '../core/html-text';
import { collapseWhitespace, truncateAtWord } from '../core/text';
import type { FeedArticle } from '../core/types';
import { findEvent } from '../core/find-event';
import { toArticleAttachments } from './attachments';
import { cleanAuthorName } from './author';
import { parseFeedDate } from './dates';
import type { FeedEntry, TextValue } from './feed-entry';
import { hashText } from './hash';
import { hasMarkup, textToHtml } from './html-text';
import { findFirstImage } from './images';
import { resolveHtmlUrls, toWebUrl } from './resolve-urls';

/** Longest summary, in characters, '…' included. */
const MAX_SUMMARY_LENGTH = 300;

/** Plain text of a title, summary or body: tags stripped, entities decoded once. */
export function toPlainText(value: TextValue): string {
  return value.kind === 'text' ? collapseWhitespace(value.value) : htmlToText(value.value);
}

/** HTML of a body; plain text, and HTML source without a single tag, become paragraphs. */
function toHtml(value: TextValue): string {
  if (value.kind === 'html' && hasMarkup(value.value)) return value.value;
  return textToHtml(value.kind === 'html' ? decodeHTML(value.value) : value.value);
}

/**
 * Turns a parsed item into a FeedArticle, or null when it is unusable: no title, no link and
 * no body text.
 */
export function normalizeEntry(entry: FeedEntry): FeedArticle | null {
  const title = entry.title === null ? '' : toPlainText(entry.title);
  const body = entry.content ?? entry.summary;
  const bodyText = body === null ? '' : toPlainText(body);
  if (title === '' && entry.url === '' && bodyText === '') return null;
  const summary =
    entry.summary !== null && entry.summary !== body ? toPlainText(entry.summary) : bodyText;
  const bodyHtml = body === null ? '' : resolveHtmlUrls(toHtml(body), entry.base).trim();
  const published = parseFeedDate(entry.published);
  const image = entry.image ?? findFirstImage(bodyHtml);
  const imageUrl = image === null ? '' : toWebUrl(image.url);
  const categories = cleanCategories(entry.categories);
  const lead = truncateAtWord(summary, MAX_SUMMARY_LENGTH);
  return {
    id:
      entry.id?.trim() || entry.url || createHashId(title, published ?? entry.published, bodyText),
    url: toWebUrl(entry.url),
    title,
    summary: lead,
    contentHtml: bodyHtml,
    published,
    updated: parseFeedDate(entry.updated),
    author: joinAuthors(entry.authors),
    categories,
    image: image !== null && imageUrl !== '' ? { url: imageUrl, alt: image.alt } : null,
    attachments: toArticleAttachments(entry.attachments),
    event: findEvent({ title, lead, text: bodyText, categories, published }),
  };
}

function createHashId(title: string, date: string | null, bodyText: string): string {
  // Title and date identify an item; without a title only its text can tell items apart.
  return `hash:${hashText(`${title}\n${date ?? ''}${title === '' ? `\n${bodyText}` : ''}`)}`;
}

function joinAuthors(authors: string[]): string | null {
  const names = new Set(authors.map(cleanAuthorName).filter((name) => name !== null));
  return names.size === 0 ? null : [...names].join(', ');
}

function cleanCategories(categories: string[]): string[] {
  const cleaned = new Set(categories.map(collapseWhitespace));
  cleaned.delete('');
  return [...cleaned];
}
