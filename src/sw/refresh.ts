import type { RefreshResult } from '../core/types';
import { getArticle, listArticles } from '../storage';
import { refreshAndAnnounce } from '../sync/refresh-and-announce';
import { getWorkerDatabase } from './database';
import { warmImages } from './warm-images';

// The photos of this many newest articles are fetched after install: a screenful and more.
const WARM_NEWEST = 60;

/**
 * The worker's refresh: the same pipeline as the page's (fetch, parse, store, announce), then the
 * photos of the new articles, so that what a notification or the list points to reads offline.
 */
export async function refreshInWorker(
  feedUrl: string,
  event: ExtendableEvent,
): Promise<RefreshResult> {
  const db = await getWorkerDatabase();
  const result = await refreshAndAnnounce({ db, feedUrl, now: () => new Date() });
  if (result.addedKeys.length > 0) {
    const added = await Promise.all(result.addedKeys.map((key) => getArticle(db, key)));
    await warmImages(
      added.filter((article) => article !== undefined),
      event,
    );
  }
  return result;
}

/** Fetches the photos of the newest stored articles (after install, or when a page asks). */
export async function warmNewestImages(event: ExtendableEvent): Promise<void> {
  const db = await getWorkerDatabase();
  const { articles } = await listArticles(db, { limit: WARM_NEWEST });
  await warmImages(articles, event);
}
