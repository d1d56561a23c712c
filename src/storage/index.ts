export { openDatabase, deleteDatabase, BLOCKED_TIMEOUT_MS } from './db';
export type { OpenDatabaseOptions } from './db';
export { DB_NAME } from './schema';
export type { JsonValue, VistkyDatabase } from './schema';
export { DB_VERSION } from './migrations';
export { DatabaseOutdatedError, StorageFullError, StorageUnavailableError } from './errors';
export {
  countArticles,
  countSavedArticles,
  getArticle,
  listArticles,
  listCategories,
  listSavedArticles,
} from './articles';
export type { ArticleCursor, ArticlePage, CategoryCount } from './articles';
export { putFeedArticles } from './put-feed-articles';
export type { PutFeedArticlesInput, PutFeedArticlesResult } from './put-feed-articles';
export { toFeedStore, type FeedStore, type StoredFeed } from './feed-store';
export { createMemoryStore, type MemoryStore } from './memory-store';
export { markAllArticlesRead, putArticleState } from './article-state';
export { countUnreadArticles } from './unread';
export type { UnreadCounts } from './unread';
export { getFeedMeta, putFeedMeta } from './feeds';
export type { FeedMetaPatch } from './feeds';
export { deleteSetting, getSetting, putSetting } from './settings';
export { createSharedConnection } from './shared-connection';
