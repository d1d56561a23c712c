import { RefreshError } from '../core/refresh-error';
import type { RefreshResult } from '../core/types';
import { announceRefresh } from './announce-refresh';
import { refreshFeed, type RefreshFeedOptions } from './refresh-feed';

/**
 * The refresh both the page and the service worker run: refreshFeed (whose storage drops the kept
 * first screen when articles change, before this announces it); then its outcome announced on CONTENT_CHANNEL ('content-updated'
 * after every success, 304 included, since the feed's check times changed; 'refresh-failed' after
 * a failure other than the caller's abort).
 */
export async function refreshAndAnnounce(options: RefreshFeedOptions): Promise<RefreshResult> {
  const { feedUrl } = options;
  try {
    const result = await refreshFeed(options);
    announceRefresh({ type: 'content-updated', feedUrl, result });
    return result;
  } catch (error) {
    if (error instanceof RefreshError && error.failure.kind !== 'aborted') {
      announceRefresh({ type: 'refresh-failed', feedUrl, failure: error.failure });
    }
    throw error;
  }
}
