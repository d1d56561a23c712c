import { createHash } from 'node:crypto';
import { createEmptyCache } from '../../../src/portal-bridge/bridge-cache';
import type { CrawlContext } from '../../../src/portal-bridge/crawl-context';
import type { FetchPage, Validators } from '../../../src/portal-bridge/polite-fetcher';
import type { PortalConfig } from '../../../src/portal-bridge/portal-config';
import { PORTAL_ROUTES, readPortalFixture } from './fixture-portal';

/** The portal's address in crawls against the in-memory portal. */
export const PORTAL = 'https://chernigiv-rada.gov.ua';

/** An in-memory portal: fixture pages by path, content-hash ETags, every call recorded. */
export function createMemoryPortal(routes: Record<string, string> = PORTAL_ROUTES) {
  const pages = new Map(
    Object.entries(routes).map(([path, file]) => [path, readPortalFixture(file)]),
  );
  /** Paths whose next requests fail as an unreachable portal would. */
  const failing = new Map<string, Error>();
  const calls: { path: string; validators: Validators | undefined }[] = [];
  const fetchPage: FetchPage = async (url, validators) => {
    const path = url.slice(PORTAL.length);
    calls.push({ path, validators });
    const failure = failing.get(path);
    if (failure) throw failure;
    const html = pages.get(path);
    if (html === undefined) return { status: 404, url, html: null, etag: null, lastModified: null };
    const etag = `"${createHash('sha1').update(html).digest('hex')}"`;
    if (validators?.etag === etag)
      return { status: 304, url, html: null, etag, lastModified: null };
    return { status: 200, url, html, etag, lastModified: null };
  };
  return { pages, failing, calls, fetchPage };
}

/** A crawl context on a settable clock, with an empty cache and every log line kept. */
export function createCrawlContext(
  config: PortalConfig,
  fetchPage: FetchPage,
  clock = { now: Date.parse('2026-03-30T10:00:00Z') },
) {
  const lines: string[] = [];
  const context: CrawlContext = {
    config,
    portalUrl: PORTAL,
    fetchPage,
    cache: createEmptyCache(),
    now: () => clock.now,
    log: (line) => lines.push(line),
  };
  return { context, clock, lines };
}
