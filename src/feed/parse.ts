import { MAX_FEED_BYTES } from '../core/feed-limit';
import type { ParsedFeed } from '../core/types';
import { dedupeArticles } from './dedupe';
import { decodeFeedBytes } from './decode';
import type { FeedDocument } from './feed-entry';
import { FeedParseError } from './feed-parse-error';
import { normalizeEntry, toPlainText } from './normalize';
import { parseAtom } from './parse-atom';
import { parseJsonFeed } from './parse-json-feed';
import { parseRss } from './parse-rss';
import { sniffBody } from './sniff';
import { toWebUrl } from './resolve-urls';
import { parseXml } from './xml';

// The whole contract is importable from here, wherever its parts are defined.
export type { FeedArticle, FeedFormat, ParsedFeed } from '../core/types';
export { FeedParseError, type FeedParseErrorKind } from './feed-parse-error';
export { MAX_FEED_BYTES } from '../core/feed-limit';
export { MAX_FEED_ITEMS } from './limits';

/** Where the body came from: the feed URL (base for relative links) and its Content-Type. */
export interface ParseFeedOptions {
  url?: string;
  contentType?: string;
}

const MEBIBYTE = 1024 * 1024;

/**
 * Turns a feed body (RSS 2.0, RSS 1.0, Atom 1.0 or JSON Feed 1.x) into articles. Pure: runs in a
 * window, a service worker and Node. Throws FeedParseError when the body is not a readable feed.
 */
export function parseFeed(
  input: string | ArrayBuffer | Uint8Array,
  options: ParseFeedOptions = {},
): ParsedFeed {
  // A string's length in UTF-16 units never exceeds its size in UTF-8 bytes.
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > MAX_FEED_BYTES) {
    throw new FeedParseError(
      `The feed is ${(size / MEBIBYTE).toFixed(1)} MB, over the ${MAX_FEED_BYTES / MEBIBYTE} MB limit, so it was not read. Ask its publisher to list fewer items.`,
      'too-large',
    );
  }
  const text =
    typeof input === 'string'
      ? input
      : decodeFeedBytes(
          ArrayBuffer.isView(input) ? input : new Uint8Array(input),
          options.contentType,
        );
  return finishFeed(readDocument(text.replace(/^\uFEFF/, ''), options.url));
}

function readDocument(text: string, url: string | undefined): FeedDocument {
  const shape = sniffBody(text);
  switch (shape.kind) {
    case 'empty':
      throw new FeedParseError(
        'The server sent an empty response instead of the feed. Try again later; if it persists, check the feed address.',
        'empty',
      );
    case 'html':
      throw new FeedParseError(
        `The server sent a web page${shape.title === null ? '' : ` ("${shape.title}")`} instead of the feed. On public Wi-Fi this is usually a captive portal asking you to sign in: open any website in the browser, sign in or accept its terms, then try again. Otherwise, check the feed address.`,
        'html-page',
      );
    case 'other':
      throw new FeedParseError(
        `The response is neither XML nor JSON (it begins "${shape.start}"), so it is not a feed. Check the feed address.`,
        'not-a-feed',
      );
    case 'json':
      return parseJsonFeed(text, url);
    case 'xml':
      return readXmlFeed(text, shape.root, url);
  }
}

function readXmlFeed(text: string, rootName: string, url: string | undefined): FeedDocument {
  const local = rootName.slice(rootName.indexOf(':') + 1);
  if (rootName !== '' && local !== 'rss' && local !== 'RDF' && local !== 'feed') {
    throw new FeedParseError(
      `The response is XML, but its root element is <${rootName}>, not <rss>, <rdf:RDF> or <feed>, so it is not an RSS or Atom feed. Check the feed address.`,
      'not-a-feed',
    );
  }
  const xml = parseXml(text, url);
  const document =
    xml.root === null ? null : xml.root.local === 'feed' ? parseAtom(xml.root) : parseRss(xml.root);
  if (document === null || (xml.isBroken && document.entries.length === 0)) {
    throw new FeedParseError(
      `The feed's XML is broken (${xml.firstError ?? 'no root element'}) and holds no complete item. If it was cut off in transfer, trying again later may help.`,
      'broken-xml',
    );
  }
  return document;
}

function finishFeed(document: FeedDocument): ParsedFeed {
  const normalized = document.entries.map(normalizeEntry);
  const usable = normalized.filter((article) => article !== null);
  const { articles, dropped } = dedupeArticles(usable);
  return {
    format: document.format,
    title: document.title === null ? '' : toPlainText(document.title),
    homeUrl: document.homeUrl === null ? null : toWebUrl(document.homeUrl) || null,
    articles,
    skipped: document.skipped + (normalized.length - usable.length) + dropped,
  };
}
