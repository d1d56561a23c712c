import { getArticleKey } from '../../core/ids';
import { DEFAULT_KEEP_UNSAVED } from '../../core/keep-limit';
import { getSectionSlug } from '../../core/section-slug';
import type { Article, FeedArticle, ParsedFeed } from '../../core/types';
import { normalizeFeedArticle } from '../../core/normalize-article';

/** A chip of the list: a feed category with its address and counts, as the app lists them. */
export interface SiteSection {
  name: string;
  slug: string;
  count: number;
  unread: number;
}

/** The feed as a first visitor's app would hold it once stored: what the pages are made of. */
export interface SiteData {
  feedTitle: string;
  homeUrl: string | null;
  /** Newest first, as the app's list orders them. */
  articles: Article[];
  byKey: Map<string, Article>;
  sections: { sections: SiteSection[]; totalUnread: number };
}

/**
 * The articles of a parsed feed as the app stores them (normalised, keyed, the newest
 * DEFAULT_KEEP_UNSAVED kept, unread), ordered as its list is, with its sections: a rendered page
 * then shows what the app will show once it has read the same feed. `rebase` rewrites the
 * addresses in the articles (the demo's feed names a stand-in origin for the client's own).
 */
export function toSiteData(
  feed: ParsedFeed,
  feedUrl: string,
  firstSeen: string,
  rebase: ((url: string) => string) | null = null,
): SiteData {
  const articles = feed.articles
    .map((item) => {
      const content = normalizeFeedArticle(rebase ? rebaseArticle(item, rebase) : item);
      const article: Article = {
        ...content,
        key: getArticleKey(content.id),
        feedUrl,
        firstSeen,
        read: false,
        saved: false,
        savedAt: null,
      };
      return { article, date: content.published ?? content.updated ?? firstSeen };
    })
    // The app's index orders by date, then key, newest first.
    .sort((a, b) =>
      a.date === b.date ? compare(b.article.key, a.article.key) : compare(b.date, a.date),
    )
    .slice(0, DEFAULT_KEEP_UNSAVED)
    .map(({ article }) => article);
  return {
    feedTitle: feed.title,
    homeUrl: feed.homeUrl && rebase ? rebase(feed.homeUrl) : feed.homeUrl,
    articles,
    byKey: new Map(articles.map((article) => [article.key, article])),
    sections: listSections(articles),
  };
}

/** The article with its addresses moved (the demo's feed names a stand-in origin). */
function rebaseArticle(article: FeedArticle, rebase: (url: string) => string): FeedArticle {
  return {
    ...article,
    url: rebase(article.url),
    contentHtml: rebase(article.contentHtml),
    image: article.image && { ...article.image, url: rebase(article.image.url) },
    attachments:
      article.attachments &&
      article.attachments.map((attachment) => ({ ...attachment, url: rebase(attachment.url) })),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Most used first, then by name; two names with one slug keep the more used (as the app does). */
function listSections(articles: Article[]): SiteData['sections'] {
  const counts = new Map<string, number>();
  for (const article of articles) {
    for (const name of article.categories) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const seen = new Set<string>();
  const sections = [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'uk'))
    .flatMap(({ name, count }) => {
      const slug = getSectionSlug(name);
      if (seen.has(slug)) return [];
      seen.add(slug);
      return [{ name, slug, count, unread: count }];
    });
  return { sections, totalUnread: articles.length };
}
