import { describe, expect, it } from 'vitest';
import { getCanonicalArticleUrl } from '../../../src/portal-bridge/canonical-url';

const PATTERNS = [
  { match: '^/news/id-(\\d+)/?$', canonical: '/news/id-$1/' },
  { match: '^/news/view/(\\d+)/?$', canonical: '/news/view/$1' },
];
const PAGE = 'https://chernigiv-rada.gov.ua/news/?page=2';

describe('getCanonicalArticleUrl', () => {
  it('gives one URL for an article linked with or without the trailing slash', () => {
    expect(getCanonicalArticleUrl('/news/id-835', PAGE, PATTERNS)).toBe(
      'https://chernigiv-rada.gov.ua/news/id-835/',
    );
    expect(getCanonicalArticleUrl('/news/id-835/', PAGE, PATTERNS)).toBe(
      'https://chernigiv-rada.gov.ua/news/id-835/',
    );
  });

  it('drops the query and fragment of a link', () => {
    expect(getCanonicalArticleUrl('/news/id-835/?utm_source=fb#photo', PAGE, PATTERNS)).toBe(
      'https://chernigiv-rada.gov.ua/news/id-835/',
    );
  });

  it('maps the old /news/view/NNNN form by its own rule', () => {
    expect(getCanonicalArticleUrl('//chernigiv-rada.gov.ua/news/view/8415/', PAGE, PATTERNS)).toBe(
      'https://chernigiv-rada.gov.ua/news/view/8415',
    );
  });

  it('refuses links to other sites and to pages that are not articles', () => {
    expect(
      getCanonicalArticleUrl('https://chernihiv.pb.org.ua/news/id-1/', PAGE, PATTERNS),
    ).toBeNull();
    expect(getCanonicalArticleUrl('/systema-obliku/id-26519/', PAGE, PATTERNS)).toBeNull();
    expect(getCanonicalArticleUrl('http://[', PAGE, PATTERNS)).toBeNull();
  });
});
