/** The Trusted Types policy through which the article sanitizer's output reaches innerHTML. */
export const ARTICLE_HTML_POLICY = 'vistky-article-html';

/** The browser's fallback policy; the app's admits its own workers' script URLs only. */
export const DEFAULT_POLICY = 'default';

/** The policy through which the search screen starts its worker (that one script URL only). */
export const SEARCH_WORKER_POLICY = 'vistky-search-worker';

/**
 * Every Trusted Types policy the app creates. The Content-Security-Policy allows these names
 * only, so no other code (a dependency included) can turn a string into HTML or a script URL.
 */
export const TRUSTED_TYPES_POLICIES = [
  ARTICLE_HTML_POLICY,
  DEFAULT_POLICY,
  SEARCH_WORKER_POLICY,
] as const;
