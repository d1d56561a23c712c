export { refreshFeed, refreshFeedStore } from './refresh-feed';
export { REFRESH_TIMEOUT_MS } from './refresh-timeout';
export type { RefreshFeedOptions } from './refresh-feed';
export { refreshAndAnnounce } from './refresh-and-announce';
export { announceRefresh } from './announce-refresh';
export { toRefreshFailure, MAX_RETRY_AFTER_MS } from './refresh-failure';
export { RefreshError } from '../core/refresh-error';
export { getFeedUrl, DEFAULT_FEED_PATH } from './feed-location';
