import type { DBSchema, IDBPDatabase } from 'idb';
import type { Article, FeedMeta } from '../core/types';

/** The one database of the app, shared by every tab and the service worker. */
export const DB_NAME = 'vistky';

/** Object store names. */
export const STORE = {
  articles: 'articles',
  feeds: 'feeds',
  settings: 'settings',
  evicted: 'evicted',
} as const;

/** Index names of the articles store; each lists newest first when walked backwards. */
export const INDEX = {
  byDate: 'by-date',
  byCategory: 'by-category',
  bySaved: 'by-saved',
  byUnread: 'by-unread',
  byUnsavedDate: 'by-unsaved-date',
} as const;

/** Index of the evicted store: its rows by feed, so a feed's stale ones can be let go. */
export const EVICTED_BY_FEED = 'by-feed';

/** The by-unread key every unread article has, whatever its categories: counts all unread. */
export const ALL_UNREAD = '';

/**
 * Joins the parts of a sortable index key. U+0000 sorts before every other character, so
 * "Культура" + SEPARATOR + … never interleaves with "Культура і спорт" + SEPARATOR + ….
 */
export const SEPARATOR = '\u0000';

/** A value a setting can hold: what survives JSON and structured clone alike. */
export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** An article as stored: the core Article plus fields that exist only to be indexed. */
export interface ArticleRecord extends Article {
  /** ISO date (published, else updated, else firstSeen) + SEPARATOR + key: unique and sortable. */
  dateKey: string;
  /** Since v2: category + SEPARATOR + dateKey for each category (multiEntry index). */
  categoryKeys: string[];
  /** Since v2: savedAt + SEPARATOR + key while saved; absent otherwise, so the index skips it. */
  savedKey?: string;
  /** Since v3: while unread, ALL_UNREAD and each category (multiEntry); empty once read. */
  unreadKeys: string[];
  /** Since v3: dateKey while not saved; absent when saved, so eviction never sees it. */
  unsavedDateKey?: string;
}

/**
 * Since v4: an article evicted to keep the store within its limit (or to make room), remembered
 * while its feed still lists it, so that the next refresh does not store it as new again.
 */
export interface EvictedRecord {
  key: string;
  feedUrl: string;
}

/** One row of the settings store. */
export interface SettingRecord {
  key: string;
  value: JsonValue;
}

/** The current schema (the latest migration), typed for idb. */
export interface VistkySchema extends DBSchema {
  articles: {
    key: string;
    value: ArticleRecord;
    indexes: {
      'by-date': string;
      'by-category': string;
      'by-saved': string;
      'by-unread': string;
      'by-unsaved-date': string;
    };
  };
  feeds: { key: string; value: FeedMeta };
  settings: { key: string; value: SettingRecord };
  evicted: { key: string; value: EvictedRecord; indexes: { 'by-feed': string } };
}

/** An open connection; pass it to the repository functions. */
export type VistkyDatabase = IDBPDatabase<VistkySchema>;
