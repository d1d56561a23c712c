import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FeedParseError, parseFeed } from '../../../../src/feed/parse';
import {
  FeedReadError,
  readSiteFeed,
  toSiteFeed,
} from '../../../../src/server/static-site/site-feed';

const SITE_URL = 'https://news.example.gov.ua';
const sample = (name: string) =>
  readFile(new URL(`../../../../mocks/feeds/${name}`, import.meta.url));
// How the app reads the copy: the bytes the web server sends, with no charset in the header.
const readCopy = (text: string) => parseFeed(Buffer.from(text, 'utf8'));

describe('toSiteFeed', () => {
  it('writes a windows-1251 feed as UTF-8 and says so in its declaration', async () => {
    const bytes = await sample('rss2-windows-1251.xml');
    const copy = toSiteFeed(bytes, null, SITE_URL);
    expect(copy.fileName).toBe('feed.xml');
    expect(copy.text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(readCopy(copy.text).articles).toEqual(parseFeed(bytes).articles);
    expect(copy.text).toContain('Ґрунтовний ремонт мосту');
  });

  it('keeps a feed whose charset only its server named readable without that header', async () => {
    const bytes = await sample('rss2-windows-1251-no-declaration.xml');
    const copy = toSiteFeed(bytes, 'application/rss+xml; charset=windows-1251', SITE_URL);
    expect(readCopy(copy.text).articles).toEqual(
      parseFeed(bytes, { contentType: 'application/rss+xml; charset=windows-1251' }).articles,
    );
  });

  it('keeps a UTF-8 feed byte for byte', async () => {
    const bytes = await sample('atom.xml');
    expect(toSiteFeed(bytes, null, SITE_URL).text).toBe(bytes.toString('utf8'));
    const json = await sample('jsonfeed-1.1.json');
    expect(toSiteFeed(json, null, SITE_URL)).toMatchObject({
      fileName: 'feed.json',
      text: json.toString('utf8'),
    });
  });

  it('resolves relative links against /api/feed on the site, where the app reads the copy', () => {
    const rss =
      '<rss version="2.0"><channel><title>T</title><item><title>A</title>' +
      '<link>/news/a</link></item></channel></rss>';
    const { feed } = toSiteFeed(Buffer.from(rss), null, SITE_URL);
    expect(feed.articles[0]!.url).toBe(`${SITE_URL}/news/a`);
  });
});

describe('readSiteFeed', () => {
  it('tells a feed it cannot read from one that is no feed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vistky-feed-'));
    await expect(readSiteFeed(join(dir, 'none.xml'), SITE_URL)).rejects.toThrow(FeedReadError);
    const captive = new URL('../../../../mocks/feeds/captive-portal.html', import.meta.url);
    await expect(readSiteFeed(captive.pathname, SITE_URL)).rejects.toThrow(FeedParseError);
  });

  it('reads an address once, and names only its host when it fails', async () => {
    const answers = [
      new Response(await sample('rss2.xml'), {
        headers: { 'content-type': 'application/rss+xml' },
      }),
      new Response('gone', { status: 410 }),
    ];
    const fetchOnce: typeof fetch = async () => answers.shift()!;
    const url = 'https://rada.example.gov.ua/secret-token/rss.xml';
    expect((await readSiteFeed(url, SITE_URL, fetchOnce)).feed.articles.length).toBeGreaterThan(0);
    await expect(readSiteFeed(url, SITE_URL, fetchOnce)).rejects.toThrow(
      new FeedReadError('the feed at rada.example.gov.ua answered HTTP 410'),
    );
  });
});
