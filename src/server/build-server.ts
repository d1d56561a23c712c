import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { Agent } from 'node:https';
import { constants as zlib } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, {
  LogController,
  type FastifyInstance,
  type FastifyPluginAsync,
  type FastifyServerOptions,
} from 'fastify';
import { DEFAULT_FEED_PATH } from '../core/feed-path';
import { IMAGE_RENDITIONS_META } from '../core/image-renditions';
import type { ServerConfig } from './config';
import { documentsPlugin } from './documents/documents-plugin';
import { createFeedSource, type FeedSource } from './feed/feed-source';
import { listFeedImageOrigins } from './feed/image-origins';
import { createPortalLoad } from './feed/portal-load';
import { createUpstreamLoad } from './feed/upstream-feed';
import { imagesPlugin } from './images/images-plugin';
import { createPortalCrawler } from './portal-crawler';
import { pushPlugin } from './push/push-plugin';
import { registerErrorPages } from './plugins/error-pages';
import { hostCheck } from './plugins/host-check';
import { requestLog } from './plugins/request-log';
import { securityHeaders } from './plugins/security-headers';
import { registerMethodNotAllowed, registerStaticFiles } from './plugins/static-files';
import { createPageMaker } from './pages/page-maker';
import { registerAppRoutes } from './routes/app-shell-route';
import { registerFeedRoute } from './routes/feed-route';
import { registerHealthRoute } from './routes/health-route';

/** What the server takes besides its configuration: the demo backend, and test seams. */
export interface ServerDeps {
  /**
   * The embedded demo backend (mocks/), registered in demo mode; src never imports it. Its
   * `fetch` answers in-process, for the push sender to watch the demo feed.
   */
  demoBackend?: FastifyPluginAsync & { fetch?: typeof fetch };
  /** The transport to FEED_URL; tests pass their own. */
  fetch?: typeof fetch;
  /** The clock of the feed's cache, in epoch ms; tests pass their own. */
  now?: () => number;
  logger?: FastifyServerOptions['logger'];
  /** How long a client may take to send its headers and its whole request. */
  timeouts?: { headersMs: number; requestMs: number };
  /** Requests per minute per client on the JSON endpoints and the 404 page. */
  rateLimitPerMinute?: number;
  /** Only the API and the demo backend, for Vite's dev server, which serves the app itself. */
  apiOnly?: boolean;
  /** The transport to the push services; tests pass one that trusts their own. */
  pushAgent?: Agent;
}

const DEFAULT_TIMEOUTS = { headersMs: 10_000, requestMs: 30_000 };
// Any name will do: the demo's handlers answer every origin in-process. Pages made from it name
// the address a client used instead (see pages/page-maker.ts).
export const DEMO_FEED_URL = new URL('http://demo.localhost/api/feed');
// Names the app to the feed's operators, and nothing about the clients it serves.
const USER_AGENT = 'Vistky/1.0 (city news reader; one request for all its readers)';

/**
 * Builds the production server without listening: third-party plugins first (headers, compression,
 * rate limits, static files), then the feed source, then routes. Close it to stop the feed refresh.
 */
export async function buildServer(
  config: ServerConfig,
  deps: ServerDeps = {},
): Promise<FastifyInstance> {
  const timeouts = deps.timeouts ?? DEFAULT_TIMEOUTS;
  const tls = config.tls && {
    cert: await readFile(config.tls.certFile),
    key: await readFile(config.tls.keyFile),
  };
  const app = Fastify({
    logger: deps.logger ?? { level: config.logLevel },
    // One line per request, written by the request-log plugin instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: config.trustProxy,
    // Small by default: no route takes more than a few kilobytes of JSON.
    bodyLimit: 16 * 1024,
    requestTimeout: timeouts.requestMs,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    // Node checks these timeouts on an interval (30 s by default): a slow client would hold a
    // socket for that long past its deadline.
    serverFactory: (handler) => {
      const options = {
        headersTimeout: timeouts.headersMs,
        requestTimeout: timeouts.requestMs,
        connectionsCheckingInterval: Math.min(1000, timeouts.headersMs),
      };
      if (!tls) return createServer(options, handler);
      return createHttpsServer({ ...options, ...tls }, handler);
    },
  });

  const source = createSource(config, deps, app);
  const configuredOrigins = [config.feedUrl, config.portalUrl]
    .filter((url): url is URL => url !== null)
    .map((url) => url.origin)
    .concat(config.imageOrigins);
  let imageOrigins = configuredOrigins;
  source?.onChange((snapshot) => {
    imageOrigins = [...new Set([...configuredOrigins, ...listFeedImageOrigins(snapshot.feed)])];
  });

  await app.register(hostCheck);
  await app.register(requestLog);
  await app.register(securityHeaders, { getImageOrigins: () => imageOrigins });
  await app.register(fastifyCompress, {
    encodings: ['br', 'gzip'],
    // Quick brotli for what is compressed per request; the big bodies come precompressed.
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } },
  });
  await app.register(fastifyRateLimit, { global: false });
  registerErrorPages(
    app,
    app.rateLimit({ max: deps.rateLimitPerMinute ?? 120, timeWindow: '1 minute' }),
  );
  if (!deps.apiOnly) {
    await registerStaticFiles(app, config.distDir);
    registerMethodNotAllowed(app);
  }

  if (config.mode !== 'demo' && source) registerFeedRoute(app, source);
  else if (deps.demoBackend) await app.register(deps.demoBackend);
  registerHealthRoute(app, config.mode, source);
  await app.register(pushPlugin, { config, feed: source, agent: deps.pushAgent, now: deps.now });
  await app.register(imagesPlugin, {
    source,
    cache: config.imageCache,
    getImageOrigins: () => imageOrigins,
    ownFeedOrigin: config.mode === 'demo' ? DEMO_FEED_URL.origin : null,
    fetch: deps.demoBackend?.fetch ?? deps.fetch,
    now: deps.now,
  });
  await app.register(documentsPlugin, {
    source,
    cache: config.documentCache,
    origins: configuredOrigins,
    ownFeedOrigin: config.mode === 'demo' ? DEMO_FEED_URL.origin : null,
    fetch: deps.demoBackend?.fetch ?? deps.fetch,
    now: deps.now,
  });
  if (!deps.apiOnly) {
    const makePage =
      source &&
      (await createPageMaker({
        source,
        ssrDir: config.ssrDir,
        siteUrl: config.siteUrl,
        portalOrigins: config.portalUrl ? [config.portalUrl.origin] : [],
        standInOrigin: config.mode === 'demo' ? DEMO_FEED_URL.origin : null,
        log: app.log,
      }));
    // Where the server has a feed it makes its photos' renditions (images-plugin) and serves its
    // documents (documents-plugin): the app then asks this origin for both.
    await registerAppRoutes(app, config.distDir, makePage, source ? IMAGE_RENDITIONS_META : '');
  }

  app.addHook('onReady', async () => source?.start());
  app.addHook('onClose', async () => source?.close());
  return app;
}

function createSource(
  config: ServerConfig,
  deps: ServerDeps,
  app: FastifyInstance,
): FeedSource | null {
  const log = (entry: object) => app.log.info({ source: config.mode, ...entry }, 'feed refresh');
  if (config.feedUrl) {
    return createFeedSource({
      load: createUpstreamLoad({
        feedUrl: config.feedUrl,
        userAgent: USER_AGENT,
        fetch: deps.fetch,
      }),
      url: config.feedUrl.href,
      maxAgeMs: config.feedCacheSeconds * 1000,
      checkEveryMs: config.feedCheckSeconds * 1000,
      now: deps.now,
      log,
    });
  }
  if (config.portalUrl) {
    const closed = new AbortController();
    app.addHook('onClose', async () => closed.abort());
    const crawl = createPortalCrawler({
      portalUrl: config.portalUrl.href,
      configPath: config.portalConfigPath,
      cachePath: config.portalCachePath,
      signal: closed.signal,
      log: (line) => app.log.info({ source: 'portal' }, line),
      warn: (line) => app.log.warn({ source: 'portal' }, line),
    });
    return createFeedSource({
      load: createPortalLoad(crawl),
      url: config.portalUrl.href,
      // A crawl reads many pages politely: clients never make it run more often than the checks.
      maxAgeMs: config.feedCheckSeconds * 1000,
      checkEveryMs: config.feedCheckSeconds * 1000,
      now: deps.now,
      log,
    });
  }
  if (deps.demoBackend?.fetch) return createDemoSource(config, deps.demoBackend.fetch, app, deps);
  return null;
}

/**
 * The demo city's feed, read in-process from the demo backend, for what the server makes of a
 * feed (pages, pushes). Clients get /api/feed from the demo backend itself, faults and all. The
 * demo's feed changes when a test publishes: it is read again when clients read it (at most every
 * FEED_CACHE_SECONDS), as a proxied feed would be.
 */
function createDemoSource(
  config: ServerConfig,
  demoFetch: typeof fetch,
  app: FastifyInstance,
  deps: ServerDeps,
): FeedSource {
  const source = createFeedSource({
    load: createUpstreamLoad({ feedUrl: DEMO_FEED_URL, userAgent: USER_AGENT, fetch: demoFetch }),
    url: DEMO_FEED_URL.href,
    maxAgeMs: config.feedCacheSeconds * 1000,
    checkEveryMs: config.feedCheckSeconds * 1000,
    now: deps.now,
    log: (entry) => app.log.debug({ source: 'demo', ...entry }, 'feed refresh'),
  });
  app.addHook('onResponse', async (request) => {
    if (request.method === 'GET' && request.routeOptions.url === DEFAULT_FEED_PATH) {
      void source.getFeed().catch(() => undefined);
    }
  });
  return source;
}
