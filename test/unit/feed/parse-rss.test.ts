import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/feed/parse';
import { FEED_URL, readSample, rss } from './samples';

const feed = parseFeed(readSample('rss2.xml'), { url: FEED_URL });
const [session, water, announcement, editor] = feed.articles;
const rdf = parseFeed(readSample('rss1.rdf'), { url: FEED_URL });
const fullText = parseFeed(readSample('rss2-full-text.xml'), { url: FEED_URL });

describe('RSS 2.0', () => {
  it('reports the format, the channel title and the home page', () => {
    expect(feed.format).toBe('rss2');
    expect(feed.title).toBe('Новини Чернігівської міської ради (демо)');
    expect(feed.homeUrl).toBe('https://rada-chernihiv.example/news/');
  });

  it('returns every usable item in document order', () => {
    expect(feed.articles.map((article) => article.id)).toEqual([
      'demo-0001',
      'https://rada-chernihiv.example/news/demo-0004/',
      'https://rada-chernihiv.example/news/demo-0003/',
      'demo-0005',
    ]);
    expect(feed.skipped).toBe(0);
  });

  it('takes the body from content:encoded and the summary from description', () => {
    expect(session?.contentHtml).toContain('<p>Пленарне засідання розпочалося о 10:00');
    expect(session?.summary).toBe(
      'Сесія відбулася сьогодні: з 42 депутатів зареєструвався 31, до порядку денного увійшло 22 питання.',
    );
  });

  it('makes links and images in the body absolute against the feed URL', () => {
    expect(session?.contentHtml).toContain(
      '<img src="https://rada-chernihiv.example/storage/images/26/03/28/sesiya-1.jpg"',
    );
    expect(session?.contentHtml).toContain('<a href="https://rada-chernihiv.example/dokumenty/">');
  });

  it('makes a relative item link absolute against the feed URL', () => {
    expect(session?.url).toBe('https://rada-chernihiv.example/news/demo-0001/');
  });

  it('takes the widest Media RSS image, with its media:description as alt', () => {
    expect(session?.image).toEqual({
      url: 'https://rada-chernihiv.example/storage/images/26/03/28/sesiya-1.jpg',
      alt: 'Депутати в сесійній залі',
    });
  });

  it('ignores a wider media:content that is a video when choosing the image', () => {
    expect(announcement?.image).toEqual({
      url: 'https://rada-chernihiv.example/storage/images/skver-large.jpg',
      alt: 'Сквер біля Будинку культури',
    });
  });

  it('uses an image enclosure when there is no Media RSS image', () => {
    expect(water?.image).toEqual({
      url: 'https://rada-chernihiv.example/storage/images/26/04/02/voda.png',
      alt: '',
    });
  });

  it('falls back to the first img of the body, with its alt', () => {
    expect(editor?.image).toEqual({
      url: 'https://rada-chernihiv.example/storage/images/redaktor.png',
      alt: 'Вікно редактора',
    });
  });

  it('lists a non-image enclosure as an attachment, absolute, with its type and length', () => {
    expect(session?.attachments).toEqual([
      {
        url: 'https://rada-chernihiv.example/storage/files/rishennia-41-VIII-1.pdf',
        title: 'rishennia-41-VIII-1.pdf',
        mimeType: 'application/pdf',
        sizeBytes: 421888,
      },
    ]);
    expect(session?.contentHtml).not.toContain('rishennia-41-VIII-1.pdf');
  });

  it('lists no attachment for an item whose only enclosure is its image', () => {
    expect(water?.attachments).toBeNull();
  });

  it('takes the author from dc:creator', () => {
    expect(session?.author).toBe('Пресслужба Чернігівської міської ради');
  });

  it('keeps only the name of an author written as "e-mail (name)"', () => {
    expect(water?.author).toBe('Інформаційна служба КП «Водоканал-Демо»');
  });

  it('gives no author for a bare e-mail address', () => {
    expect(editor?.author).toBeNull();
  });

  it('trims categories, drops empty ones and keeps each once', () => {
    expect(session?.categories).toEqual(['Новини', 'Бюджет']);
  });

  it('uses a permalink guid as the URL when the item has no link', () => {
    expect(announcement?.url).toBe('https://rada-chernihiv.example/news/demo-0003/');
  });

  it('does not use a guid marked isPermaLink="false" as the URL', () => {
    const doc = rss(
      '<item><title>Новина</title><guid isPermaLink="false">https://rada.example/n/1</guid></item>',
    );
    expect(parseFeed(doc).articles[0]?.url).toBe('');
  });

  it('parses pubDate with a named zone', () => {
    expect(water?.published).toBe('2026-04-02T13:05:00.000Z');
  });

  it('keeps a doubly escaped tag visible as text in a title', () => {
    expect(editor?.title).toBe('Як працює тег <b> у новому редакторі сайту');
  });

  it('strips markup from a title and decodes its entities once', () => {
    const doc = rss('<item><title>&lt;b&gt;Сесія&lt;/b&gt; &amp;amp; бюджет</title></item>');
    expect(parseFeed(doc).articles[0]?.title).toBe('Сесія & бюджет');
  });

  it('decodes the entities of an escaped HTML description into the summary', () => {
    expect(water?.summary).toBe(
      'Через планові роботи не буде води за адресами: просп. Миру, 12\u00a0–\u00a024; вул. Шевченка, 5. Буде організовано підвіз питної води & технічної.',
    );
  });

  it('turns a description without tags into escaped paragraphs', () => {
    expect(announcement?.contentHtml).toBe(
      '<p>Обговорення відбудеться 10 квітня о 17:00 у Будинку культури.</p><p>Запрошуємо мешканців &amp; ОСББ.</p>',
    );
  });

  it('reads ukr.net’s non-standard <full-text> as the body', () => {
    expect(fullText.articles[0]?.contentHtml).toBe(
      '<p>Повний текст новини для ukr.net.</p><p>Графік діє з 1 квітня.</p>',
    );
    expect(fullText.articles[0]?.summary).toBe('Короткий анонс для стрічки.');
  });

  it('reads yandex:full-text as the body', () => {
    expect(fullText.articles[1]?.contentHtml).toBe(
      '<p>Прийом ведеться щопонеділка.</p><p>Запис за телефоном 15-62.</p>',
    );
  });

  it('reads media:content whose prefix the feed forgot to declare', () => {
    const doc = `<rss version="2.0"><channel><item><title>Фото</title>
      <media:content url="https://rada.example/a.jpg" medium="image"/></item></channel></rss>`;
    expect(parseFeed(doc).articles[0]?.image?.url).toBe('https://rada.example/a.jpg');
  });

  it('tolerates bare ampersands in links and text', () => {
    const doc = rss(
      '<item><title>AT&T і K&S</title><link>https://rada.example/?a=1&b=2</link></item>',
    );
    const [article] = parseFeed(doc).articles;
    expect(article?.title).toBe('AT&T і K&S');
    expect(article?.url).toBe('https://rada.example/?a=1&b=2');
  });

  it('decodes HTML named entities that XML does not define', () => {
    const doc = rss('<item><title>12&nbsp;000&nbsp;₴ &laquo;на&nbsp;укриття&raquo;</title></item>');
    expect(parseFeed(doc).articles[0]?.title).toBe('12\u00a0000\u00a0₴ «на\u00a0укриття»');
  });

  it('resolves an item link against an xml:base on the item', () => {
    const doc = rss(
      '<item xml:base="https://cdn.example/uk/"><title>x</title><link>n/1</link></item>',
    );
    expect(parseFeed(doc, { url: FEED_URL }).articles[0]?.url).toBe('https://cdn.example/uk/n/1');
  });

  it('drops a relative link when there is no feed URL to make it absolute', () => {
    const doc = rss('<item><title>x</title><link>/news/1/</link></item>');
    expect(parseFeed(doc).articles[0]).toMatchObject({ url: '', id: '/news/1/' });
  });
});

describe('RSS 1.0 (RDF)', () => {
  it('reports the format and reads the items beside the channel', () => {
    expect(rdf.format).toBe('rss1');
    expect(rdf.title).toBe('Документи міської ради (демо)');
    expect(rdf.homeUrl).toBe('https://rada-chernihiv.example/dokumenty/');
    expect(rdf.articles).toHaveLength(2);
  });

  it('takes dc:date as the publication date', () => {
    expect(rdf.articles[0]?.published).toBe('2026-03-26T12:20:00.000Z');
    expect(rdf.articles[1]?.published).toBe('2026-03-27T00:00:00.000Z');
  });

  it('uses rdf:about as the item id', () => {
    expect(rdf.articles[0]?.id).toBe('https://rada-chernihiv.example/dokumenty/demo-0101/');
  });

  it('reads content:encoded, dc:creator and dc:subject', () => {
    expect(rdf.articles[1]?.contentHtml).toBe(
      '<p>Про скликання <strong>позачергової</strong> сесії міської ради.</p>',
    );
    expect(rdf.articles[0]?.author).toBe('Відділ звернень громадян');
    expect(rdf.articles[0]?.categories).toEqual(['Документи']);
  });

  it('lists a mod_enclosure file as an attachment', () => {
    expect(rdf.articles[0]?.attachments).toEqual([
      {
        url: 'https://rada-chernihiv.example/storage/files/rishennia-112.docx',
        title: 'rishennia-112.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        sizeBytes: 18432,
      },
    ]);
    expect(rdf.articles[1]?.attachments).toBeNull();
  });

  it('takes the channel’s dc:title when it has no title of its own', () => {
    const doc = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
      xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://rada.example/"><dc:title>Рішення виконкому</dc:title></channel>
      <item rdf:about="https://rada.example/1"><title>Рішення № 1</title></item></rdf:RDF>`;
    expect(parseFeed(doc).title).toBe('Рішення виконкому');
  });
});

describe('an RSS 2.0 channel with only dc:title', () => {
  it('takes dc:title as the feed title', () => {
    const doc = rss(
      '<item><title>Новина</title><guid>n1</guid></item>',
      '<dc:title xmlns:dc="http://purl.org/dc/elements/1.1/">Новини громади</dc:title>',
    );
    expect(parseFeed(doc).title).toBe('Новини громади');
  });

  it('keeps the channel’s own title when it has both', () => {
    const doc = rss(
      '<item><title>Новина</title><guid>n1</guid></item>',
      '<title>Своя назва</title><dc:title xmlns:dc="http://purl.org/dc/elements/1.1/">Інша</dc:title>',
    );
    expect(parseFeed(doc).title).toBe('Своя назва');
  });
});
