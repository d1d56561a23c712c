// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { toTrustedArticleHtml } from '../../../src/article-html/sanitize';

// jsdom has no Trusted Types, so the app's call returns the sanitized HTML as a string here.
const sanitize = (html: string, baseUrl?: string, holdImages = false): string =>
  String(toTrustedArticleHtml(html, baseUrl, { holdImages }));

function render(html: string, baseUrl?: string, holdImages = false): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = sanitize(html, baseUrl, holdImages);
  return host;
}

describe('toTrustedArticleHtml', () => {
  it('removes script elements and their content', () => {
    expect(sanitize('<p>Сесія</p><script>alert(1)</script>')).toBe('<p>Сесія</p>');
  });

  it('removes inline event handlers', () => {
    const host = render('<img src="https://rada.example/a.jpg" onerror="alert(1)" alt="Сквер">');
    const img = host.querySelector('img')!;
    expect(img.getAttribute('onerror')).toBeNull();
    expect(img.getAttribute('alt')).toBe('Сквер');
  });

  it('drops javascript: links but keeps the link text', () => {
    const host = render('<a href="javascript:alert(1)">Рішення</a>');
    expect(host.querySelector('a')?.hasAttribute('href')).toBe(false);
    expect(host.textContent).toBe('Рішення');
  });

  it('drops an obfuscated javascript: link', () => {
    const host = render('<a href=" jav&#x09;ascript:alert(1)">x</a>');
    expect(host.querySelector('a')?.getAttribute('href') ?? '').not.toMatch(/script/i);
  });

  it('drops data: images', () => {
    const host = render('<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" alt="x">');
    expect(host.querySelector('img')).toBeNull();
  });

  it('removes iframes, forms, objects and styles', () => {
    const host = render(
      '<iframe src="https://evil.example"></iframe><form action="/x"><input name="a"></form>' +
        '<object data="x.swf"></object><style>body{display:none}</style><p style="color:red">Текст</p>',
    );
    expect(host.querySelector('iframe, form, input, object, style')).toBeNull();
    expect(host.querySelector('p')?.hasAttribute('style')).toBe(false);
  });

  it('opens links outside the app without giving the new page a handle on it', () => {
    const host = render('<a href="https://chernigiv-rada.gov.ua/news/id-1/">Портал</a>');
    const a = host.querySelector('a')!;
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('makes relative links and images absolute against the base URL', () => {
    const host = render(
      '<a href="/docs/r41.pdf">Рішення</a><img src="photos/1.jpg" alt="Сесія">',
      'https://rada.example/news/id-5/',
    );
    expect(host.querySelector('a')!.getAttribute('href')).toBe('https://rada.example/docs/r41.pdf');
    expect(host.querySelector('img')!.getAttribute('src')).toBe(
      'https://rada.example/news/id-5/photos/1.jpg',
    );
  });

  it('loads images lazily and keeps an empty alt when the feed gave none', () => {
    const img = render('<img src="https://rada.example/a.jpg">').querySelector('img')!;
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(img.getAttribute('alt')).toBe('');
  });

  it('keeps the structure of an ordinary article', () => {
    const html =
      '<h2>Порядок денний</h2><ul><li>Бюджет</li><li>Укриття</li></ul>' +
      '<table><tbody><tr><td>вул. Магістратська, 7</td></tr></tbody></table>' +
      '<figure><img src="https://rada.example/a.jpg" alt="Зала"><figcaption>Фото № 1</figcaption></figure>' +
      '<blockquote>«Цитата»</blockquote><p><strong>Увага</strong> <em>важливо</em></p>';
    const host = render(html);
    expect(
      host.querySelectorAll('h2, ul, li, table, td, figure, figcaption, blockquote, strong, em'),
    ).toHaveLength(11);
    expect(host.textContent).toContain('вул. Магістратська, 7');
  });

  it('strips ids and names that could clobber the page globals', () => {
    const host = render(
      '<img id="location" name="cookie" src="https://rada.example/a.jpg" alt="">',
    );
    const img = host.querySelector('img')!;
    expect(img.hasAttribute('id')).toBe(false);
    expect(img.hasAttribute('name')).toBe(false);
  });
});

describe('toTrustedArticleHtml with the data saver (holdImages)', () => {
  const ARTICLE =
    '<p>Сесія</p><img src="photos/1.jpg" alt="Зала"><figure><img src="https://cdn.example/2.jpg"></figure>';

  it('leaves no image a src to download, keeping each absolute address in data-held-src', () => {
    const host = render(ARTICLE, 'https://rada.example/news/id-5/', true);
    const images = [...host.querySelectorAll('img')];
    expect(images.map((img) => img.hasAttribute('src'))).toEqual([false, false]);
    expect(images.map((img) => img.dataset.heldSrc)).toEqual([
      'https://rada.example/news/id-5/photos/1.jpg',
      'https://cdn.example/2.jpg',
    ]);
    expect(images.map((img) => img.alt)).toEqual(['Зала', '']);
  });

  it('still drops an image whose address is not allowed, rather than holding it', () => {
    const host = render(
      '<img src="javascript:alert(1)"><img src="data:image/png;base64,AA==">',
      undefined,
      true,
    );
    expect(host.querySelector('img')).toBeNull();
  });

  it('holds nothing back once the data saver is off again', () => {
    const host = render(ARTICLE, 'https://rada.example/news/id-5/', true);
    expect(host.querySelectorAll('img[src]')).toHaveLength(0);
    expect(
      render(ARTICLE, 'https://rada.example/news/id-5/').querySelectorAll('img[src]'),
    ).toHaveLength(2);
    expect(
      render(ARTICLE, 'https://rada.example/news/id-5/').querySelector('[data-held-src]'),
    ).toBeNull();
  });
});
