import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { control, DEMO_ORIGIN, server } from '../../../mocks/node';
import { getField, readRss } from './read-rss';

const FEED = `${DEMO_ORIGIN}/api/feed`;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  control.reset();
});
afterAll(() => server.close());

describe('GET /api/feed', () => {
  it('answers well-formed RSS 2.0 with at least 46 items, newest first', async () => {
    const response = await fetch(FEED);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const { channel, items } = readRss(await response.text());
    expect(channel.language).toBe('uk');
    expect(items.length).toBeGreaterThanOrEqual(46);
    const dates = items.map((item) => Date.parse(getField(item, 'pubDate')!));
    expect(dates.every((date) => !Number.isNaN(date))).toBe(true);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('includes the seed article with its date, category, author and signature', async () => {
    const { items } = readRss(await (await fetch(FEED)).text());
    const seed = items.find((item) => getField(item, 'title')?.includes('Нашого краю'));
    expect(getField(seed!, 'title')).toBe(
      'Активісти «Нашого краю» вчилися контактування з виборцями',
    );
    expect(getField(seed!, 'pubDate')).toBe('Fri, 30 Mar 2018 14:25:00 +0300');
    expect(getField(seed!, 'category')).toBe('Новини');
    expect(getField(seed!, 'dc:creator')).toBe('Прес-служба обласної організації ПП «Наш край»');
    expect(getField(seed!, 'content:encoded')).toMatch(
      /<p>Прес-служба обласної організації ПП «Наш край»<\/p>$/,
    );
  });

  it('gives each item a guid, a portal link, a plain lead and absolute media URLs', async () => {
    const { items } = readRss(await (await fetch(FEED)).text());
    for (const item of items) {
      const id = getField(item, 'guid')!;
      expect(item.attributes.guid).toEqual({ isPermaLink: 'false' });
      expect(getField(item, 'link')).toBe(`${DEMO_ORIGIN}/demo-portal/news/${id}`);
      expect(getField(item, 'description')).not.toMatch(/[<>]/);
      expect(getField(item, 'pubDate')).toMatch(
        /^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0[23]00$/,
      );
      expect(getField(item, 'content:encoded')).not.toMatch(/(src|href)="\//);
      const media = item.attributes['media:content'];
      if (media) {
        expect(media.url).toMatch(new RegExp(`^${DEMO_ORIGIN}/demo-media/[a-z0-9-]+\\.jpg$`));
        expect(Number(media.width)).toBe(800);
        expect(getField(item, 'media:description')).toMatch(/[а-яіїєґ]/i);
      }
    }
  });

  it('answers 304 to a matching If-None-Match, weak or in a list', async () => {
    const first = await fetch(FEED);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const again = await fetch(FEED, { headers: { 'if-none-match': ifNoneMatch } });
      expect(again.status).toBe(304);
      expect(again.headers.get('etag')).toBe(etag);
      expect(await again.text()).toBe('');
    }
    const stale = await fetch(FEED, { headers: { 'if-none-match': '"stale"' } });
    expect(stale.status).toBe(200);
  });

  it('answers 304 to an If-Modified-Since not older than Last-Modified, else 200', async () => {
    const lastModified = (await fetch(FEED)).headers.get('last-modified')!;
    expect(lastModified).toBe('Thu, 26 Nov 2026 14:00:00 GMT');
    const same = await fetch(FEED, { headers: { 'if-modified-since': lastModified } });
    expect(same.status).toBe(304);
    const later = new Date(Date.parse(lastModified) + 3_600_000).toUTCString();
    expect((await fetch(FEED, { headers: { 'if-modified-since': later } })).status).toBe(304);
    const earlier = new Date(Date.parse(lastModified) - 1000).toUTCString();
    expect((await fetch(FEED, { headers: { 'if-modified-since': earlier } })).status).toBe(200);
  });

  it('puts an article published through POST /__demo/publish at the top, with a new ETag', async () => {
    const before = await fetch(FEED);
    const published = await fetch(`${DEMO_ORIGIN}/__demo/publish`, { method: 'POST' });
    const { id, title } = (await published.json()) as { id: string; title: string };
    const after = await fetch(FEED, { headers: { 'if-none-match': before.headers.get('etag')! } });
    expect(after.status).toBe(200);
    const top = readRss(await after.text()).items[0]!;
    expect(getField(top, 'guid')).toBe(id);
    expect(getField(top, 'title')).toBe(title);
  });

  it('forgets published articles on POST /__demo/reset', async () => {
    const count = async () => readRss(await (await fetch(FEED)).text()).items.length;
    const initial = await count();
    control.publish();
    expect(await count()).toBe(initial + 1);
    await fetch(`${DEMO_ORIGIN}/__demo/reset`, { method: 'POST' });
    expect(await count()).toBe(initial);
  });

  it('answers 409 once every upcoming article is out', async () => {
    while (control.publish());
    const response = await fetch(`${DEMO_ORIGIN}/__demo/publish`, { method: 'POST' });
    expect(response.status).toBe(409);
  });
});

describe('GET /demo-media/:file', () => {
  it('serves photos as JPEG and documents with their types, cacheable for a year', async () => {
    for (const [file, type] of [
      ['council-1.jpg', 'image/jpeg'],
      ['rishennia-41-viii-1.pdf', 'application/pdf'],
      [
        'zaiava-na-uchast-u-konkursi.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ],
    ]) {
      const response = await fetch(`${DEMO_ORIGIN}/demo-media/${file}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(bytes.length).toBe(Number(response.headers.get('content-length')));
    }
  });

  it('answers 404 for unknown files and for names that try to leave the folder', async () => {
    for (const file of ['nothing.jpg', 'council-1.png', '..%2Farticles.ts', '.%2E%2Fhandlers.ts']) {
      expect((await fetch(`${DEMO_ORIGIN}/demo-media/${file}`)).status).toBe(404);
    }
  });
});

describe('GET /demo-portal/news/:id', () => {
  it('shows the article as an HTML page, so «Читати на порталі» leads somewhere', async () => {
    const response = await fetch(`${DEMO_ORIGIN}/demo-portal/news/demo-0049`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const page = await response.text();
    expect(page).toContain('<h1>Активісти «Нашого краю» вчилися контактування з виборцями</h1>');
    expect(page).toContain('30 березня 2018 р.');
    const stylesheet = await fetch(`${DEMO_ORIGIN}/demo-portal/style.css`);
    expect(stylesheet.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('lists every article on the index page and answers 404 for unknown ids', async () => {
    const index = await (await fetch(`${DEMO_ORIGIN}/demo-portal/news/`)).text();
    expect(index.match(/<li>/g)?.length).toBeGreaterThanOrEqual(46);
    expect((await fetch(`${DEMO_ORIGIN}/demo-portal/news/demo-9999`)).status).toBe(404);
  });
});
