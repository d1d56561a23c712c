import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyCache } from '../../../src/portal-bridge/bridge-cache';
import type { JsonFeed } from '../../../src/portal-bridge/build-json-feed';
import { loadPortalConfig } from '../../../src/portal-bridge/portal-config';
import { runBridge } from '../../../src/portal-bridge/run-bridge';
import type { FeedArticle, ParsedFeed } from '../../../src/core/types';
import { parseFeed } from '../../../src/feed/parse';
import { startFixturePortal, type FixturePortal } from './fixture-portal';

describe('the bridge’s JSON Feed read back by parseFeed', () => {
  let portal: FixturePortal;
  let written: JsonFeed;
  let parsed: ParsedFeed;
  const byPath = (path: string): FeedArticle =>
    parsed.articles.find((a) => a.url === `${portal.url}${path}`)!;

  beforeAll(async () => {
    portal = await startFixturePortal();
    const config = await loadPortalConfig();
    const run = await runBridge({
      config,
      portalUrl: portal.url,
      cache: createEmptyCache(),
      minIntervalMs: 1,
    });
    written = run.feed;
    parsed = parseFeed(new TextEncoder().encode(run.json), {
      url: 'https://news.example.org/api/feed',
      contentType: 'application/feed+json',
    });
  });

  afterAll(() => portal.close());

  it('gives every item back as an article, nothing skipped, in the written order', () => {
    expect(parsed.format).toBe('jsonfeed');
    expect(parsed.skipped).toBe(0);
    expect(parsed.title).toBe('Новини Чернігівської міської ради');
    expect(parsed.homeUrl).toBe(`${portal.url}/`);
    expect(parsed.articles.map((a) => a.id)).toEqual(written.items.map((i) => i.id));
  });

  it('keeps the canonical page as id and url, absolute', () => {
    for (const article of parsed.articles) {
      expect(article.id).toBe(article.url);
      expect(article.url.startsWith(`${portal.url}/news/`)).toBe(true);
    }
  });

  it('turns the Kyiv dates into the same instants in UTC', () => {
    expect(byPath('/news/id-61237/').published).toBe('2026-03-29T07:15:00.000Z');
    expect(byPath('/news/id-61244/').published).toBe('2026-03-28T09:40:00.000Z');
    expect(byPath('/news/id-41720/').published).toBe('2018-03-29T21:00:00.000Z');
  });

  it('gives the lead photo with alt text from the caption or the title', () => {
    const seed = byPath('/news/id-41720/');
    expect(seed.image).toEqual({
      url: `${portal.url}/storage/images/18/03/30/14/5d41402abc4b2a76b9719d911017c592-medium66.jpg`,
      alt: 'Активісти «Нашого краю» вчилися контактування з виборцями',
    });
    const gallery = byPath('/news/id-61237/');
    expect(gallery.image!.alt).toBe(`${gallery.title} — Фото № 1`);
    expect(gallery.contentHtml).toContain('alt="Волонтери висаджують липи"');
    expect(byPath('/news/view/8415').image!.alt).toBe('Святковий Чернігів');
    expect(byPath('/news/id-61248/').image).toBeNull();
  });

  it('links every decision in the body, absolute', () => {
    const { contentHtml } = byPath('/news/id-61244/');
    for (const file of [
      'rishennya-41-VIII-1.pdf',
      'rishennya-41-VIII-2.PDF',
      'dodatok-do-rishennya.docx',
    ]) {
      expect(contentHtml).toContain(`href="${portal.url}/storage/files/26/03/28/${file}"`);
    }
  });

  it('lists the page’s documents as the article’s attachments, typed and sized', () => {
    const files = `${portal.url}/storage/files/26/03/28`;
    expect(byPath('/news/id-61244/').attachments).toEqual([
      {
        url: `${files}/rishennya-41-VIII-1.pdf`,
        title: 'Рішення № 41/VIII-1 від 28.03.2026',
        mimeType: 'application/pdf',
        sizeBytes: 412 * 1024,
      },
      {
        url: `${files}/rishennya-41-VIII-2.PDF`,
        title: 'Рішення № 41/VIII-2 від 28.03.2026',
        mimeType: 'application/pdf',
        sizeBytes: Math.round(1.2 * 1024 * 1024),
      },
      {
        url: `${files}/dodatok-do-rishennya.docx`,
        title: 'Додаток до рішення № 41/VIII-1',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        sizeBytes: null,
      },
    ]);
    expect(byPath('/news/id-41720/').attachments).toBeNull();
  });

  it('finds the announcement’s event, in Kyiv, with its place', () => {
    expect(byPath('/news/id-61248/').event).toEqual({
      startDate: '2026-04-02',
      startTime: '10:00',
      endDate: null,
      endTime: null,
      place: 'вул. Магістратська, 7',
      when: '2 квітня, 10:00',
    });
  });

  it('keeps sections as categories and the signature as author', () => {
    expect(byPath('/news/id-61250/').categories).toEqual(['Новини', 'Анонси та оголошення']);
    expect(byPath('/news/id-61248/').categories).toEqual(['Анонси та оголошення']);
    expect(byPath('/news/id-41720/').author).toBe('Прес-служба обласної організації ПП «Наш край»');
  });

  it('keeps the body of the seed article without the page chrome', () => {
    const seed = byPath('/news/id-41720/');
    expect(seed.title).toBe('Активісти «Нашого краю» вчилися контактування з виборцями');
    expect(seed.contentHtml).toContain('Учасники заходу дуже позитивно оцінили його проведення.');
    expect(seed.contentHtml).not.toContain('Знайти');
    expect(seed.summary).toBe(
      'У Чернігові для активістів політичної партії «Наш край» пройшов тренінг.',
    );
  });
});
