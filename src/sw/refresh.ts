import type { RefreshResult } from '../core/types';
import { getArticle, listArticles } from '../storage';
import { refreshAndAnnounce } from '../sync/refresh-and-announce';
import { getWorkerDatabase } from './database';
import { pruneImageCache, syncSavedImages } from './image-caches';
import { isDataSaverOn } from './reader-preferences';
import { warmImages } from './warm-images';

// The photos of this many newest articles are fetched after install: a screenful and more.
const WARM_NEWEST = 60;

/** What a refresh in the worker did, and the photo downloads it started. */
export interface WorkerRefresh {
  result: RefreshResult;
  /** Settles when the new articles' photos are cached (or failed to be). */
  photos: Promise<unknown>;
}

/**
 * The worker's refresh: the same pipeline as the page's (fetch, parse, store, announce), then the
 * photos of the new articles, so that what a notification or the list points to reads offline
 * (unless the data saver is on), and the photo cache is pruned to the keep limit. The photos
 * download after the result is known, so a waiting page is answered first.
 */
export async function refreshInWorker(
  feedUrl: string,
  event: ExtendableEvent,
): Promise<WorkerRefresh> {
  const db = await getWorkerDatabase();
  const result = await refreshAndAnnounce({ db, feedUrl, now: () => new Date() });
  const photos = (async () => {
    if (result.addedKeys.length > 0 && !(await isDataSaverOn(db))) {
      const added = await Promise.all(result.addedKeys.map((key) => getArticle(db, key)));
      await warmImages(
        added.filter((article) => article !== undefined),
        event,
      );
    }
    // Evicted articles leave their photos behind, and new photos may pass the byte budget.
    if (result.addedKeys.length + result.evictedKeys.length > 0) await pruneImageCache(db);
  })().catch(() => undefined);
  return { result, photos };
}

/** Fetches the photos of the newest stored articles (after install, or when a page asks). */
export async function warmNewestImages(event: ExtendableEvent): Promise<void> {
  const db = await getWorkerDatabase();
  if (await isDataSaverOn(db)) return;
  const { articles } = await listArticles(db, { limit: WARM_NEWEST });
  await warmImages(articles, event);
}

/** Puts the saved articles' photos in their own cache (after a save, an unsave, or at start). */
export async function keepSavedImages(event: ExtendableEvent): Promise<void> {
  const db = await getWorkerDatabase();
  await syncSavedImages(db, event, !(await isDataSaverOn(db)));
}

/** Settles the photo caches when a version takes over: saved photos kept, stale ones dropped. */
export async function settleImageCaches(event: ExtendableEvent): Promise<void> {
  await keepSavedImages(event);
  await pruneImageCache(await getWorkerDatabase());
  await warmNewestImages(event);
}
