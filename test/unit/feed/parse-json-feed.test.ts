import { describe, expect, it } from 'vitest';
import { FeedParseError, parseFeed } from '../../../src/feed/parse';
import { jsonFeed, readSample } from './samples';

const feed = parseFeed(readSample('jsonfeed-1.1.json'));
const [trolleybus, fair, legend] = feed.articles;
const legacy = parseFeed(readSample('jsonfeed-1.0.json'), {
  url: 'https://rada-chernihiv.example/osbb/feed.json',
});

describe('JSON Feed', () => {
  it('reports the format, the feed title and the home page', () => {
    expect(feed.format).toBe('jsonfeed');
    expect(feed.title).toBe('Чернігівська міська рада — новини (демо)');
    expect(feed.homeUrl).toBe('https://rada-chernihiv.example/');
  });

  it('takes content_html as the body, resolved against feed_url when no URL is given', () => {
    expect(trolleybus?.contentHtml).toContain(
      '<img src="https://rada-chernihiv.example/storage/images/troleibus.jpg" alt="Тролейбус №3">',
    );
  });

  it('takes the summary field as the summary', () => {
    expect(trolleybus?.summary).toBe(
      'З 6 до 20 квітня тролейбуси №3 і №7А курсуватимуть об’їзною дорогою.',
    );
  });

  it('collapses whitespace in a title and keeps the rest as written', () => {
    expect(trolleybus?.title).toBe('Через ремонт колій змінюється рух тролейбусів №3 і №7А');
  });

  it('does not decode or strip anything in a title, which is plain text', () => {
    const [article] = parseFeed(
      jsonFeed([{ id: '1', title: 'Ціна <5 грн> &amp; більше' }]),
    ).articles;
    expect(article?.title).toBe('Ціна <5 грн> &amp; більше');
  });

  it('takes the item image before banner_image', () => {
    expect(trolleybus?.image).toEqual({
      url: 'https://rada-chernihiv.example/storage/images/troleibus-lead.jpg',
      alt: '',
    });
  });

  it('falls back to banner_image', () => {
    expect(legend?.image?.url).toBe('https://rada-chernihiv.example/storage/images/val.jpg');
  });

  it('turns content_text into escaped paragraphs', () => {
    expect(fair?.contentHtml).toBe(
      '<p>Ярмарок триватиме з 11 по 12 квітня.<br>Початок о 9:00.</p><p>Вхід вільний.</p>',
    );
  });

  it('uses external_url when the item has no url', () => {
    expect(fair?.url).toBe('https://www.example.org/partner/vystavka');
  });

  it('turns a numeric id into a string', () => {
    expect(fair?.id).toBe('11');
  });

  it('converts date_published with an offset to UTC', () => {
    expect(trolleybus?.published).toBe('2026-04-02T21:30:00.000Z');
    expect(trolleybus?.updated).toBe('2026-04-03T05:00:00.000Z');
  });

  it('reads the names of JSON Feed 1.1 authors and skips nameless ones', () => {
    expect(fair?.author).toBe('Марія Гнатюк');
  });

  it('lets an item without authors inherit the feed’s authors', () => {
    expect(trolleybus?.author).toBe('Пресслужба Чернігівської міської ради');
  });

  it('reads the JSON Feed 1.0 author object, on items and on the feed', () => {
    expect(legacy.articles[0]?.author).toBe('Ірина Савчук');
    expect(legacy.articles[1]?.author).toBe('Управління ЖКГ');
  });

  it('resolves relative item URLs against the feed URL', () => {
    expect(legacy.articles[0]?.url).toBe('https://rada-chernihiv.example/osbb/seminar-1/');
  });

  it('trims tags, drops empty ones and keeps each once', () => {
    expect(trolleybus?.categories).toEqual(['Транспорт', 'Новини']);
  });

  it('lists a non-image attachment with its title, type and size, resolved against feed_url', () => {
    expect(trolleybus?.attachments).toEqual([
      {
        url: 'https://rada-chernihiv.example/storage/files/skhema-ob-yizdu.pdf',
        title: 'Схема об’їзду',
        mimeType: 'application/pdf',
        sizeBytes: 421888,
      },
    ]);
    expect(trolleybus?.contentHtml).not.toContain('skhema-ob-yizdu.pdf');
  });

  it('uses an image attachment when the item has no image field', () => {
    const doc = jsonFeed([
      {
        id: '1',
        title: 'Фото',
        attachments: [{ url: 'https://rada.example/p.jpg', mime_type: 'image/jpeg' }],
      },
    ]);
    expect(parseFeed(doc).articles[0]?.image?.url).toBe('https://rada.example/p.jpg');
  });

  it('skips items that are not objects and counts them', () => {
    const parsed = parseFeed(jsonFeed([null, 'text', { id: '1', title: 'Новина' }]));
    expect(parsed.articles).toHaveLength(1);
    expect(parsed.skipped).toBe(2);
  });

  it('rejects JSON without a JSON Feed version, naming its keys', () => {
    const parse = () => parseFeed('{"error":"Not found","status":404}');
    expect(parse).toThrow(FeedParseError);
    expect(parse).toThrow(/not a JSON Feed.*error, status/);
  });

  it('rejects a JSON array as not a JSON Feed', () => {
    expect(() => parseFeed('[1, 2]')).toThrow(expect.objectContaining({ kind: 'not-json-feed' }));
  });

  it('rejects JSON that does not parse, suggesting it was cut off', () => {
    expect(() => parseFeed('{"version": "https://jsonfeed.org/version/1.1", "items": [')).toThrow(
      expect.objectContaining({ kind: 'broken-json', message: expect.stringMatching(/cut off/) }),
    );
  });
});
