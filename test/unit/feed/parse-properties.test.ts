import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getArticleKey, isArticleKey } from '../../../src/core/ids';
import {
  FeedParseError,
  MAX_FEED_ITEMS,
  parseFeed,
  type ParsedFeed,
} from '../../../src/feed/parse';
import {
  contentTypeArbitrary,
  feedShapedXmlArbitrary,
  jsonFeedArbitrary,
} from './feed-arbitraries';
import { mutatedSampleArbitrary } from './mutated-feeds';
import { FEED_URL } from './samples';

/**
 * Runs per property in CI: enough to walk every parser branch the generators reach on each run
 * (the seed changes from run to run, so coverage accumulates), cheap enough for `npm test`.
 */
const RUNS = { bytes: 5000, text: 5000, mutated: 1500, xml: 1000, json: 800 };

/** A hang guard, not a speed claim: a parser that loops or backtracks never finishes within it. */
const HANG_GUARD = { timeout: 60_000 };

const FORMATS = new Set(['rss2', 'rss1', 'atom', 'jsonfeed']);
const ERROR_KINDS = new Set([
  'too-large',
  'empty',
  'html-page',
  'not-a-feed',
  'broken-xml',
  'too-deep',
  'broken-json',
  'not-json-feed',
]);

const isIsoDate = (value: string | null) =>
  value === null || (Number.isFinite(Date.parse(value)) && new Date(value).toISOString() === value);

// A link the app may render as href or src: absolute http(s), or nothing.
const isWebUrl = (value: string) => value === '' || /^https?:\/\/[^\s]+$/.test(value);

/** The contract every ParsedFeed keeps, whatever bytes it came from. */
function expectUsableFeed(feed: ParsedFeed): void {
  expect(FORMATS.has(feed.format)).toBe(true);
  expect(typeof feed.title).toBe('string');
  expect(feed.homeUrl === null || typeof feed.homeUrl === 'string').toBe(true);
  expect(Number.isInteger(feed.skipped) && feed.skipped >= 0).toBe(true);
  expect(feed.articles.length).toBeLessThanOrEqual(MAX_FEED_ITEMS);
  const keys = new Set<string>();
  for (const article of feed.articles) {
    expect(typeof article.id === 'string' && article.id !== '').toBe(true);
    const key = getArticleKey(article.id);
    expect(isArticleKey(key)).toBe(true);
    keys.add(key);
    expect(isWebUrl(article.url), `url ${JSON.stringify(article.url)}`).toBe(true);
    const image = article.image;
    expect(image === null || (isWebUrl(image.url) && image.url !== ''), `image ${image?.url}`).toBe(
      true,
    );
    expect(image === null || typeof image.alt === 'string').toBe(true);
    for (const text of [article.title, article.summary, article.contentHtml]) {
      expect(typeof text).toBe('string');
    }
    expect(isIsoDate(article.published) && isIsoDate(article.updated)).toBe(true);
    expect(article.author === null || typeof article.author === 'string').toBe(true);
    expect(article.categories.every((name) => typeof name === 'string' && name !== '')).toBe(true);
  }
  // Storage keeps one record per key: two articles on one key would overwrite each other.
  expect(keys.size).toBe(feed.articles.length);
}

/** Parses and checks: a usable feed, or a FeedParseError that says what is wrong. */
function expectFeedOrParseError(parse: () => ParsedFeed): void {
  let feed: ParsedFeed;
  try {
    feed = parse();
  } catch (error) {
    expect(error).toBeInstanceOf(FeedParseError);
    expect(ERROR_KINDS.has((error as FeedParseError).kind)).toBe(true);
    expect((error as FeedParseError).message.length).toBeGreaterThan(20);
    return;
  }
  expectUsableFeed(feed);
}

describe('parseFeed on generated input', () => {
  it('returns a usable feed or a FeedParseError for arbitrary bytes', HANG_GUARD, () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), contentTypeArbitrary, (bytes, contentType) =>
        expectFeedOrParseError(() => parseFeed(bytes, { url: FEED_URL, contentType })),
      ),
      { numRuns: RUNS.bytes },
    );
  });

  it('returns a usable feed or a FeedParseError for arbitrary text', HANG_GUARD, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) =>
        expectFeedOrParseError(() => parseFeed(text, { url: FEED_URL })),
      ),
      { numRuns: RUNS.text },
    );
  });

  it('returns a usable feed or a FeedParseError for mutated sample feeds', HANG_GUARD, () => {
    fc.assert(
      fc.property(mutatedSampleArbitrary, contentTypeArbitrary, ({ bytes }, contentType) =>
        expectFeedOrParseError(() => parseFeed(bytes, { url: FEED_URL, contentType })),
      ),
      { numRuns: RUNS.mutated },
    );
  });

  it('returns a usable feed or a FeedParseError for feed-shaped XML', HANG_GUARD, () => {
    fc.assert(
      fc.property(feedShapedXmlArbitrary, fc.constantFrom(FEED_URL, undefined), (xml, url) =>
        expectFeedOrParseError(() => parseFeed(xml, { url })),
      ),
      { numRuns: RUNS.xml },
    );
  });

  it('returns a usable feed or a FeedParseError for JSON Feeds of wrong types', HANG_GUARD, () => {
    fc.assert(
      fc.property(jsonFeedArbitrary, fc.constantFrom(FEED_URL, undefined), (json, url) =>
        expectFeedOrParseError(() => parseFeed(json, { url })),
      ),
      { numRuns: RUNS.json },
    );
  });
});
