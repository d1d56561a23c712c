import { formatKyivIso } from '../mocks/demo-dates';
import { renderDemoRss } from '../mocks/demo-rss';
import type { DemoArticle } from '../mocks/fixtures/demo-article';
import { DEMO_ARTICLES } from '../mocks/fixtures/articles';

// Bodies are cut to about this many characters so that 5,000 items (the parser's MAX_FEED_ITEMS)
// stay under its 10 MB MAX_FEED_BYTES; the demo's full bodies average 3 KB an item.
const BODY_CHARS = 700;

function shortenBody(html: string): string {
  const paragraphs = html.match(/<p>[\s\S]*?<\/p>/g) ?? [];
  let body = '';
  for (const paragraph of paragraphs) {
    if (body.length > 0 && body.length + paragraph.length > BODY_CHARS) break;
    body += paragraph;
  }
  return body;
}

/**
 * An RSS 2.0 feed of `count` distinct items in the demo feed's shape (title, lead, shortened
 * body, section, photo), cycling through the demo articles with ids `bench-<prefix>-N` and dates
 * one minute apart, newest first.
 */
export function generateFeed(
  count: number,
  origin: string,
  prefix: string,
  newestMs: number,
): string {
  const articles: DemoArticle[] = Array.from({ length: count }, (_, i) => {
    const source = DEMO_ARTICLES[i % DEMO_ARTICLES.length]!;
    return {
      ...source,
      id: `bench-${prefix}-${i}`,
      title: `${source.title} (${prefix}-${i})`,
      bodyHtml: shortenBody(source.bodyHtml),
      publishedAt: formatKyivIso(newestMs - i * 60_000),
      updatedAt: undefined,
    };
  });
  return renderDemoRss(articles, origin);
}
