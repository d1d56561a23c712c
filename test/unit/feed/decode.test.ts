import { describe, expect, it } from 'vitest';
import { decodeFeedBytes } from '../../../src/feed/decode';
import { parseFeed } from '../../../src/feed/parse';
import { readSample, rss } from './samples';

const TITLE = 'Ґрунтовний ремонт мосту через Десну: їзда ускладнена';
const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
};
/** The windows-1251 sample without its XML declaration, so a test can add its own. */
const cp1251Body = (): Uint8Array => {
  const bytes = readSample('rss2-windows-1251-no-declaration.xml');
  return bytes.subarray(bytes.indexOf(0x0a) + 1);
};

describe('charset detection', () => {
  it('decodes windows-1251 bytes named only in the XML declaration', () => {
    const feed = parseFeed(readSample('rss2-windows-1251.xml'));
    expect(feed.articles[0]?.title).toBe(TITLE);
    expect(feed.articles[0]?.summary).toBe(
      "Роботи триватимуть до травня. Об'їзд «вулицею Єлецькою», маршрут № 7.",
    );
  });

  it('decodes windows-1251 bytes named only in the content type', () => {
    const feed = parseFeed(readSample('rss2-windows-1251-no-declaration.xml'), {
      contentType: 'application/rss+xml; charset=windows-1251',
    });
    expect(feed.articles[0]?.title).toBe(TITLE);
  });

  it('lets the content type’s charset override the XML declaration', () => {
    const bytes = concat(ascii('<?xml version="1.0" encoding="koi8-u"?>\n'), cp1251Body());
    const feed = parseFeed(bytes, { contentType: 'text/xml; charset="CP1251"' });
    expect(feed.articles[0]?.title).toBe(TITLE);
  });

  it('lets a byte order mark override both the content type and the declaration', () => {
    const xml = rss(`<item><title>${TITLE}</title></item>`).replace(
      'encoding="UTF-8"',
      'encoding="windows-1251"',
    );
    const bytes = concat(Uint8Array.of(0xef, 0xbb, 0xbf), ascii(xml));
    const feed = parseFeed(bytes, { contentType: 'application/xml; charset=koi8-u' });
    expect(feed.articles[0]?.title).toBe(TITLE);
  });

  it('decodes koi8-u bytes named in the XML declaration', () => {
    expect(parseFeed(readSample('rss2-koi8-u.xml')).articles[0]?.title).toBe(TITLE);
  });

  it('falls back to UTF-8 for a charset label it does not know', () => {
    const xml = rss(`<item><title>${TITLE}</title></item>`).replace('UTF-8', 'x-unknown-charset');
    const feed = parseFeed(ascii(xml), { contentType: 'text/xml; charset=bogus' });
    expect(feed.articles[0]?.title).toBe(TITLE);
  });

  it('decodes UTF-16 with a byte order mark', () => {
    const xml = `\ufeff${rss(`<item><title>${TITLE}</title></item>`)}`;
    const bytes = new Uint8Array(xml.length * 2);
    for (let i = 0; i < xml.length; i++) {
      bytes[i * 2] = xml.charCodeAt(i) & 0xff;
      bytes[i * 2 + 1] = xml.charCodeAt(i) >> 8;
    }
    expect(parseFeed(bytes).articles[0]?.title).toBe(TITLE);
  });

  it('accepts an ArrayBuffer', () => {
    const buffer = new ArrayBuffer(readSample('rss2-windows-1251.xml').byteLength);
    new Uint8Array(buffer).set(readSample('rss2-windows-1251.xml'));
    expect(parseFeed(buffer).articles[0]?.title).toBe(TITLE);
  });

  it('decodes as UTF-8 when nothing names a charset', () => {
    expect(decodeFeedBytes(ascii('<rss>Вістки</rss>'))).toBe('<rss>Вістки</rss>');
  });
});
