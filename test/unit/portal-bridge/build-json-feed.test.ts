import { describe, expect, it } from 'vitest';
import { buildJsonFeed } from '../../../src/portal-bridge/build-json-feed';
import type { PortalArticle } from '../../../src/portal-bridge/extract-article';
import { loadPortalConfig } from '../../../src/portal-bridge/portal-config';
import type { CrawledArticle } from '../../../src/portal-bridge/read-articles';

const config = await loadPortalConfig();
const PORTAL = 'https://chernigiv-rada.gov.ua';

function crawled(
  id: number,
  published: string,
  extra: Partial<Omit<PortalArticle, 'published'>> = {},
): CrawledArticle {
  return {
    article: {
      url: `${PORTAL}/news/id-${id}/`,
      title: `Новина ${id}`,
      published,
      bodyHtml: `<p>Текст ${id}</p>`,
      images: [],
      attachments: [],
      author: null,
      ...extra,
    },
    sections: ['Новини'],
    summary: '',
  };
}

describe('buildJsonFeed', () => {
  it('writes a JSON Feed 1.1 with the portal as home page', () => {
    const feed = buildJsonFeed([], {
      config,
      portalUrl: PORTAL,
      feedUrl: 'https://news.example.org/feed.json',
    });
    expect(feed).toEqual({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Новини Чернігівської міської ради',
      home_page_url: `${PORTAL}/`,
      feed_url: 'https://news.example.org/feed.json',
      description: config.description,
      language: 'uk',
      items: [],
    });
  });

  it('orders items by date, newest first, whatever their ids', () => {
    const feed = buildJsonFeed(
      [
        crawled(835, '2018-08-21T00:00:00+03:00'),
        crawled(16462, '2007-01-12T00:00:00+02:00'),
        crawled(52892, '2022-03-04T00:00:00+02:00'),
        crawled(17775, '2009-02-13T00:00:00+02:00'),
      ],
      { config, portalUrl: PORTAL },
    );
    expect(feed.items.map((i) => i.id)).toEqual(
      [52892, 835, 17775, 16462].map((id) => `${PORTAL}/news/id-${id}/`),
    );
  });

  it('keeps list order for items of the same date', () => {
    const feed = buildJsonFeed(
      [crawled(2, '2026-03-30T00:00:00+03:00'), crawled(1, '2026-03-30T00:00:00+03:00')],
      {
        config,
        portalUrl: PORTAL,
      },
    );
    expect(feed.items.map((i) => i.title)).toEqual(['Новина 2', 'Новина 1']);
  });

  it('gives one item per canonical URL, tagged with every section that lists it', () => {
    const news = crawled(7, '2026-03-30T00:00:00+03:00');
    const announcement = {
      ...crawled(7, '2026-03-30T00:00:00+03:00'),
      sections: ['Анонси та оголошення'],
    };
    const feed = buildJsonFeed([news, announcement], { config, portalUrl: PORTAL });
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]!.tags).toEqual(['Новини', 'Анонси та оголошення']);
  });

  it('fills url, date, author, summary and attachments, and links outside documents in the body', () => {
    const item = buildJsonFeed(
      [
        {
          ...crawled(61244, '2026-03-28T11:40:00+02:00', {
            author: 'Пресслужба Чернігівської міської ради',
            images: [
              { url: `${PORTAL}/storage/images/a-medium66.jpg`, alt: 'Сесія', inBody: false },
            ],
            attachments: [
              {
                url: `${PORTAL}/storage/files/r.pdf`,
                title: 'Рішення № 41/VIII-1',
                mimeType: 'application/pdf',
                sizeInBytes: 421888,
                inBody: false,
              },
              {
                url: `${PORTAL}/storage/files/d.docx`,
                title: 'Додаток',
                mimeType: 'application/msword',
                sizeInBytes: null,
                inBody: true,
              },
            ],
          }),
          summary: 'Сесія розглянула 22 питання.',
        },
      ],
      { config, portalUrl: PORTAL },
    ).items[0]!;
    expect(item).toMatchObject({
      id: `${PORTAL}/news/id-61244/`,
      url: `${PORTAL}/news/id-61244/`,
      date_published: '2026-03-28T11:40:00+02:00',
      authors: [{ name: 'Пресслужба Чернігівської міської ради' }],
      summary: 'Сесія розглянула 22 питання.',
      language: 'uk',
      attachments: [
        {
          url: `${PORTAL}/storage/files/r.pdf`,
          mime_type: 'application/pdf',
          title: 'Рішення № 41/VIII-1',
          size_in_bytes: 421888,
        },
        {
          url: `${PORTAL}/storage/files/d.docx`,
          mime_type: 'application/msword',
          title: 'Додаток',
        },
      ],
    });
    expect(item.content_html).toBe(
      `<figure><img src="${PORTAL}/storage/images/a-medium66.jpg" alt="Сесія"></figure>\n` +
        '<p>Текст 61244</p>\n' +
        `<ul><li><a href="${PORTAL}/storage/files/r.pdf">Рішення № 41/VIII-1</a> (PDF, 412 КБ)</li></ul>`,
    );
  });

  it('keeps in content_html only what the app’s sanitizer allows, even from a cached page', () => {
    const item = buildJsonFeed(
      [
        crawled(2, '2026-03-30T00:00:00+03:00', {
          bodyHtml:
            '<p onclick="steal()">Текст <a href="javascript:alert(1)">посилання</a></p>' +
            '<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example/">' +
            '<iframe srcdoc="<script>alert(1)</script>"></iframe><form action="https://evil.example/"><input name="q"></form>' +
            '<p class="lead" style="color:red">Кінець</p>',
        }),
      ],
      { config, portalUrl: PORTAL },
    ).items[0]!;
    expect(item.content_html).toBe('<p>Текст <a>посилання</a></p><p>Кінець</p>');
  });

  it('leaves out empty optional fields', () => {
    const item = buildJsonFeed([crawled(1, '2026-03-30T00:00:00+03:00')], {
      config,
      portalUrl: PORTAL,
    }).items[0]!;
    expect(Object.keys(item).sort()).toEqual(
      ['content_html', 'date_published', 'id', 'language', 'tags', 'title', 'url'].sort(),
    );
  });
});
