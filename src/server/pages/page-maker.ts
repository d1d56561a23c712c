import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import { formatPreferenceCookie, parsePreferenceCookie } from '../../core/preference-cookie';
import { DEFAULT_PREFERENCES } from '../../core/settings';
import type { FeedSnapshot, FeedSource } from '../feed/feed-source';
import { createEtag } from '../http/conditional-request';
import { compressBody } from '../http/compressed-body';
import type { PageMaker, Shell } from '../routes/app-shell-route';
import { canFillShell } from './page-document';
import { createFeedPages } from './feed-pages';
import type { PageRenderer, SitePage, SitePages } from './site-pages';

/** Where the pages come from and what they may link to. */
export interface PageMakerOptions {
  source: FeedSource;
  /** The renderer's build (dist-ssr). */
  ssrDir: string;
  /** The app's public origin; null to name the address each client used. */
  siteUrl: string | null;
  /** Origins a shared link's `src` may lead to besides the feed's own pages (PORTAL_URL). */
  portalOrigins: string[];
  /**
   * The demo's stand-in origin, replaced in its pages by the address the client used. The demo
   * answers /api/feed itself, fresh each time: its pages ask their in-process copy again first,
   * so a page never shows an older list than the app's.
   */
  standInOrigin: string | null;
  log: FastifyBaseLogger;
}

type Made = NonNullable<Awaited<ReturnType<PageMaker>>>;

// Every page of every feed version would be a lot; the pages people share are a few.
const MAX_KEPT_PAGES = 500;

/**
 * The list, sections and articles as pages, made from the server's copy of the feed with the
 * app's own components (dist-ssr), each made once per feed version and kept: a link shared to a
 * thousand phones costs one render. Null when the renderer was not built (the shell serves).
 */
export async function createPageMaker(options: PageMakerOptions): Promise<PageMaker | null> {
  const renderer = await loadRenderer(options.ssrDir, options.log);
  if (!renderer) return null;
  const kept = new Map<string, Made>();
  let sites: { key: string; pages: SitePages } | null = null;

  const getSite = (snapshot: FeedSnapshot, shell: Shell, origin: string): SitePages => {
    const key = `${snapshot.etag} ${shell.etag} ${origin}`;
    if (sites?.key === key) return sites.pages;
    const standIn = options.standInOrigin;
    const { pages } = createFeedPages(snapshot.feed, {
      renderer,
      shell: shell.text,
      siteUrl: options.siteUrl ?? origin,
      portalOrigins: options.portalOrigins,
      firstSeen: new Date(snapshot.checkedAt).toISOString(),
      rebase: standIn ? (text: string) => text.replaceAll(standIn, origin) : null,
      hasRenditions: true,
    });
    sites = { key, pages };
    return pages;
  };

  return async (request: FastifyRequest, shell: Shell) => {
    if (!canFillShell(shell.text)) return null;
    let snapshot: FeedSnapshot;
    try {
      if (options.standInOrigin) await options.source.refresh();
      snapshot = await options.source.getFeed();
    } catch {
      // No feed yet (the upstream is down at start): the shell serves, and the app explains.
      return null;
    }
    // The page speaks Ukrainian: a resident who reads in another language gets the shell, which
    // the app fills in theirs.
    const look = { ...DEFAULT_PREFERENCES, ...parsePreferenceCookie(request.headers.cookie) };
    if (look.language !== 'uk') return null;
    const origin = `${request.protocol}://${request.host}`;
    const path = request.url.split('?', 1)[0]!;
    const params = request.params as { key?: string; slug?: string };
    const query = request.query as { src?: string };
    const route = request.routeOptions.url;
    const cacheKey = `${snapshot.etag} ${shell.etag} ${origin} ${path} ${formatPreferenceCookie(look)}`;
    const cached = kept.get(cacheKey);
    if (cached) return cached;
    const pages = getSite(snapshot, shell, origin);
    // A missing article's page names the shared link's `src`: made for that request only, so
    // links with made-up sources cannot crowd the kept pages out.
    const src =
      route === '/news/:key' && !pages.hasArticle(params.key ?? '') ? query.src : undefined;
    let page: SitePage | null = null;
    const preferences = { preferences: look };
    if (route === '/') page = pages.list(null, '/', preferences);
    else if (route === '/section/:slug') page = pages.list(params.slug ?? null, path, preferences);
    else if (route === '/news/:key') page = pages.article(params.key ?? '', path, src, preferences);
    if (!page) return null;
    const made = {
      status: page.status,
      body: await compressBody(Buffer.from(page.html)),
      etag: createEtag(page.html),
    };
    if (src !== undefined) return made;
    if (kept.size >= MAX_KEPT_PAGES) kept.delete(kept.keys().next().value!);
    kept.set(cacheKey, made);
    return made;
  };
}

async function loadRenderer(ssrDir: string, log: FastifyBaseLogger): Promise<PageRenderer | null> {
  const file = join(ssrDir, 'render-pages.js');
  try {
    return (await import(/* @vite-ignore */ pathToFileURL(file).href)) as PageRenderer;
  } catch (error) {
    log.warn({ file, err: error }, 'pages are not rendered: build the renderer with npm run build');
    return null;
  }
}
