import type { RefreshResult } from '../core/types';
import { getArticle, listArticles } from '../storage';
import { refreshAndAnnounce } from '../refresh/refresh-and-announce';
import { getWorkerDatabase } from './database';
import { pruneDocumentCache, syncSavedDocuments, warmDocuments } from './document-caches';
import { pruneImageCache, syncSavedImages } from './image-caches';
import { isDataSaverOn } from './reader-preferences';
import { warmImages } from './warm-images';

// The photos of this many newest articles are fetched after install: a screenful and more.
const WARM_NEWEST = 60;

/** What a refresh in the worker did, and the photo downloads it started. */
export interface WorkerRefresh {
  result: RefreshResult;
  /** Settles when the new articles' photos and documents are cached (or failed to be). */
  photos: Promise<unknown>;
}

/**
 * The worker's refresh: the same pipeline as the page's (fetch, parse, store, announce), then the
 * photos and documents of the new articles, so that what a notification or the list points to
 * reads offline (unless the data saver is on), and both caches are pruned to the stored articles.
 * The files download after the result is known, so a waiting page is answered first.
 */
export async function refreshInWorker(
  feedUrl: string,
  event: ExtendableEvent,
): Promise<WorkerRefresh> {
  const db = await getWorkerDatabase();
  const result = await refreshAndAnnounce({ db, feedUrl, now: () => new Date() });
  const photos = (async () => {
    const added = (await Promise.all(result.addedKeys.map((key) => getArticle(db, key)))).filter(
      (article) => article !== undefined,
    );
    if (added.length > 0 && !(await isDataSaverOn(db))) await warmImages(added, event);
    await warmDocuments(db, added);
    // Evicted articles leave their files behind, and new photos may pass the byte budget.
    if (result.addedKeys.length + result.evictedKeys.length > 0) {
      await pruneImageCache(db);
      await pruneDocumentCache(db);
    }
  })().catch(() => undefined);
  return { result, photos };
}

/**
 * Fetches the photos and documents of the newest stored articles (after install, or when a page
 * asks: its own refresh stored them).
 */
export async function warmNewestImages(event: ExtendableEvent): Promise<void> {
  const db = await getWorkerDatabase();
  const { articles } = await listArticles(db, { limit: WARM_NEWEST });
  if (!(await isDataSaverOn(db))) await warmImages(articles, event);
  await warmDocuments(db, articles);
}

/** Puts the saved articles' photos and documents in their own caches (after a save or an unsave). */
export async function keepSavedImages(event: ExtendableEvent): Promise<void> {
  const db = await getWorkerDatabase();
  await syncSavedImages(db, event, !(await isDataSaverOn(db)));
  await syncSavedDocuments(db);
}

/** Applies a new choice of which documents to keep: saved ones, the others, or none. */
export async function settleDocuments(event: ExtendableEvent): Promise<void> {
  const db = await getWorkerDatabase();
  await syncSavedDocuments(db);
  await pruneDocumentCache(db);
  await warmNewestImages(event);
}

/** Settles the file caches when a version takes over: saved files kept, stale ones dropped. */
export async function settleImageCaches(event: ExtendableEvent): Promise<void> {
  await keepSavedImages(event);
  await pruneImageCache(await getWorkerDatabase());
  await pruneDocumentCache(await getWorkerDatabase());
  await warmNewestImages(event);
}
