/** Where the app reads its feed unless the build says otherwise: the server answers it same-origin. */
export const DEFAULT_FEED_PATH = '/api/feed';
