import { getArticleKey } from '../core/ids';
import type { Article, ArticleState, FeedArticle } from '../core/types';
import { ALL_UNREAD, SEPARATOR, type ArticleRecord } from './schema';

/** What a never-touched article starts with. */
export const INITIAL_STATE: ArticleState = { read: false, saved: false, savedAt: null };

/** Whether a normalised article differs from the stored one in anything a reader would see. */
export function hasContentChanged(stored: Article, next: FeedArticle): boolean {
  return (
    stored.title !== next.title ||
    stored.contentHtml !== next.contentHtml ||
    stored.summary !== next.summary ||
    stored.url !== next.url ||
    stored.published !== next.published ||
    stored.updated !== next.updated ||
    stored.author !== next.author ||
    stored.image?.url !== next.image?.url ||
    stored.image?.alt !== next.image?.alt ||
    stored.categories.join(SEPARATOR) !== next.categories.join(SEPARATOR) ||
    // Records from before v5 have neither field: the next refresh fills them in.
    JSON.stringify(stored.attachments ?? null) !== JSON.stringify(next.attachments) ||
    JSON.stringify(stored.event ?? null) !== JSON.stringify(next.event)
  );
}

/**
 * Builds the stored record: content, state and the index-only fields derived from them. Fields
 * are copied one by one, so a record passed as `content` never carries stale index fields over.
 */
export function toArticleRecord(
  content: FeedArticle,
  feedUrl: string,
  state: ArticleState,
  firstSeen: string,
): ArticleRecord {
  const key = getArticleKey(content.id);
  // Atom often has only <updated>; undated items sort by when this device first saw them.
  const date = content.published ?? content.updated ?? firstSeen;
  const dateKey = `${date}${SEPARATOR}${key}`;
  const record: ArticleRecord = {
    id: content.id,
    url: content.url,
    title: content.title,
    summary: content.summary,
    contentHtml: content.contentHtml,
    published: content.published,
    updated: content.updated,
    author: content.author,
    categories: content.categories,
    image: content.image,
    attachments: content.attachments,
    event: content.event,
    key,
    feedUrl,
    firstSeen,
    read: state.read,
    saved: state.saved,
    savedAt: state.saved ? (state.savedAt ?? firstSeen) : null,
    dateKey,
    categoryKeys: content.categories.map((name) => `${name}${SEPARATOR}${dateKey}`),
    unreadKeys: state.read ? [] : [ALL_UNREAD, ...content.categories],
  };
  if (record.saved) record.savedKey = `${record.savedAt}${SEPARATOR}${key}`;
  else record.unsavedDateKey = dateKey;
  return record;
}

/**
 * The record with the reader's state patched: saving stamps savedAt with `now` unless the patch
 * gives one; unsaving clears it. Shared by the database and the in-memory store.
 */
export function patchArticleState(
  stored: ArticleRecord,
  patch: Partial<ArticleState>,
  now: Date,
): ArticleRecord {
  const saved = patch.saved ?? stored.saved;
  const savedAt = !saved
    ? null
    : (patch.savedAt ?? (stored.saved ? stored.savedAt : null) ?? now.toISOString());
  const state: ArticleState = { read: patch.read ?? stored.read, saved, savedAt };
  return toArticleRecord(stored, stored.feedUrl, state, stored.firstSeen);
}
