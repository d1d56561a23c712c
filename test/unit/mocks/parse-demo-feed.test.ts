import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { control, DEMO_ORIGIN, server } from '../../../mocks/node';
import { FeedParseError, parseFeed } from '../../../src/feed/parse';

const FEED = `${DEMO_ORIGIN}/api/feed`;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  control.reset();
});
afterAll(() => server.close());

async function fetchAndParse() {
  const response = await fetch(FEED);
  const contentType = response.headers.get('content-type') ?? undefined;
  return parseFeed(await response.arrayBuffer(), { url: FEED, contentType });
}

describe('the demo feed through parseFeed', () => {
  it('gives at least 46 articles with categories, most of them with an image', async () => {
    const feed = await fetchAndParse();
    expect(feed.format).toBe('rss2');
    expect(feed.skipped).toBe(0);
    expect(feed.articles.length).toBeGreaterThanOrEqual(46);
    for (const article of feed.articles) {
      expect(article.categories).toHaveLength(1);
      expect(article.url).toBe(`${DEMO_ORIGIN}/demo-portal/news/${article.id}`);
    }
    const withImage = feed.articles.filter((a) => a.image);
    expect(withImage.length / feed.articles.length).toBeGreaterThan(0.7);
    for (const { image } of withImage) {
      expect(image!.url).toMatch(new RegExp(`^${DEMO_ORIGIN}/demo-media/.+\\.jpg$`));
      expect(image!.alt).not.toBe('');
    }
  });

  it('keeps the seed article and the night-time dates exact in UTC', async () => {
    const { articles } = await fetchAndParse();
    const byId = new Map(articles.map((a) => [a.id, a]));
    expect(byId.get('demo-0049')).toMatchObject({
      title: 'Активісти «Нашого краю» вчилися контактування з виборцями',
      published: '2018-03-30T11:25:00.000Z',
      author: 'Прес-служба обласної організації ПП «Наш край»',
    });
    expect(byId.get('demo-0023')?.published).toBe('2026-11-11T22:30:00.000Z');
    expect(byId.get('demo-0022')?.published).toBe('2026-10-25T00:30:00.000Z');
    expect(byId.get('demo-0048')?.published).toBe('2026-10-25T01:30:00.000Z');
  });

  it('lists the session’s decision PDF among the attachments of the articles that publish it', async () => {
    const { articles } = await fetchAndParse();
    const decision = {
      url: `${DEMO_ORIGIN}/demo-media/rishennia-41-viii-1.pdf`,
      title: 'Рішення № 41/VIII-1 від 20.11.2026',
      mimeType: 'application/pdf',
      sizeBytes: 30211,
    };
    const withDecision = articles.filter((a) => a.attachments?.some((f) => f.url === decision.url));
    expect(withDecision.map((a) => a.id).sort()).toEqual(['demo-0001', 'demo-0019']);
    expect(withDecision[0]!.attachments).toEqual([decision]);
    expect(articles.find((a) => a.id === 'demo-0014')?.attachments?.[0]?.mimeType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
  });

  it('finds the event of most announcements and of no report', async () => {
    const { articles } = await fetchAndParse();
    const announcements = articles.filter((a) => a.categories[0] === 'Анонси та оголошення');
    const withEvent = announcements.filter((a) => a.event !== null).map((a) => a.id);
    expect(withEvent.sort()).toEqual(
      ['demo-0003', 'demo-0013', 'demo-0034', 'demo-0035', 'demo-0038', 'demo-0043'].sort(),
    );
    expect(articles.find((a) => a.id === 'demo-0013')?.event).toEqual({
      startDate: '2026-11-20',
      startTime: '10:00',
      endDate: null,
      endTime: null,
      place: 'вул. Магістратській, 7',
      when: '20 листопада, 10:00',
    });
    expect(articles.find((a) => a.id === 'demo-0001')?.event).toBeNull();
  });

  it('still reads the feed when it comes labelled text/html', async () => {
    control.setFault('wrong-content-type');
    expect((await fetchAndParse()).articles.length).toBeGreaterThanOrEqual(46);
  });

  it('skips every item of the all-items-broken feed and counts them', async () => {
    control.setFault('all-items-broken');
    const feed = await fetchAndParse();
    expect(feed.articles).toEqual([]);
    expect(feed.skipped).toBeGreaterThanOrEqual(46);
  });

  it('rejects the captive portal page and the empty body as not a feed', async () => {
    for (const kind of ['captive-portal', 'empty'] as const) {
      control.setFault(kind);
      await expect(fetchAndParse()).rejects.toThrow(FeedParseError);
    }
  });
});
