/** Largest feed body (10 MiB): every reader stops there and parseFeed refuses more; one number. */
export const MAX_FEED_BYTES = 10 * 1024 * 1024;
