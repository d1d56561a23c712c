export { FEED_ACCEPT, fetchFeedResponse, MAX_FEED_BYTES } from './fetch-feed-response';
export type { FeedResponse, FetchFeedOptions } from './fetch-feed-response';
export { HttpStatusError, NetworkError, ResponseTooLargeError, TimeoutError } from './errors';
export { parseRetryAfter } from './parse-retry-after';
