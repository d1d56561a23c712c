import { load } from 'cheerio';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('baseUrl');

// What messengers' and social networks' crawlers send: none of them runs JavaScript.
const CRAWLERS = {
  Telegram: 'TelegramBot (like TwitterBot)',
  Facebook: 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
  WhatsApp: 'WhatsApp/2.23.20.0 A',
  Viber: 'Viber/20.3.0 (Android)',
};

async function firstArticlePath(): Promise<string> {
  const $ = load(await (await fetch(`${baseUrl}/`)).text());
  return $('.news-list .card__link').first().attr('href')!;
}

describe('a shared article’s link preview', () => {
  it.each(Object.entries(CRAWLERS))(
    'is in the first HTML %s’s crawler reads',
    async (_name, ua) => {
      const path = await firstArticlePath();
      const response = await fetch(`${baseUrl}${path}?utm_source=telegram`, {
        headers: { 'user-agent': ua },
      });
      expect(response.status).toBe(200);
      const $ = load(await response.text());
      const title = $('h1.article__title').text();
      expect(title.length).toBeGreaterThan(10);
      const property = (name: string) => $(`meta[property="${name}"]`).attr('content');
      expect(property('og:type')).toBe('article');
      expect(property('og:title')).toBe(title);
      expect(property('og:url')).toBe(`${baseUrl}${path}`);
      expect(property('og:description')!.length).toBeGreaterThan(20);
      expect(property('og:site_name')).toBe('Вістки');
      expect(property('og:locale')).toBe('uk_UA');
      expect(property('og:image')).toMatch(/^http:\/\/.*\/img\/preview\/[0-9a-z]{14}\.jpg$/);
      expect(property('og:image:width')).toBe('1200');
      expect(property('og:image:height')).toBe('630');
      expect(property('og:image:alt')).toBeTruthy();
      expect($('title').text()).toBe(`${title} — Вістки`);
      expect($('meta[name="description"]').attr('content')).toBe(property('og:description'));
      expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
      expect(JSON.parse($('script[type="application/ld+json"]').text())).toMatchObject({
        '@type': 'NewsArticle',
        headline: title,
      });
    },
  );

  it('points to a picture WhatsApp shows: an image under 300 kB, at least 200×200', async () => {
    const path = await firstArticlePath();
    const $ = load(await (await fetch(`${baseUrl}${path}`)).text());
    const image = await fetch($('meta[property="og:image"]').attr('content')!, {
      headers: { 'user-agent': CRAWLERS.WhatsApp },
    });
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toMatch(/^image\//);
    const bytes = Buffer.from(await image.arrayBuffer());
    expect(bytes.byteLength).toBeLessThan(300_000);
    const { width, height } = await sharp(bytes).metadata();
    expect(width).toBeGreaterThanOrEqual(200);
    expect(height).toBeGreaterThanOrEqual(200);
  });

  it('of the list is the city’s own 1200×630 card', async () => {
    const $ = load(await (await fetch(`${baseUrl}/`)).text());
    expect($('meta[property="og:type"]').attr('content')).toBe('website');
    const url = $('meta[property="og:image"]').attr('content')!;
    expect($('meta[property="og:image:width"]').attr('content')).toBe('1200');
    const { width, height } = await sharp(
      Buffer.from(await (await fetch(url)).arrayBuffer()),
    ).metadata();
    expect([width, height]).toEqual([1200, 630]);
  });
});
