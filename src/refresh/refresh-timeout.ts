/** How long a refresh waits for the feed server before giving up. */
export const REFRESH_TIMEOUT_MS = 20_000;
