import { changedArticles } from '../core/first-screen';
import { RefreshError } from '../core/refresh-error';
import type { RefreshResult } from '../core/types';
import { announceRefresh } from './announce-refresh';
import { forgetFirstScreen } from './forget-first-screen';
import { refreshFeed, type RefreshFeedOptions } from './refresh-feed';

/**
 * The refresh both the page and the service worker run: refreshFeed; the kept first screen
 * dropped when articles changed; then its outcome announced on CONTENT_CHANNEL ('content-updated'
 * after every success, 304 included, since the feed's check times changed; 'refresh-failed' after
 * a failure other than the caller's abort).
 */
export async function refreshAndAnnounce(options: RefreshFeedOptions): Promise<RefreshResult> {
  const { feedUrl } = options;
  try {
    const result = await refreshFeed(options);
    // Before the announcement: the pages that re-render on it keep the new list, not the old.
    if (changedArticles(result)) await forgetFirstScreen();
    announceRefresh({ type: 'content-updated', feedUrl, result });
    return result;
  } catch (error) {
    if (error instanceof RefreshError && error.failure.kind !== 'aborted') {
      announceRefresh({ type: 'refresh-failed', feedUrl, failure: error.failure });
    }
    throw error;
  }
}
