import { describe, expect, it } from 'vitest';
import { FeedParseError, MAX_FEED_BYTES, MAX_FEED_ITEMS, parseFeed } from '../../../src/feed/parse';
import { jsonFeed, readSample, rss } from './samples';

/**
 * A hang guard for hostile inputs, not a speed claim (timings live in `npm run bench`): a
 * parser that backtracks or loops on these never finishes within it.
 */
const HANG_GUARD = { timeout: 20_000 };

/**
 * For a body of megabytes or tens of thousands of items: a few hundred milliseconds alone, several
 * times that on a 2-core machine running the other test files, too close to the default 5 s.
 */
const LARGE_INPUT = { timeout: 10_000 };

/** Four times the item cap: enough to show that items past it are counted, not kept. */
const MANY_ITEMS = 4 * MAX_FEED_ITEMS;

const expectKind = (parse: () => unknown, kind: string): void => {
  expect(parse).toThrow(FeedParseError);
  expect(parse).toThrow(expect.objectContaining({ kind }));
};

const outcome = <T>(run: () => T): T | Error => {
  try {
    return run();
  } catch (error) {
    return error as Error;
  }
};

describe('parseFeed on bodies that are not feeds', () => {
  it('rejects an empty body', () => {
    expectKind(() => parseFeed(''), 'empty');
  });

  it('rejects a body of whitespace as empty', () => {
    expectKind(() => parseFeed(new Uint8Array([0x20, 0x0a, 0x09])), 'empty');
  });

  it('rejects an HTML page, naming a captive portal and the page’s title', () => {
    const parse = () => parseFeed(readSample('captive-portal.html'));
    expectKind(parse, 'html-page');
    expect(parse).toThrow(/web page \("Безкоштовний Wi-Fi — вхід"\).*captive portal/);
  });

  it('rejects an XHTML page behind an XML declaration as a web page', () => {
    const page = `<?xml version="1.0"?>
      <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
      <html xmlns="http://www.w3.org/1999/xhtml"><head><title>Login</title></head><body/></html>`;
    expectKind(() => parseFeed(page), 'html-page');
  });

  it('rejects an HTML fragment without a doctype as a web page', () => {
    expectKind(() => parseFeed('<div class="error">Service unavailable</div>'), 'html-page');
  });

  it('rejects XML that is neither RSS nor Atom, naming its root element', () => {
    const parse = () => parseFeed('<?xml version="1.0"?><opml version="2.0"><body/></opml>');
    expectKind(parse, 'not-a-feed');
    expect(parse).toThrow(/root element is <opml>/);
  });

  it('rejects plain text, quoting how it begins', () => {
    const parse = () => parseFeed('Service Temporarily Unavailable');
    expectKind(parse, 'not-a-feed');
    expect(parse).toThrow(/begins "Service Temporarily Unavailable"/);
  });

  it('rejects XML with no root element as broken', () => {
    expectKind(() => parseFeed('<?xml version="1.0"?><!-- nothing -->'), 'broken-xml');
  });
});

describe('parseFeed on broken XML', () => {
  const truncated = parseFeed(readSample('truncated.xml'));

  it('recovers the items that were complete before the input was cut off', () => {
    expect(truncated.articles.map((article) => article.title)).toEqual([
      'Виконком погодив одноразову допомогу родинам новонароджених',
      'Оновлено перелік пунктів незламності',
    ]);
  });

  it('never returns the item that was cut off, and counts it as skipped', () => {
    expect(truncated.articles.some((article) => article.title.includes('гаряче'))).toBe(false);
    expect(truncated.skipped).toBe(1);
  });

  it('rejects a document cut off before its first item was complete', () => {
    const cut = rss('<item><title>Перша</title><description>обірвано').slice(0, -20);
    const parse = () => parseFeed(cut);
    expectKind(parse, 'broken-xml');
    expect(parse).toThrow(/no complete item.*cut off in transfer/);
  });

  it('drops an item whose tags do not nest and keeps the items around it', () => {
    const doc = rss(
      '<item><title>Ціла</title></item><item><title>Зламана</item><item><title>Після</title></item>',
    );
    const parsed = parseFeed(doc);
    expect(parsed.articles.map((article) => article.title)).toEqual(['Ціла', 'Після']);
    expect(parsed.skipped).toBe(1);
  });

  it(
    'treats a body past ten thousand XML errors as cut off there in bounded time',
    HANG_GUARD,
    () => {
      const doc = rss(`<item><title>Ціла</title></item><item><title>${'<'.repeat(5_000_000)}`);
      const result = outcome(() => parseFeed(doc));
      expect(result).toMatchObject({ articles: [{ title: 'Ціла' }] });
    },
  );

  it('treats a body full of unescaped ampersands as cut off in bounded time', HANG_GUARD, () => {
    const doc = rss(`<item><title>Ціла</title></item><item><title>${'&'.repeat(9_000_000)}`);
    const result = outcome(() => parseFeed(doc));
    expect(result).toMatchObject({ articles: [{ title: 'Ціла' }] });
  });
});

describe('parseFeed on hostile input', () => {
  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: hidden by a tab', 'java&#9;script:alert(1)'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['data:', 'data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;'],
  ])('keeps no %s article link, nor an image from one', (_name, url) => {
    const doc = rss(
      `<item><title>x</title><link>${url}</link><enclosure url="${url}" type="image/jpeg"/></item>`,
    );
    expect(parseFeed(doc, { url: 'https://rada.example/feed' }).articles[0]).toMatchObject({
      url: '',
      image: null,
    });
  });

  it('keeps no javascript: link or image of a JSON Feed item', () => {
    const doc = jsonFeed(
      [{ id: '1', title: 'x', url: ' javascript:alert(1)', image: 'javascript:alert(1)' }],
      { home_page_url: 'javascript:alert(1)' },
    );
    const parsed = parseFeed(doc, { url: 'https://rada.example/feed' });
    expect(parsed.homeUrl).toBeNull();
    expect(parsed.articles[0]).toMatchObject({ url: '', image: null });
  });

  it(
    'treats a body of over a million elements as cut off there in bounded time',
    HANG_GUARD,
    () => {
      const doc = rss(
        `<item><title>Ціла</title></item><item><title>x</title>${'<x/>'.repeat(2_000_000)}</item>`,
      );
      const result = outcome(() => parseFeed(doc));
      expect(result).toMatchObject({ articles: [{ title: 'Ціла' }], skipped: 1 });
    },
  );

  it(
    'rejects a document that redeclares thousands of namespaces on thousands of elements',
    HANG_GUARD,
    () => {
      const declarations = Array.from(
        { length: 20_000 },
        (_, i) => ` xmlns:p${i}="urn:p${i}"`,
      ).join('');
      const doc = `<rss${declarations}><channel>${'<x xmlns:q="urn:q"/>'.repeat(100)}</channel></rss>`;
      expectKind(() => parseFeed(doc), 'broken-xml');
    },
  );

  it('does not expand entities declared in a DTD (billion laughs)', HANG_GUARD, () => {
    const result = outcome(() => parseFeed(readSample('billion-laughs.xml')));
    expect(result).toMatchObject({
      title: '&lol9;',
      articles: [{ title: 'Новина з пасткою &lol9;' }],
    });
    expect(JSON.stringify(result).length).toBeLessThan(2_000);
  });

  it('rejects a 20 MB body by its size before decoding it', HANG_GUARD, () => {
    const result = outcome(() => parseFeed(new Uint8Array(20 * 1024 * 1024)));
    expect(result).toBeInstanceOf(FeedParseError);
    expect(result).toMatchObject({
      kind: 'too-large',
      message: expect.stringMatching(/20\.0 MB.*10 MB/),
    });
  });

  it('rejects a 50 MB body by its size before decoding it', HANG_GUARD, () => {
    const body = new TextEncoder().encode(rss('<item><title>x</title></item>'.repeat(1_850_000)));
    expect(body.byteLength).toBeGreaterThan(50 * 1024 * 1024);
    expectKind(() => parseFeed(body), 'too-large');
  });

  it('does not read an external entity (XXE) into the article', () => {
    const doc = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
${rss('<item><title>Новина &xxe;</title><description>&xxe;</description></item>').replace(/^<\?xml[^>]*>/, '')}`;
    const result = outcome(() => parseFeed(doc));
    expect(JSON.stringify(result)).not.toContain('root:');
  });

  it('does not multiply a large internal entity (quadratic blowup)', HANG_GUARD, () => {
    const doc = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY big "${'Ч'.repeat(100_000)}">]>
<rss version="2.0"><channel><item><title>x</title><description>${'&big;'.repeat(50_000)}</description></item></channel></rss>`;
    const result = outcome(() => parseFeed(doc));
    expect(JSON.stringify(result).length).toBeLessThan(2 * doc.length);
  });

  it('rejects 10,000 levels of nested Atom elements without overflowing the stack', () => {
    const doc = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x</title>${'<x>'.repeat(10_000)}${'</x>'.repeat(10_000)}</entry></feed>`;
    expectKind(() => parseFeed(doc), 'too-deep');
  });

  it('rejects 10,000 levels of unclosed elements under the channel', () => {
    expectKind(
      () => parseFeed(rss('<item><title>x</title></item>' + '<c>'.repeat(10_000))),
      'too-deep',
    );
  });

  it('skips a JSON Feed item that is 10,000 levels of nested lists', () => {
    const doc = `{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","title":"x"},${'['.repeat(10_000)}${']'.repeat(10_000)}]}`;
    expect(parseFeed(doc)).toMatchObject({ articles: [{ id: '1' }], skipped: 1 });
  });

  it(
    'keeps the first 5,000 of 20,000 Atom entries and counts the rest as skipped',
    LARGE_INPUT,
    () => {
      const entries = Array.from(
        { length: MANY_ITEMS },
        (_, i) => `<entry><id>n${i}</id><title>Новина ${i}</title></entry>`,
      ).join('');
      const parsed = parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom">${entries}</feed>`);
      expect(parsed.articles).toHaveLength(MAX_FEED_ITEMS);
      expect(parsed.skipped).toBe(MANY_ITEMS - MAX_FEED_ITEMS);
    },
  );

  it('rejects a string over the size cap', () => {
    expectKind(() => parseFeed(' '.repeat(MAX_FEED_BYTES + 1)), 'too-large');
  });

  it('accepts a body of exactly the size cap', LARGE_INPUT, () => {
    const doc = rss('<item><title>Новина</title></item>');
    const padded = doc + ' '.repeat(MAX_FEED_BYTES - new TextEncoder().encode(doc).length);
    expect(parseFeed(new TextEncoder().encode(padded)).articles).toHaveLength(1);
  });

  it('rejects 10,000 levels of nested elements without overflowing the stack', () => {
    const doc = rss(
      `<item><title>x</title><description>${'<div>'.repeat(10_000)}${'</div>'.repeat(10_000)}</description></item>`,
    );
    expectKind(() => parseFeed(doc), 'too-deep');
  });

  it('reads a JSON Feed with 10,000 levels of nesting in an unused field', () => {
    const doc = `{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","title":"x","_extra":${'['.repeat(10_000)}${']'.repeat(10_000)}}]}`;
    expect(parseFeed(doc).articles).toHaveLength(1);
  });

  it(
    'keeps the first 5,000 of 20,000 RSS items and counts the rest as skipped',
    LARGE_INPUT,
    () => {
      const items = Array.from(
        { length: MANY_ITEMS },
        (_, i) => `<item><title>Новина ${i}</title><guid>n${i}</guid></item>`,
      ).join('');
      const parsed = parseFeed(rss(items));
      expect(parsed.articles).toHaveLength(MAX_FEED_ITEMS);
      expect(parsed.articles.at(-1)?.id).toBe('n4999');
      expect(parsed.skipped).toBe(MANY_ITEMS - MAX_FEED_ITEMS);
    },
  );

  it(
    'keeps the first 5,000 of 20,000 JSON Feed items and counts the rest as skipped',
    LARGE_INPUT,
    () => {
      const items = Array.from({ length: MANY_ITEMS }, (_, i) => ({
        id: `n${i}`,
        title: `Новина ${i}`,
      }));
      const parsed = parseFeed(jsonFeed(items));
      expect(parsed.articles).toHaveLength(MAX_FEED_ITEMS);
      expect(parsed.skipped).toBe(MANY_ITEMS - MAX_FEED_ITEMS);
    },
  );

  it('strips a 9 MB body of unclosed tags in bounded time', HANG_GUARD, () => {
    const body = `<![CDATA[${'<a '.repeat(3_000_000)}]]>`;
    const doc = rss(`<item><title>x</title><description>${body}</description></item>`);
    const result = outcome(() => parseFeed(doc, { url: 'https://rada.example/' }));
    expect(result).toMatchObject({ articles: [{ title: 'x' }] });
  });

  it('resolves URLs in a 9 MB body of dense markup in bounded time', HANG_GUARD, () => {
    const tag = '<p class="x">a <img src="i.jpg" srcset="a.jpg 1x, b.jpg 2x">b</p>';
    const body = `<![CDATA[${tag.repeat(140_000)}]]>`;
    const doc = rss(`<item><title>x</title><description>${body}</description></item>`);
    const result = outcome(() => parseFeed(doc, { url: 'https://rada.example/' }));
    expect(result).toMatchObject({ articles: [{ image: { url: 'https://rada.example/i.jpg' } }] });
  });
});
