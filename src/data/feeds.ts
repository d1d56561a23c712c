import { queryOptions } from '@tanstack/preact-query';
import { CHECK_INTERVAL_MS } from '../core/check-policy';
import { getFeedUrl } from '../refresh/feed-location';
import { getContentSource } from './content-source';

/** What the device knows about the feed: last check, last success, last error. */
export function feedMetaQuery(feedUrl: string) {
  return queryOptions({
    queryKey: ['feeds', feedUrl] as const,
    queryFn: async () => (await (await getContentSource()).getFeedMeta(feedUrl)) ?? null,
  });
}

/** The feed this page reads, absolute on the page's origin. */
export function getAppFeedUrl(): string {
  return getFeedUrl(location.origin);
}

/** Minutes between checks while the app is visible: VITE_CHECK_INTERVAL_MINUTES, default 15. */
export function getCheckIntervalMs(): number {
  const minutes = Number(import.meta.env.VITE_CHECK_INTERVAL_MINUTES);
  return minutes > 0 ? minutes * 60_000 : CHECK_INTERVAL_MS;
}
