import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/feed/parse';
import { FEED_URL, atom, readSample } from './samples';

const feed = parseFeed(readSample('atom.xml'), { url: FEED_URL });
const [sirens, budget, shelters] = feed.articles;

describe('Atom 1.0', () => {
  it('reports the format, the feed title and its alternate link as home page', () => {
    expect(feed.format).toBe('atom');
    expect(feed.title).toBe('Анонси та оголошення (демо)');
    expect(feed.homeUrl).toBe('https://rada-chernihiv.example/anonsy/');
  });

  it('uses the entry id as the article id', () => {
    expect(sirens?.id).toBe('tag:rada-chernihiv.example,2026:201');
  });

  it('resolves links against an xml:base nested inside another xml:base', () => {
    expect(sirens?.url).toBe('https://rada-chernihiv.example/anonsy/2026/sireny/');
  });

  it('prefers the alternate link over edit and self links', () => {
    expect(sirens?.url).not.toContain('/api/');
  });

  it('treats a link without rel as the alternate link', () => {
    expect(budget?.url).toBe('https://rada-chernihiv.example/news/demo-0006/');
  });

  it('serializes the children of the xhtml content div as HTML', () => {
    expect(sirens?.contentHtml).toMatch(/^<p>У середу, 8 квітня, о 10:00/);
    expect(sirens?.contentHtml).not.toContain('<div');
    expect(sirens?.contentHtml).not.toContain('xmlns');
    expect(sirens?.contentHtml).toContain('<br>Тривалість');
  });

  it('resolves body URLs against an xml:base set inside xhtml content', () => {
    expect(sirens?.contentHtml).toContain(
      '<img src="https://rada-chernihiv.example/foto/sirena.jpg" alt="Сирена на даху">',
    );
    expect(sirens?.contentHtml).toContain(
      '<a href="https://rada-chernihiv.example/anonsy/ukryttia/">',
    );
  });

  it('keeps html content as HTML with its URLs made absolute', () => {
    expect(budget?.contentHtml).toBe(
      '<p>Подати проєкт можуть мешканці від 16 років. <img src="https://rada-chernihiv.example/storage/images/bu.jpg" alt="Логотип Бюджету участі"></p>',
    );
  });

  it('turns text content into escaped paragraphs with line breaks', () => {
    expect(shelters?.contentHtml).toBe(
      '<p>Пункти працюють цілодобово під час відключень.<br>Адреси — на сайті.</p><p>Телефон довідки: 15-62.</p>',
    );
  });

  it('keeps the markup-like characters of a text title as text', () => {
    expect(shelters?.title).toBe('Графік роботи пунктів незламності <оновлено>');
  });

  it('strips markup from an html title', () => {
    expect(sirens?.title).toBe('Перевірка системи оповіщення: лунатимуть сирени');
  });

  it('takes the summary from summary and the body from content', () => {
    expect(sirens?.summary).toBe('У середу о 10:00 перевірять систему оповіщення.');
  });

  it('gives an entry with only updated that date as published too', () => {
    expect(budget?.published).toBe('2026-03-30T08:15:00.000Z');
    expect(budget?.updated).toBe('2026-03-30T08:15:00.000Z');
  });

  it('keeps published and updated apart when both are given', () => {
    expect(sirens?.published).toBe('2026-04-01T09:00:00.000Z');
    expect(sirens?.updated).toBe('2026-04-01T09:30:00.000Z');
  });

  it('lets an entry without an author inherit the feed’s author', () => {
    expect(sirens?.author).toBe('Пресслужба Чернігівської міської ради');
  });

  it('keeps an entry’s own author', () => {
    expect(budget?.author).toBe('Олена Дорошенко');
  });

  it('prefers a category label over its term', () => {
    expect(sirens?.categories).toEqual(['Безпека', 'Анонси та оголошення']);
  });

  it('uses the summary as the body when there is no content', () => {
    const doc = atom(
      '<entry><id>e1</id><title>t</title><summary type="html">&lt;p&gt;Коротко&lt;/p&gt;</summary></entry>',
    );
    expect(parseFeed(doc).articles[0]?.contentHtml).toBe('<p>Коротко</p>');
  });

  it('does not take out-of-line content (src) as the body', () => {
    const doc = atom(
      '<entry><id>e1</id><title>t</title><content type="text/html" src="https://rada.example/1"/></entry>',
    );
    expect(parseFeed(doc).articles[0]?.contentHtml).toBe('');
  });

  it('reads a title with an empty type as text', () => {
    const doc = atom(
      '<entry><id>e1</id><title type="">Вода &lt;знову&gt; є</title></entry>',
      '<title type=" ">Оголошення</title>',
    );
    const parsed = parseFeed(doc);
    expect(parsed.title).toBe('Оголошення');
    expect(parsed.articles[0]?.title).toBe('Вода <знову> є');
  });

  it('reads an Atom feed written with a namespace prefix', () => {
    const doc = `<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:title>Префікс</a:title>
      <a:entry><a:id>p1</a:id><a:title>Новина</a:title></a:entry></a:feed>`;
    const parsed = parseFeed(doc);
    expect(parsed.title).toBe('Префікс');
    expect(parsed.articles[0]?.title).toBe('Новина');
  });

  it('takes an image from an enclosure link and lists other enclosures as attachments', () => {
    const doc = atom(`<entry><id>e1</id><title>t</title>
      <link rel="enclosure" type="image/jpeg" href="https://rada.example/a.jpg"/>
      <link rel="enclosure" type="application/pdf" href="https://rada.example/r.pdf" title="Рішення № 5"/></entry>`);
    const [article] = parseFeed(doc).articles;
    expect(article?.image).toEqual({ url: 'https://rada.example/a.jpg', alt: '' });
    expect(article?.attachments).toEqual([
      { url: 'https://rada.example/r.pdf', title: 'Рішення № 5', mimeType: 'application/pdf', sizeBytes: null },
    ]);
    expect(article?.contentHtml).toBe('');
  });

  it('resolves an enclosure against xml:base and keeps its length, without «(PDF, 118 КБ)»', () => {
    expect(feed.articles[0]?.attachments).toEqual([
      {
        url: 'https://rada-chernihiv.example/anonsy/2026/karta-ukryttiv.pdf',
        title: 'Карта укриттів',
        mimeType: 'application/pdf',
        sizeBytes: 120832,
      },
    ]);
  });
});
