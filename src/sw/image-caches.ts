import { parseKeepUnsaved } from '../core/keep-limit';
import { choosePhotosToKeep, getPhotoByteBudget } from '../core/photo-budget';
import { IMAGE_CACHE, SAVED_IMAGE_CACHE } from '../core/photo-caches';
import { SETTING_KEYS } from '../core/setting-keys';
import {
  getSetting,
  listArticles,
  listSavedArticles,
  type ArticlePage,
  type VistkyDatabase,
} from '../storage';
import { measureCachedPhotos } from '../refresh/photo-bytes';
import { findSavablePhoto, isCacheablePhoto, isSavablePhoto } from '../refresh/photo-response';
import { getWorkerDatabase } from './database';
import { imageStrategy } from './routes';
import { getShownPhotoLister } from './shown-photos';

const PAGE = 200;

/** The photo URLs of each article a lister returns, in its order, read a page at a time. */
async function collectImageUrls(
  db: VistkyDatabase,
  list: (after: string | undefined) => Promise<ArticlePage>,
): Promise<string[][]> {
  const listPhotos = await getShownPhotoLister(db);
  const urls: string[][] = [];
  let after: string | undefined;
  do {
    const page = await list(after);
    page.articles.forEach((article) => urls.push(listPhotos(article)));
    after = page.next ?? undefined;
  } while (after !== undefined);
  return urls;
}

/** Every photo URL of the saved articles. */
async function listSavedImageUrls(db: VistkyDatabase): Promise<Set<string>> {
  const urls = await collectImageUrls(db, (after) => listSavedArticles(db, { limit: PAGE, after }));
  return new Set(urls.flat());
}

// Saved articles' photos with no saved copy (their host allows no CORS): only IMAGE_CACHE has them.
async function listUncopiedSavedImageUrls(db: VistkyDatabase): Promise<Set<string>> {
  const copied = new Set(
    (await (await caches.open(SAVED_IMAGE_CACHE)).keys()).map((request) => request.url),
  );
  return new Set([...(await listSavedImageUrls(db))].filter((url) => !copied.has(url)));
}

/** A request for a photo the way an <img> makes it, so the cached entry answers the page. */
function toImageRequest(url: string): Request {
  return new Request(url, {
    mode: new URL(url).origin === self.location.origin ? 'same-origin' : 'no-cors',
  });
}

/**
 * Keeps SAVED_IMAGE_CACHE equal to the readable photos of the saved articles: copies new ones from
 * the runtime cache or, for another host's photo, asks it with CORS (downloading nothing unless
 * `canDownload`), and drops the photos of articles no longer saved. A photo whose host allows no
 * CORS stays in the runtime cache only. Idempotent: a missed message is made up for next time.
 */
export async function syncSavedImages(
  db: VistkyDatabase,
  event: ExtendableEvent,
  canDownload: boolean,
): Promise<void> {
  const wanted = await listSavedImageUrls(db);
  const saved = await caches.open(SAVED_IMAGE_CACHE);
  const runtime = await caches.open(IMAGE_CACHE);
  const present = new Set<string>();
  for (const request of await saved.keys()) {
    const response = await saved.match(request);
    if (wanted.has(request.url) && response && isSavablePhoto(response)) {
      present.add(request.url);
      continue;
    }
    // Earlier versions kept opaque copies here: they go back to the cache that may hold them.
    if (wanted.has(request.url) && response && isCacheablePhoto(response)) {
      await runtime.put(request, response);
    }
    await saved.delete(request);
  }
  for (const url of wanted) {
    if (present.has(url)) continue;
    const request = toImageRequest(url);
    try {
      const photo = await findSavablePhoto(url, {
        origin: self.location.origin,
        cached: await runtime.match(request),
        canDownload,
        download: () => imageStrategy.handle({ request, event }),
      });
      if (photo) await saved.put(request, photo);
    } catch {
      // Offline or gone: the next save, refresh or start tries again.
    }
  }
}

/**
 * Keeps the runtime photo cache in step with the keep limit: deletes the photos no stored
 * article shows any more (those of evicted articles), and, should the kept articles' photos
 * outgrow the limit's byte budget, those of the oldest articles. Returns how many it deleted.
 */
export async function pruneImageCache(db: VistkyDatabase): Promise<number> {
  const articleUrls = await collectImageUrls(db, (after) =>
    listArticles(db, { limit: PAGE, after }),
  );
  const keep = parseKeepUnsaved(await getSetting(db, SETTING_KEYS.keepUnsaved));
  const runtime = await caches.open(IMAGE_CACHE);
  const sizes = await measureCachedPhotos(runtime);
  const kept = choosePhotosToKeep(articleUrls, sizes, getPhotoByteBudget(keep));
  // A saved article's photo without a saved copy has only this one: it must stay.
  for (const url of await listUncopiedSavedImageUrls(db)) if (sizes.has(url)) kept.add(url);
  let deleted = 0;
  for (const request of await runtime.keys()) {
    if (!kept.has(request.url) && (await runtime.delete(request))) deleted++;
  }
  return deleted;
}

/**
 * «Очистити кеш»: empties the runtime photo cache, but for saved articles' photos that only it
 * holds (their host allows no CORS, so they have no saved copy): saved articles keep their photos.
 */
export async function clearImageCache(): Promise<void> {
  const uncopied = await getWorkerDatabase()
    .then(listUncopiedSavedImageUrls)
    .catch(() => new Set<string>());
  const runtime = await caches.open(IMAGE_CACHE);
  for (const request of await runtime.keys()) {
    if (!uncopied.has(request.url)) await runtime.delete(request);
  }
}
