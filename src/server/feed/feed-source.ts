import { parseFeed, type FeedFormat, type ParsedFeed } from '../../feed/parse';
import { createEtag } from '../http/conditional-request';
import { toFeedFailure, type FeedFailure } from './feed-failure';

/** What one load of the upstream produced: a body, or word that the kept one is current. */
export type FeedLoad =
  | { status: 200; bytes: Uint8Array; contentType: string | null; validators: Validators }
  | { status: 304 };

/** Upstream validators, sent back on the next load so an unchanged feed costs a 304. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

/** The feed as the server serves it: the upstream's bytes, checked to be a feed, with our validators. */
export interface FeedSnapshot {
  body: Buffer;
  /** Set by the server from the parsed format, never passed through from the upstream. */
  contentType: string;
  etag: string;
  lastModified: string;
  feed: ParsedFeed;
  /** When the upstream last confirmed this body (a 200 or a 304), epoch ms. */
  checkedAt: number;
}

/** How the feed has fared, for /healthz and the logs. */
export interface FeedHealth {
  /** Seconds since the upstream last confirmed the served feed; null before the first one. */
  ageSeconds: number | null;
  items: number | null;
  lastError: string | null;
}

/** One line of the refresh log: what was asked of the upstream and what came back. */
export interface FeedRefreshEntry {
  status: number | 'error';
  bytes: number;
  items: number | null;
  durationMs: number;
  error?: string;
}

/** The server's one copy of the feed, shared by /api/feed, rendered pages and push. */
export interface FeedSource {
  /** The served feed, refreshed in the background when older than maxAgeMs; waits only for the first. */
  getFeed(): Promise<FeedSnapshot>;
  /** Asks the upstream now, unless a request is in flight or the upstream asked us to wait. */
  refresh(): Promise<void>;
  getHealth(): FeedHealth;
  /** Called with each new feed (not for a 304 or an identical body) and the one it replaced. */
  onChange(listener: (next: FeedSnapshot, previous: FeedSnapshot | null) => void): () => void;
  /** Refreshes every checkEveryMs (± 10 %) until close(). */
  start(): void;
  close(): void;
}

/** Where the feed comes from and how often to ask. */
export interface FeedSourceOptions {
  /** One request to the upstream (HTTP or a portal crawl); throws on failure. */
  load: (previous: Validators | null, signal: AbortSignal) => Promise<FeedLoad>;
  /** Base for the feed's relative links. */
  url: string;
  maxAgeMs: number;
  checkEveryMs: number;
  now?: () => number;
  random?: () => number;
  log?: (entry: FeedRefreshEntry) => void;
}

/** The served feed is not available: no good copy yet, and the upstream failed. */
export class FeedUnavailableError extends Error {
  override name = 'FeedUnavailableError';

  constructor(readonly failure: FeedFailure) {
    super(failure.message);
  }
}

const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss2: 'application/rss+xml',
  rss1: 'application/rdf+xml',
  atom: 'application/atom+xml',
  jsonfeed: 'application/feed+json',
};
const FIRST_BACKOFF_MS = 15_000;

/**
 * Keeps one copy of the feed: at most one upstream request at a time however many clients ask,
 * a copy younger than maxAgeMs answers everyone, an older one answers at once while a refresh
 * runs, a failure never replaces a good copy, and a failing upstream is asked again only after a
 * growing pause (or its Retry-After).
 */
export function createFeedSource(options: FeedSourceOptions): FeedSource {
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const log = options.log ?? (() => {});
  const listeners = new Set<(next: FeedSnapshot, previous: FeedSnapshot | null) => void>();
  const closed = new AbortController();
  let snapshot: FeedSnapshot | null = null;
  let validators: Validators | null = null;
  let running: Promise<void> | null = null;
  let lastFailure: FeedFailure | null = null;
  let failures = 0;
  let notBefore = -Infinity;
  let timer: NodeJS.Timeout | undefined;

  const accept = (load: Extract<FeedLoad, { status: 200 }>): FeedSnapshot => {
    const contentType = load.contentType ?? undefined;
    const feed = parseFeed(load.bytes, { url: options.url, contentType });
    const body = Buffer.from(load.bytes.buffer, load.bytes.byteOffset, load.bytes.byteLength);
    const etag = createEtag(body);
    if (snapshot?.etag === etag) return { ...snapshot, checkedAt: now() };
    return {
      body,
      contentType: withCharset(CONTENT_TYPES[feed.format], contentType),
      etag,
      lastModified: load.validators.lastModified ?? new Date(now()).toUTCString(),
      feed,
      checkedAt: now(),
    };
  };

  const runRefresh = async (): Promise<void> => {
    const started = now();
    try {
      const load = await options.load(snapshot ? validators : null, closed.signal);
      const previous = snapshot;
      if (load.status === 304 && snapshot) snapshot = { ...snapshot, checkedAt: now() };
      else if (load.status === 200) {
        snapshot = accept(load);
        validators = load.validators;
      }
      lastFailure = null;
      failures = 0;
      log({
        status: load.status,
        bytes: load.status === 200 ? load.bytes.byteLength : 0,
        items: snapshot?.feed.articles.length ?? null,
        durationMs: now() - started,
      });
      if (snapshot && snapshot.etag !== previous?.etag) {
        for (const listener of listeners) listener(snapshot, previous);
      }
    } catch (error) {
      lastFailure = toFeedFailure(error, options.url, now());
      failures++;
      const backoff = Math.min(FIRST_BACKOFF_MS * 2 ** (failures - 1), options.checkEveryMs);
      notBefore = Math.max(now() + backoff, lastFailure.retryAt ?? -Infinity);
      log({
        status: 'error',
        bytes: 0,
        items: snapshot?.feed.articles.length ?? null,
        durationMs: now() - started,
        error: lastFailure.message,
      });
    }
  };

  const refresh = (): Promise<void> => {
    if (running) return running;
    if (now() < notBefore || closed.signal.aborted) return Promise.resolve();
    running = runRefresh().finally(() => {
      running = null;
    });
    return running;
  };

  const getFeed = async (): Promise<FeedSnapshot> => {
    if (snapshot) {
      if (now() - snapshot.checkedAt >= options.maxAgeMs) void refresh();
      return snapshot;
    }
    await refresh();
    if (snapshot) return snapshot;
    throw new FeedUnavailableError(
      lastFailure ?? toFeedFailure(new Error('no feed yet'), options.url, now()),
    );
  };

  const schedule = () => {
    const jitter = 1 + (random() * 2 - 1) * 0.1;
    timer = setTimeout(() => {
      void refresh().finally(schedule);
    }, options.checkEveryMs * jitter);
    timer.unref();
  };

  return {
    getFeed,
    refresh,
    getHealth: () => ({
      ageSeconds: snapshot ? Math.round((now() - snapshot.checkedAt) / 1000) : null,
      items: snapshot?.feed.articles.length ?? null,
      lastError: lastFailure?.message ?? null,
    }),
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start: () => {
      void refresh();
      schedule();
    },
    close: () => {
      clearTimeout(timer);
      closed.abort();
    },
  };
}

// Only a plain charset name goes on, as the content type outranks the XML declaration when
// clients decode (RFC 7303 §3); nothing else of the upstream's header reaches them.
function withCharset(type: string, upstream: string | undefined): string {
  const declared = /;\s*charset\s*=\s*"?([A-Za-z0-9._-]{1,40})"?/i.exec(upstream ?? '')?.[1];
  const charset = declared ?? (type === 'application/feed+json' ? 'utf-8' : null);
  return charset ? `${type}; charset=${charset.toLowerCase()}` : type;
}
