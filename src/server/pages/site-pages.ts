import { uk } from '../../core/i18n/uk';
import { ukScreens } from '../../core/i18n/uk-screens';
import { getPortalAddress } from '../../core/portal-address';
import type { ReaderPreferences } from '../../core/settings';
import type { Article } from '../../core/types';
import { fillShell } from './page-document';
import { renderHeadTags, type PageHead, type PreviewImage } from './page-head';
import type { SiteData, SiteSection } from './site-data';

/** How the resident reads, as the renderer takes it. */
interface Look {
  preferences: ReaderPreferences;
}

/** What a rendered list shows (src/ssr/render-pages.tsx takes the same). */
interface ListInput extends Look {
  articles: Article[];
  sections: SiteData['sections'];
  section: SiteSection | null;
}

/** The server's renderer: dist-ssr/render-pages.js, built from src/ssr with the app's components. */
export interface PageRenderer {
  renderListPage(input: ListInput): string;
  renderArticlePage(article: Article, sections: SiteData['sections'], look: Look): string;
  renderMissingArticlePage(input: ListInput & { sourceUrl: string | null }): string;
}

/** A page ready to send: its status and its whole HTML. */
export interface SitePage {
  status: 200 | 404;
  html: string;
}

/** What the pages need besides the feed. */
export interface SitePagesOptions {
  renderer: PageRenderer;
  /** The built index.html. */
  shell: string;
  /** The app's public origin, for canonical links and previews (no trailing slash). */
  siteUrl: string;
  /** Where a shared link's `src` may lead: the portal's origins. */
  portalOrigins: string[];
  /** The preview picture of an article with a photo (a 1200×630 rendition where there is one). */
  getPreviewImage: (article: Article) => PreviewImage;
  /** The city's own 1200×630 card, for pages without a photo. */
  cityCard: PreviewImage;
  /** The site serves sized photos (/img/): the components show them (as the app will). */
  hasRenditions: boolean;
}

// A screenful and more: the app shows the same first page of its list (ARTICLE_PAGE_SIZE).
const LIST_LENGTH = 10;

/** The list, the sections and every article of one feed, as pages (see src/ssr). */
export function createSitePages(data: SiteData, options: SitePagesOptions) {
  const { siteUrl, hasRenditions } = options;
  // What the app would know of this site: whether its server makes sized photos.
  const withSite = ({ preferences }: Look): Look => ({
    preferences: { ...preferences, imageRenditions: hasRenditions },
  });
  const renderer: PageRenderer = {
    renderListPage: (input) => options.renderer.renderListPage({ ...input, ...withSite(input) }),
    renderArticlePage: (article, sections, look) =>
      options.renderer.renderArticlePage(article, sections, withSite(look)),
    renderMissingArticlePage: (input) =>
      options.renderer.renderMissingArticlePage({ ...input, ...withSite(input) }),
  };
  const page = (
    path: string,
    status: 200 | 404,
    head: PageHead,
    app: string,
    { preferences }: Look,
  ): SitePage => ({
    status,
    html: fillShell(options.shell, { head: renderHeadTags(head), app, path, look: preferences }),
  });
  const siteHead = (title: string, path: string): PageHead => ({
    title: `${title} — ${uk.appName}`,
    description: uk.listDescription,
    canonical: `${siteUrl}${path}`,
    url: `${siteUrl}${path}`,
    type: 'website',
    image: options.cityCard,
    siteName: uk.appName,
    publisher: uk.cityCouncil,
  });
  const listOf = (section: SiteSection | null, look: Look): ListInput => ({
    ...look,
    articles: (section
      ? data.articles.filter((a) => a.categories.includes(section.name))
      : data.articles
    ).slice(0, LIST_LENGTH),
    sections: data.sections,
    section,
  });

  return {
    /** Whether the feed has this article. */
    hasArticle: (key: string): boolean => data.byKey.has(key),

    /** `/` (slug null) or `/section/<slug>`; null when no section has that slug. */
    list(slug: string | null, path: string, look: Look): SitePage | null {
      const section =
        slug === null
          ? null
          : data.sections.sections.find(
              (s) => s.slug === slug || encodeURIComponent(s.name) === slug,
            );
      if (section === undefined) return null;
      const app = renderer.renderListPage(listOf(section, look));
      return page(path, 200, siteHead(section?.name ?? uk.listHeading, path), app, look);
    },

    /** `/news/<key>`: the article, or a 404 page that still leads somewhere. */
    article(key: string, path: string, src: string | undefined, look: Look): SitePage {
      const article = data.byKey.get(key);
      if (!article) {
        const sourceUrl = getPortalAddress(src, options.portalOrigins);
        const app = renderer.renderMissingArticlePage({ ...listOf(null, look), sourceUrl });
        const head = siteHead(ukScreens.articleMissingTitle, path);
        return page(path, 404, { ...head, canonical: sourceUrl ?? `${siteUrl}/` }, app, look);
      }
      const url = `${siteUrl}/news/${article.key}`;
      const image = article.image ? options.getPreviewImage(article) : options.cityCard;
      const head: PageHead = {
        title: `${article.title} — ${uk.appName}`,
        description: article.summary || uk.listDescription,
        canonical: article.url || url,
        url,
        type: 'article',
        image,
        siteName: uk.appName,
        publisher: uk.cityCouncil,
        article: {
          headline: article.title,
          published: article.published,
          modified: article.updated,
          section: article.categories[0] ?? null,
          author: article.author,
        },
      };
      return page(path, 200, head, renderer.renderArticlePage(article, data.sections, look), look);
    },
  };
}

/** The pages of one feed. */
export type SitePages = ReturnType<typeof createSitePages>;
