import { describe, expect, it } from 'vitest';
import { MarkupError } from '../../../src/portal-bridge/bridge-errors';
import { extractArticle } from '../../../src/portal-bridge/extract-article';
import { loadPortalConfig } from '../../../src/portal-bridge/portal-config';
import { readPortalFixture } from './fixture-portal';

const config = await loadPortalConfig();
const PORTAL = 'https://chernigiv-rada.gov.ua';
const read = (id: string, path = `/news/id-${id}/`) =>
  extractArticle(readPortalFixture(`article-${id}.html`), `${PORTAL}${path}`, config);

describe('extractArticle on the seed article', () => {
  const article = read('41720');

  it('reads the title, the date line and the canonical URL', () => {
    expect(article.title).toBe('Активісти «Нашого краю» вчилися контактування з виборцями');
    expect(article.published).toBe('2018-03-30T00:00:00+03:00');
    expect(article.url).toBe(`${PORTAL}/news/id-41720/`);
  });

  it('keeps the body and none of the page chrome around it', () => {
    expect(article.bodyHtml).toMatch(/^<p>У Чернігові для активістів/);
    expect(article.bodyHtml).toContain('Учасники заходу дуже позитивно оцінили');
    for (const chrome of [
      'Знайти',
      'тестовому режимі',
      'Онлайн трансляції',
      'Бюджет участі',
      'Друкувати',
    ]) {
      expect(article.bodyHtml).not.toContain(chrome);
    }
  });

  it('takes the signature line as the author', () => {
    expect(article.author).toBe('Прес-служба обласної організації ПП «Наш край»');
  });

  it('reads the lead photo with its caption as alt text', () => {
    expect(article.images).toEqual([
      {
        url: `${PORTAL}/storage/images/18/03/30/14/5d41402abc4b2a76b9719d911017c592-medium66.jpg`,
        alt: 'Активісти «Нашого краю» вчилися контактування з виборцями',
        inBody: false,
      },
    ]);
  });
});

describe('extractArticle', () => {
  it('uses the title as alt text of a lead photo without caption', () => {
    const article = read('61250');
    expect(article.images.map((i) => i.alt)).toEqual([article.title]);
    expect(article.author).toBe('Пресслужба Чернігівської міської ради');
  });

  it('makes links in the body absolute', () => {
    expect(read('61250').bodyHtml).toContain(`href="${PORTAL}/socialnyy-zahyst/"`);
  });

  it('reads every gallery photo once, lazy ones by data-src, labelled «Фото № N» or captioned', () => {
    const article = read('61237');
    expect(article.images).toHaveLength(6);
    expect(article.images.every((i) => i.url.endsWith('-medium66.jpg') && !i.inBody)).toBe(true);
    expect(article.images[0]!.alt).toBe(`${article.title} — Фото № 1`);
    expect(article.images[1]!.alt).toBe('Волонтери висаджують липи');
    expect(article.images[5]!.alt).toBe(`${article.title} — Фото № 6`);
    expect(article.published).toBe('2026-03-29T10:15:00+03:00');
    expect(article.author).toBe('Відділ зв’язків з громадськістю міської ради');
  });

  it('lists linked decisions as attachments with type, size when printed, and title', () => {
    const { attachments, published } = read('61244');
    expect(published).toBe('2026-03-28T11:40:00+02:00');
    expect(attachments).toEqual([
      {
        url: `${PORTAL}/storage/files/26/03/28/rishennya-41-VIII-1.pdf`,
        title: 'Рішення № 41/VIII-1 від 28.03.2026',
        mimeType: 'application/pdf',
        sizeInBytes: 412 * 1024,
        inBody: true,
      },
      {
        url: `${PORTAL}/storage/files/26/03/28/rishennya-41-VIII-2.PDF`,
        title: 'Рішення № 41/VIII-2 від 28.03.2026',
        mimeType: 'application/pdf',
        sizeInBytes: Math.round(1.2 * 1024 * 1024),
        inBody: true,
      },
      {
        url: `${PORTAL}/storage/files/26/03/28/dodatok-do-rishennya.docx`,
        title: 'Додаток до рішення № 41/VIII-1',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        sizeInBytes: null,
        inBody: false,
      },
    ]);
  });

  it('reads an announcement with its publication time and keeps its event date and place', () => {
    const article = read('61248');
    expect(article.published).toBe('2026-03-27T16:45:00+02:00');
    expect(article.bodyHtml).toContain('2 квітня 2026 року о 10:00');
    expect(article.bodyHtml).toContain('вул. Магістратська, 7');
    expect(article.images).toEqual([]);
  });

  it('reads an old /news/view/ page with a numeric date and a photo inside the body', () => {
    const article = read('8415', '/news/view/8415');
    expect(article.url).toBe(`${PORTAL}/news/view/8415`);
    expect(article.published).toBe('2016-08-23T00:00:00+03:00');
    expect(article.images).toEqual([
      {
        url: `${PORTAL}/storage/images/16/08/23/10/8f14e45fceea167a5a36dedd4bea2543-medium66.jpg`,
        alt: 'Святковий Чернігів',
        inBody: true,
      },
    ]);
    expect(article.author).toBe('З повагою, міський голова Василь Коваленко');
  });

  it('prefers the page’s rel=canonical when it names an article', () => {
    const html = readPortalFixture('article-8415.html').replace(
      '</head>',
      '<link rel="canonical" href="/news/id-8415"></head>',
    );
    expect(extractArticle(html, `${PORTAL}/news/view/8415`, config).url).toBe(
      `${PORTAL}/news/id-8415/`,
    );
  });

  it('gives no author when the body does not end with a signature', () => {
    const html = readPortalFixture('article-61250.html').replace(
      '<p>Пресслужба Чернігівської міської ради</p>',
      '',
    );
    expect(extractArticle(html, `${PORTAL}/news/id-61250/`, config).author).toBeNull();
  });

  it('drops scripts and share buttons from the body', () => {
    const html = readPortalFixture('article-61250.html').replace(
      '<div class="textContent">',
      '<div class="textContent"><script>alert(1)</script><div class="share">Поділитися</div>',
    );
    const { bodyHtml } = extractArticle(html, `${PORTAL}/news/id-61250/`, config);
    expect(bodyHtml).not.toContain('alert');
    expect(bodyHtml).not.toContain('Поділитися');
  });

  it('names the body selector and the page when the article markup changed', () => {
    const page = `${PORTAL}/news/id-61250/`;
    const html = readPortalFixture('article-changed.html');
    expect(() => extractArticle(html, page, config)).toThrow(MarkupError);
    expect(() => extractArticle(html, page, config)).toThrow(
      `selector ".textContent" found nothing on ${page}`,
    );
  });

  it('names the title selector only when neither the page nor the list gives a title', () => {
    const html = readPortalFixture('article-61250.html')
      .replace(/<h1>.*<\/h1>/, '')
      .replace(/<title>.*<\/title>/, '');
    expect(() => extractArticle(html, `${PORTAL}/news/id-61250/`, config)).toThrow(
      'selector "h1" found no title',
    );
  });
});

describe('extractArticle on body photos without alt text', () => {
  it('writes the alt text it derived into the body', () => {
    const html = readPortalFixture('article-8415.html').replace('alt="Святковий Чернігів" ', '');
    const article = extractArticle(html, `${PORTAL}/news/view/8415`, config);
    expect(article.images[0]!.alt).toBe(article.title);
    expect(article.bodyHtml).toContain(`alt="${article.title}"`);
  });
});
