import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { truncateAtWord } from '../../../src/core/text';
import { renderHeadTags, type PageHead } from '../../../src/server/pages/page-head';
import { XSS_VECTORS } from '../article-html/xss-vectors';

const ARTICLE: PageHead = {
  title: 'Сесія міської ради — Вістки',
  description: 'Депутати ухвалили бюджет.',
  canonical: 'https://chernigiv-rada.gov.ua/news/id-61250/',
  url: 'https://news.example.gov.ua/news/0abc',
  type: 'article',
  image: {
    url: 'https://news.example.gov.ua/img/preview/x.jpg',
    width: 1200,
    height: 630,
    alt: 'Зала',
  },
  siteName: 'Вістки',
  publisher: 'Чернігівська міська рада',
  article: {
    headline: 'Сесія міської ради',
    published: '2026-11-26T09:15:00.000Z',
    modified: null,
    section: 'Новини',
    author: null,
  },
};

/** The tags as a browser or a messenger's crawler reads them, in a page of their own. */
function parseHead(head: PageHead) {
  const { title, tags } = renderHeadTags(head);
  return load(
    `<!doctype html><html><head>${title}${tags}</head><body><p id="after"></p></body></html>`,
  );
}

describe('renderHeadTags', () => {
  it('says what an article is, for search engines and link previews', () => {
    const $ = parseHead(ARTICLE);
    const property = (name: string) => $(`meta[property="${name}"]`).attr('content');
    expect($('title').text()).toBe('Сесія міської ради — Вістки');
    expect($('meta[name="description"]').attr('content')).toBe('Депутати ухвалили бюджет.');
    expect($('link[rel="canonical"]').attr('href')).toBe(ARTICLE.canonical);
    expect(property('og:type')).toBe('article');
    expect(property('og:title')).toBe('Сесія міської ради');
    expect(property('og:url')).toBe(ARTICLE.url);
    expect(property('og:site_name')).toBe('Вістки');
    expect(property('og:locale')).toBe('uk_UA');
    expect(property('og:image')).toBe(ARTICLE.image.url);
    expect(property('og:image:width')).toBe('1200');
    expect(property('og:image:height')).toBe('630');
    expect(property('og:image:alt')).toBe('Зала');
    expect(property('article:published_time')).toBe('2026-11-26T09:15:00.000Z');
    expect(property('article:section')).toBe('Новини');
    expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
    const ld = JSON.parse($('script[type="application/ld+json"]').text());
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Сесія міської ради',
      image: [ARTICLE.image.url],
      datePublished: '2026-11-26T09:15:00.000Z',
      dateModified: '2026-11-26T09:15:00.000Z',
      author: { name: 'Чернігівська міська рада' },
      publisher: { '@type': 'GovernmentOrganization', name: 'Чернігівська міська рада' },
      mainEntityOfPage: ARTICLE.url,
    });
  });

  it('cuts the description at a word, within 160 characters', () => {
    const description = 'Депутати ухвалили бюджет громади на наступний рік. '.repeat(6);
    const $ = parseHead({ ...ARTICLE, description });
    const cut = $('meta[name="description"]').attr('content')!;
    expect(cut.length).toBeLessThanOrEqual(160);
    expect(cut).toMatch(/\S…$/);
    expect(description.startsWith(cut.slice(0, -1))).toBe(true);
  });

  it('has no JSON-LD and says website on a page that is no article', () => {
    const $ = parseHead({ ...ARTICLE, type: 'website', article: undefined });
    expect($('meta[property="og:type"]').attr('content')).toBe('website');
    expect($('script').length).toBe(0);
  });

  it.each(XSS_VECTORS.map((vector) => [vector.name, vector.html]))(
    'keeps a hostile title and lead inside their tags: %s',
    (_name, hostile) => {
      const text = `«${hostile}» </script><!-- "'`;
      const $ = parseHead({
        ...ARTICLE,
        title: text,
        description: text,
        image: { ...ARTICLE.image, alt: text },
        article: { ...ARTICLE.article!, headline: text, section: text, author: text },
      });
      expect($('title').text()).toBe(text);
      expect($('meta[property="og:title"]').attr('content')).toBe(text);
      expect($('meta[property="og:image:alt"]').attr('content')).toBe(text);
      expect($('meta[name="description"]').attr('content')).toBe(truncateAtWord(text, 160));
      expect($('script').length).toBe(1);
      const ld = JSON.parse($('script[type="application/ld+json"]').text());
      expect(ld.headline).toBe(truncateAtWord(text, 110));
      expect(ld.author.name).toBe(text);
      expect($('head > *').length).toBe(17);
      expect($('body > *').length).toBe(1);
      expect($('#after').length).toBe(1);
    },
  );
});
