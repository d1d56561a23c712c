import { formatKyivIso, formatRfc822 } from './demo-dates';
import { escapeXml, wrapCdata } from './demo-xml';
import { MEDIA_PATH, PORTAL_PATH } from './fixtures/compose-body';
import type { DemoArticle } from './fixtures/demo-article';

const NAMESPACES = [
  'xmlns:content="http://purl.org/rss/1.0/modules/content/"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:media="http://search.yahoo.com/mrss/"',
  'xmlns:atom="http://www.w3.org/2005/Atom"',
].join(' ');

const CHANNEL_TITLE = 'Чернігівська міська рада — новини (демо)';
const CHANNEL_DESCRIPTION =
  'Демонстраційна стрічка новин і оголошень Чернігівської міської ради для застосунку «Вістки».';

/** The newest publication or update among the articles, in epoch ms (Last-Modified of the feed). */
export function getLastChangeMs(articles: readonly DemoArticle[]): number {
  return Math.max(0, ...articles.map((a) => Date.parse(a.updatedAt ?? a.publishedAt)));
}

/** Renders the demo feed as RSS 2.0, newest first, with every URL absolute on `origin`. */
export function renderDemoRss(articles: readonly DemoArticle[], origin: string): string {
  const newestFirst = [...articles].sort(
    (a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt),
  );
  const items = newestFirst.map((article) => renderItem(article, origin));
  return renderChannel(origin, getLastChangeMs(articles), items);
}

/** Renders a feed of the same length whose items carry nothing a reader can use. */
export function renderBrokenRss(count: number, origin: string, lastChangeMs: number): string {
  const item = '<item><title></title><description></description><pubDate>вчора</pubDate></item>';
  return renderChannel(
    origin,
    lastChangeMs,
    Array.from({ length: count }, () => item),
  );
}

function renderChannel(origin: string, lastChangeMs: number, items: string[]): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<rss version="2.0" ${NAMESPACES}>`,
    '<channel>',
    `<title>${escapeXml(CHANNEL_TITLE)}</title>`,
    `<link>${escapeXml(`${origin}${PORTAL_PATH}`)}</link>`,
    `<description>${escapeXml(CHANNEL_DESCRIPTION)}</description>`,
    '<language>uk</language>',
    `<lastBuildDate>${formatRfc822(formatKyivIso(lastChangeMs))}</lastBuildDate>`,
    `<atom:link href="${escapeXml(`${origin}/api/feed`)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}

function renderItem(article: DemoArticle, origin: string): string {
  const lines = [
    '<item>',
    `<title>${escapeXml(article.title)}</title>`,
    `<link>${escapeXml(`${origin}${PORTAL_PATH}${article.id}`)}</link>`,
    `<guid isPermaLink="false">${escapeXml(article.id)}</guid>`,
    `<pubDate>${formatRfc822(article.publishedAt)}</pubDate>`,
  ];
  if (article.updatedAt) lines.push(`<atom:updated>${article.updatedAt}</atom:updated>`);
  if (article.author) lines.push(`<dc:creator>${escapeXml(article.author)}</dc:creator>`);
  lines.push(
    `<category>${escapeXml(article.category)}</category>`,
    `<description>${escapeXml(article.lead)}</description>`,
    `<content:encoded>${wrapCdata(absolutizeDemoLinks(article.bodyHtml, origin))}</content:encoded>`,
  );
  for (const { document, title } of article.attachments ?? []) {
    const url = escapeXml(`${origin}${MEDIA_PATH}${document.file}`);
    // RSS 2.0's enclosure has no title; readers that know one (this app) name the file by it.
    lines.push(
      `<enclosure url="${url}" length="${document.bytes}" type="${document.mime}" title="${escapeXml(title)}"/>`,
    );
  }
  const lead = article.images[0];
  if (lead) {
    const url = escapeXml(`${origin}${MEDIA_PATH}${lead.file}`);
    lines.push(
      `<media:content url="${url}" type="image/jpeg" medium="image" width="${lead.width}" height="${lead.height}">`,
      `<media:description type="plain">${escapeXml(lead.alt)}</media:description>`,
      '</media:content>',
    );
  }
  lines.push('</item>');
  return lines.join('\n');
}

/** Makes the fixtures' root-relative media and portal links absolute, as a real feed would carry them. */
function absolutizeDemoLinks(html: string, origin: string): string {
  return html.replace(/(\s(?:src|href)=")(\/demo-(?:media|portal)\/)/g, `$1${origin}$2`);
}
