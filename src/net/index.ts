export { fetchFeedResponse } from './fetch-feed-response';
export type { FeedResponse, FetchFeedOptions } from './fetch-feed-response';
export { HttpStatusError, NetworkError, ResponseTooLargeError, TimeoutError } from './errors';
export { parseRetryAfter } from './parse-retry-after';
