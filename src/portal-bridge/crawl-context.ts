import type { BridgeCache } from './bridge-cache';
import { MarkupError, PortalError } from './bridge-errors';
import type { FetchPage } from './polite-fetcher';
import type { PortalConfig } from './portal-config';

/** What every step of a crawl needs: the portal, its configuration, the fetcher and the cache. */
export interface CrawlContext {
  config: PortalConfig;
  /** The portal's origin; list URLs in the configuration are relative to it. */
  portalUrl: string;
  fetchPage: FetchPage;
  cache: BridgeCache;
  now: () => number;
  log: (line: string) => void;
  /** Aborts the crawl: an abort ends the run instead of failing one section after another. */
  signal?: AbortSignal;
}

/** Why a section or an article could not be read: the portal failed, or its markup changed. */
export type CrawlFailure = PortalError | MarkupError;

/**
 * The error as a failure one section or article can survive; anything else (an abort, a bug)
 * is thrown again, since the next section would meet it too.
 */
export function asCrawlFailure(error: unknown, context: CrawlContext): CrawlFailure {
  context.signal?.throwIfAborted();
  if (error instanceof PortalError || error instanceof MarkupError) return error;
  throw error;
}
