import { load, type Cheerio } from 'cheerio';
import { isTag, type AnyNode } from 'domhandler';
import { MarkupError } from './bridge-errors';
import { getCanonicalArticleUrl } from './canonical-url';
import { collapseWhitespace } from '../core/text';
import { parseUkrainianDate } from './parse-ukrainian-date';
import type { PortalConfig } from './portal-config';

/** One article as a list page announces it. */
export interface ListEntry {
  /** Canonical absolute URL of the article page. */
  url: string;
  title: string;
  /** ISO 8601 with Kyiv's offset, or null when the list shows no readable date. */
  date: string | null;
  summary: string;
}

/**
 * Reads the article entries of one list page. An empty list is a valid answer (past the last
 * page); a missing list, or items none of which yields a title and an article link, is not.
 */
export function extractListEntries(
  html: string,
  pageUrl: string,
  config: Pick<PortalConfig, 'list' | 'article'>,
): ListEntry[] {
  const { list } = config;
  const $ = load(html);
  const container = $(list.container);
  if (container.length === 0) throw MarkupError.forSelector(list.container, pageUrl);
  const items = container.find(list.item);
  const entries: ListEntry[] = [];
  let titled = 0;
  items.each((_, element) => {
    const item = $(element);
    const headline = item.find(list.title).first();
    const title = collapseWhitespace(headline.text());
    if (title) titled++;
    const url = findArticleUrl(item, headline, list.link, pageUrl, config.article.urls);
    if (!title || !url || entries.some((e) => e.url === url)) return;
    const date = parseUkrainianDate(item.find(list.date).first().text());
    const summary = collapseWhitespace(item.find(list.summary).first().text());
    entries.push({ url, title, date, summary });
  });
  if (items.length > 0 && titled === 0)
    throw MarkupError.forSelector(`${list.item} ${list.title}`, pageUrl);
  if (items.length > 0 && entries.length === 0) {
    const forms = config.article.urls.map((u) => u.match).join(', ');
    throw MarkupError.forSelector(
      `${list.item} ${list.link}`,
      pageUrl,
      `led to no article URL (${forms})`,
    );
  }
  return entries;
}

/**
 * The article an item links to: the headline's own link first (it may be the link, hold it or
 * sit inside it), then any link of the item, so an extra link (a photo, «Детальніше») in
 * another order changes nothing.
 */
function findArticleUrl(
  item: Cheerio<AnyNode>,
  headline: Cheerio<AnyNode>,
  link: string,
  pageUrl: string,
  patterns: PortalConfig['article']['urls'],
): string | null {
  const candidates = [
    ...headline.filter(link).toArray(),
    ...headline.find(link).toArray(),
    ...headline.closest(link).toArray(),
    ...item.find(link).toArray(),
  ];
  for (const candidate of candidates) {
    const href = isTag(candidate) ? candidate.attribs.href : undefined;
    const url = href ? getCanonicalArticleUrl(href, pageUrl, patterns) : null;
    if (url) return url;
  }
  return null;
}
