import { describe, expect, it } from 'vitest';
import { resolveHtmlUrls, resolveSrcset, resolveUrl } from '../../../src/feed/resolve-urls';

const BASE = 'https://rada.example/news/2026/';

describe('resolveUrl', () => {
  it.each([
    ['photo.jpg', 'https://rada.example/news/2026/photo.jpg'],
    ['../archive/', 'https://rada.example/news/archive/'],
    ['/storage/a.pdf', 'https://rada.example/storage/a.pdf'],
    ['//cdn.example/x.png', 'https://cdn.example/x.png'],
    ['  spaced.jpg  ', 'https://rada.example/news/2026/spaced.jpg'],
  ])('resolves %s against the base', (reference, expected) => {
    expect(resolveUrl(reference, BASE)).toBe(expected);
  });

  it.each([['https://other.example/a b'], ['mailto:press@rada.example'], ['#note-1'], ['']])(
    'keeps %j as written',
    (reference) => {
      expect(resolveUrl(reference, BASE)).toBe(reference);
    },
  );

  it('keeps a relative reference as written when there is no base', () => {
    expect(resolveUrl('photo.jpg', undefined)).toBe('photo.jpg');
  });

  it('keeps a relative reference as written when the base is itself relative', () => {
    expect(resolveUrl('photo.jpg', '/news/')).toBe('photo.jpg');
  });
});

describe('resolveSrcset', () => {
  it('resolves each candidate and keeps its descriptor', () => {
    expect(resolveSrcset('a.jpg 1x,b.jpg   2x', BASE)).toBe(
      'https://rada.example/news/2026/a.jpg 1x, https://rada.example/news/2026/b.jpg 2x',
    );
  });

  it('splits candidates separated by a comma right after a URL', () => {
    expect(resolveSrcset('a.jpg, b.jpg 640w', BASE)).toBe(
      'https://rada.example/news/2026/a.jpg, https://rada.example/news/2026/b.jpg 640w',
    );
  });

  it('handles a run of a million commas in linear time', () => {
    expect(resolveSrcset(`a${','.repeat(1_000_000)} b`, BASE)).toBe(
      'https://rada.example/news/2026/a, https://rada.example/news/2026/b',
    );
  });
});

describe('resolveHtmlUrls', () => {
  it('resolves href, src, srcset and poster attributes', () => {
    const html =
      '<a href="x/">x</a><img src=\'i.jpg\' srcset="i.jpg 1x, i2.jpg 2x"><video poster=p.jpg></video>';
    expect(resolveHtmlUrls(html, BASE)).toBe(
      '<a href="https://rada.example/news/2026/x/">x</a><img src="https://rada.example/news/2026/i.jpg" srcset="https://rada.example/news/2026/i.jpg 1x, https://rada.example/news/2026/i2.jpg 2x"><video poster="https://rada.example/news/2026/p.jpg"></video>',
    );
  });

  it('leaves other attributes and absolute URLs untouched', () => {
    const html = '<a href="https://x.example/" title="about.html" data-src="d.jpg">x</a>';
    expect(resolveHtmlUrls(html, BASE)).toBe(html);
  });

  it('keeps an escaped ampersand in a query string escaped', () => {
    expect(resolveHtmlUrls('<a href="page?a=1&amp;b=2">x</a>', BASE)).toBe(
      '<a href="https://rada.example/news/2026/page?a=1&amp;b=2">x</a>',
    );
  });

  it('is not fooled by a ">" inside a quoted attribute value', () => {
    expect(resolveHtmlUrls('<img alt="a > b" src="i.jpg">', BASE)).toBe(
      '<img alt="a > b" src="https://rada.example/news/2026/i.jpg">',
    );
  });

  it('does not rewrite markup inside comments or text that merely looks like a tag', () => {
    const html = '<!-- <img src="c.jpg"> -->1 < 2 <b>so</b>';
    expect(resolveHtmlUrls(html, BASE)).toBe(html);
  });

  it('returns the HTML unchanged when there is no base', () => {
    expect(resolveHtmlUrls('<img src="i.jpg">', undefined)).toBe('<img src="i.jpg">');
  });
});
