/** Most items parseFeed returns; later items in document order are counted as skipped. */
export const MAX_FEED_ITEMS = 5_000;

/** Deepest element nesting parseFeed accepts; real feeds stay under a few dozen levels. */
export const MAX_XML_DEPTH = 500;
