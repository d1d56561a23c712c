import type { ServerResponse, IncomingMessage } from 'node:http';
import {
  createEtag,
  isFeedRequest,
  isNotModified,
  sendTextError,
  type FeedMiddleware,
} from './feed-http';

/** How the bridged feed is kept fresh. */
export interface PortalFeedOptions {
  /** One crawl of the portal, resolving to the JSON Feed text. */
  crawl: () => Promise<string>;
  /** Least time between two crawls after a success. */
  refreshMs?: number;
  /** Least time between two crawls after a failure. */
  retryMs?: number;
  now?: () => number;
  log?: (line: string) => void;
}

/** The served feed and a way to start a crawl when one is due. */
export interface PortalFeed {
  middleware: FeedMiddleware;
  /** Starts a crawl unless one runs or the last one is too recent; resolves when it ends. */
  refresh(): Promise<void>;
}

interface ServedFeed {
  body: Buffer;
  etag: string;
  lastModified: string;
}

const FIVE_MINUTES = 5 * 60_000;

/**
 * Serves the bridge's JSON Feed at /api/feed: the first request waits for the first crawl, later
 * ones get the last good feed at once while a due crawl runs in the background (at most one every
 * refreshMs), and a failed crawl never replaces a good feed.
 */
export function createPortalFeed(options: PortalFeedOptions): PortalFeed {
  const {
    crawl,
    refreshMs = FIVE_MINUTES,
    retryMs = 60_000,
    now = Date.now,
    log = () => {},
  } = options;
  let served: ServedFeed | null = null;
  let running: Promise<void> | null = null;
  let lastAttempt = -Infinity;
  let lastError: string | null = null;

  const refresh = (): Promise<void> => {
    const wait = lastError === null ? refreshMs : retryMs;
    if (running || now() - lastAttempt < wait) return running ?? Promise.resolve();
    lastAttempt = now();
    running = crawl()
      .then((json) => {
        const body = Buffer.from(json);
        const etag = createEtag(body);
        if (served?.etag !== etag)
          served = { body, etag, lastModified: new Date(now()).toUTCString() };
        lastError = null;
      })
      .catch((error: unknown) => {
        lastError = error instanceof Error ? error.message : String(error);
        log(`crawl failed${served ? ', still serving the last good feed' : ''}: ${lastError}`);
      })
      .finally(() => {
        running = null;
      });
    return running;
  };

  const middleware: FeedMiddleware = (req, res, next) => {
    if (!isFeedRequest(req)) return next();
    const pending = refresh();
    (served ? Promise.resolve() : pending).then(() => {
      if (served) sendFeed(req, res, served);
      else sendTextError(res, 502, `Bad gateway: the portal could not be bridged (${lastError})`);
    }, next);
  };
  return { middleware, refresh };
}

function sendFeed(req: IncomingMessage, res: ServerResponse, feed: ServedFeed): void {
  res.setHeader('etag', feed.etag);
  res.setHeader('last-modified', feed.lastModified);
  // Clients revalidate every time; a 304 costs a few bytes and the portal nothing.
  res.setHeader('cache-control', 'no-cache');
  if (isNotModified(req, feed.etag, feed.lastModified)) {
    res.statusCode = 304;
    res.end();
    return;
  }
  res.statusCode = 200;
  res.setHeader('content-type', 'application/feed+json; charset=utf-8');
  res.setHeader('content-length', feed.body.byteLength);
  res.end(req.method === 'HEAD' ? undefined : feed.body);
}
