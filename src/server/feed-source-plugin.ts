import type { Plugin, PreviewServer, ViteDevServer } from 'vite';
import type { FeedMiddleware } from './feed-http';
import { createFeedProxy } from './feed-proxy';
import { createPortalFeed } from './portal-feed';
import { createPortalCrawler } from './portal-crawler';

/** Where /api/feed comes from: the demo backend, a real feed (FEED_URL) or the bridged portal. */
export type FeedSourceMode = 'demo' | 'feed-url' | 'portal';

type Env = Record<string, string | undefined>;

/** The feed source the environment asks for; FEED_URL wins over PORTAL_URL. */
export function getFeedSourceMode(env: Env = process.env): FeedSourceMode {
  if (env.FEED_URL) return 'feed-url';
  if (env.PORTAL_URL) return 'portal';
  return 'demo';
}

/** The origins article photos come from, for the CSP's img-src (none beyond 'self' in the demo). */
export function getFeedImageOrigins(env: Env = process.env): string[] {
  switch (getFeedSourceMode(env)) {
    case 'feed-url':
      return [getHttpUrl('FEED_URL', env.FEED_URL).origin];
    case 'portal':
      return [getHttpUrl('PORTAL_URL', env.PORTAL_URL).origin];
    case 'demo':
      return [];
  }
}

/**
 * Serves /api/feed in `vite` and `vite preview` from FEED_URL (proxied) or PORTAL_URL (bridged,
 * crawled at most every 5 minutes); with neither set it does nothing and the demo backend answers.
 * PORTAL_CONFIG names another city's portal configuration file, PORTAL_CACHE the cache file.
 */
export function feedSourcePlugin(env: Env = process.env): Plugin {
  const mode = getFeedSourceMode(env);
  let middleware: FeedMiddleware | null = null;
  const install = (server: ViteDevServer | PreviewServer) => {
    if (mode === 'demo') return;
    // Vite restarts the dev server when its config's files change: the old crawl must stop, so
    // that two crawlers never read the portal at once.
    const closed = new AbortController();
    server.httpServer?.once('close', () => closed.abort());
    const log = (line: string) => server.config.logger.info(`[feed] ${line}`);
    middleware ??= createMiddleware(mode, env, log, closed.signal);
    server.middlewares.use(middleware);
  };
  return { name: 'vistky:feed-source', configureServer: install, configurePreviewServer: install };
}

function createMiddleware(
  mode: Exclude<FeedSourceMode, 'demo'>,
  env: Env,
  log: (line: string) => void,
  signal: AbortSignal,
): FeedMiddleware {
  if (mode === 'feed-url') {
    const upstream = getHttpUrl('FEED_URL', env.FEED_URL).href;
    if (env.PORTAL_URL) log('FEED_URL and PORTAL_URL are both set; FEED_URL wins');
    log(`/api/feed proxies ${upstream}`);
    return createFeedProxy(upstream);
  }
  const portalUrl = getHttpUrl('PORTAL_URL', env.PORTAL_URL).href;
  const crawl = createPortalCrawler({
    portalUrl,
    configPath: env.PORTAL_CONFIG,
    cachePath: env.PORTAL_CACHE,
    signal,
    log,
  });
  const feed = createPortalFeed({ crawl, log });
  log(`/api/feed bridges ${portalUrl}; first crawl started`);
  // Crawling at start-up means the first reader rarely waits for the whole crawl.
  void feed.refresh();
  return feed.middleware;
}

function getHttpUrl(name: string, value: string | undefined): URL {
  try {
    const url = new URL(value ?? '');
    if (url.protocol === 'http:' || url.protocol === 'https:') return url;
  } catch {
    // Reported below with the variable's name.
  }
  throw new Error(`${name} must be an absolute http(s) URL, not "${value}"`);
}
