import { nothingNew } from '../core/refresh-result';
import type { RefreshResult } from '../core/types';
import { getFeedUrl } from '../refresh/feed-location';
import { getWorkerDatabase } from './database';
import { notifyAboutRefresh, type PushPayload } from './notify';
import { refreshInWorker } from './refresh';

declare const self: ServiceWorkerGlobalScope;

/**
 * A refresh with no page open (periodic sync, background sync, push): store first, so what the
 * notification points to reads offline, then notify. Failures propagate so that a one-off sync
 * is retried by the browser.
 */
export async function refreshInBackground(
  event: ExtendableEvent,
  payload: PushPayload | null,
): Promise<void> {
  const feedUrl = getFeedUrl(self.location.origin);
  let result: RefreshResult = nothingNew();
  try {
    const refreshed = await refreshInWorker(feedUrl, event);
    await refreshed.photos;
    result = refreshed.result;
  } catch (error) {
    // The city's own words still reach the resident when the feed cannot be read.
    if (!payload?.title) throw error;
  }
  await notifyAboutRefresh(await getWorkerDatabase(), result, payload);
}
