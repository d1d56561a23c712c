import { readFile } from 'node:fs/promises';
import { DEFAULT_FEED_PATH } from '../../core/feed-path';
import { decodeFeedBytes } from '../../feed/decode';
import { FeedParseError, parseFeed, type ParsedFeed } from '../../feed/parse';
import { toFeedFailure } from '../feed/feed-failure';
import { createUpstreamLoad } from '../feed/upstream-feed';

/** The names the site's feed is written under: the web server types it by its extension. */
export const SITE_FEED_FILES = ['feed.json', 'feed.xml'] as const;

/** A feed ready for the static site: the copy /api/feed serves, and what it parses to. */
export interface SiteFeed {
  /** The feed's text, to be written as UTF-8 (an XML declaration says so). */
  text: string;
  feed: ParsedFeed;
  /** feed.json for a JSON Feed, feed.xml for RSS 2.0, RSS 1.0 and Atom. */
  fileName: (typeof SITE_FEED_FILES)[number];
}

/** The feed's file or address could not be read: exit code 1. */
export class FeedReadError extends Error {
  override name = 'FeedReadError';
}

const USER_AGENT = 'Vistky/1.0 (city news reader; static export of its pages)';
const XML_ENCODING = /^(<\?xml\s[^?]*?\bencoding\s*=\s*)(["'])(?!utf-?8\2)[^"']*\2/i;

/**
 * Reads a feed from a file or an http(s) address (the server's rules: its own User-Agent,
 * redirects within the origin, the size cap). Throws FeedReadError when it cannot be read, and
 * FeedParseError when what was read is no feed.
 */
export async function readSiteFeed(
  source: string,
  siteUrl: string,
  fetch?: typeof globalThis.fetch,
): Promise<SiteFeed> {
  if (/^https?:\/\//i.test(source)) {
    const load = createUpstreamLoad({ feedUrl: new URL(source), userAgent: USER_AGENT, fetch });
    try {
      const loaded = await load(null, new AbortController().signal);
      // Asked without validators, so the answer is never a 304.
      if (loaded.status !== 200) throw new Error(`HTTP ${loaded.status}`);
      return toSiteFeed(loaded.bytes, loaded.contentType, siteUrl);
    } catch (error) {
      if (error instanceof FeedParseError) throw error;
      throw new FeedReadError(toFeedFailure(error, source, Date.now()).message);
    }
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(source);
  } catch (error) {
    throw new FeedReadError(`cannot read ${source}: ${(error as NodeJS.ErrnoException).code}`);
  }
  return toSiteFeed(bytes, null, siteUrl);
}

/**
 * The feed's bytes as the site's copy: decoded as the app decodes them and kept as they are but
 * for the XML declaration's encoding, which becomes UTF-8, the encoding the copy is written in
 * (a windows-1251 feed whose charset only its server's header named stays readable). Links are
 * resolved against /api/feed on the site, where the app reads the copy.
 */
export function toSiteFeed(
  bytes: Uint8Array,
  contentType: string | null,
  siteUrl: string,
): SiteFeed {
  const text = decodeFeedBytes(bytes, contentType ?? undefined).replace(/^\uFEFF/, '');
  const feed = parseFeed(text, { url: `${siteUrl}${DEFAULT_FEED_PATH}` });
  return feed.format === 'jsonfeed'
    ? { text, feed, fileName: 'feed.json' }
    : { text: text.replace(XML_ENCODING, '$1$2UTF-8$2'), feed, fileName: 'feed.xml' };
}
