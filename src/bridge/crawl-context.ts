import type { BridgeCache } from './bridge-cache';
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
}
