import { uk } from '../../core/i18n/uk';
import { ukScreens } from '../../core/i18n/uk-screens';
import { getRenditionPath, IMAGE_RENDITIONS_META, RENDITIONS } from '../../core/image-renditions';
import { listOrigins } from '../../core/portal-address';
import { portalLinks } from '#city/portalLinks';
import type { ParsedFeed } from '../../core/types';
import { toSiteData, type SiteData } from './site-data';
import { createSitePages, type PageRenderer, type SitePages } from './site-pages';

/** What the pages of a feed are made with besides the feed. */
export interface FeedPagesOptions {
  renderer: PageRenderer;
  /** The built index.html. */
  shell: string;
  /** The app's public origin (no trailing slash). */
  siteUrl: string;
  /** Origins a shared link's `src` may lead to besides the feed's own pages (PORTAL_URL). */
  portalOrigins: string[];
  /** When the feed was read (ISO): what the app would record as the first sight of its articles. */
  firstSeen: string;
  /** Rewrites the addresses in the articles (the demo's stand-in origin); null for none. */
  rebase: ((text: string) => string) | null;
  /** The site serves sized photos (/img/): the pages show and declare them, previews use them. */
  hasRenditions: boolean;
}

/** The city's own card (cities/<name>/public/og-card.png), for pages without a photo. */
export const CITY_CARD = { path: '/og-card.png', width: 1200, height: 630 };

/** A feed as the app would hold it, and its pages. */
export interface FeedPages {
  data: SiteData;
  pages: SitePages;
}

/**
 * The pages of a parsed feed with their link previews, made the same way for the static export
 * as for the server's own pages (page-maker.ts), so both hand messengers the same tags.
 */
export function createFeedPages(feed: ParsedFeed, options: FeedPagesOptions): FeedPages {
  const { siteUrl } = options;
  const data = toSiteData(feed, feed.homeUrl ?? '', options.firstSeen, options.rebase);
  const { hasRenditions } = options;
  const pages = createSitePages(data, {
    renderer: options.renderer,
    // The app learns from this tag that the site makes renditions and serves the feed's
    // documents (/doc/), and keeps it for later starts.
    shell:
      hasRenditions && !options.shell.includes(IMAGE_RENDITIONS_META)
        ? options.shell.replace('</head>', () => `  ${IMAGE_RENDITIONS_META}\n  </head>`)
        : options.shell,
    hasRenditions,
    siteUrl,
    portalOrigins: [
      ...options.portalOrigins,
      ...listOrigins([data.homeUrl, ...portalLinks.map((link) => link.href)]),
      ...listOrigins(data.articles.map((article) => article.url)),
    ],
    getPreviewImage: (article) => {
      const { url, alt } = article.image!;
      const preview = hasRenditions && getRenditionPath(url, 'preview', 'jpeg');
      const { width, height } = RENDITIONS.preview;
      return {
        // The 1200×630 JPEG every messenger shows, under WhatsApp's 300 kB; else the photo itself.
        ...(preview
          ? { url: `${siteUrl}${preview}`, width, height }
          : { url, width: null, height: null }),
        alt: alt || ukScreens.photoOf(article.title),
      };
    },
    cityCard: {
      url: `${siteUrl}${CITY_CARD.path}`,
      width: CITY_CARD.width,
      height: CITY_CARD.height,
      alt: `${uk.appName}: ${uk.listHeading}`,
    },
  });
  return { data, pages };
}
