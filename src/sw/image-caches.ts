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
import { listArticleImageUrls } from '../sync/article-images';
import { measureCachedPhotos } from '../sync/photo-bytes';
import { imageStrategy } from './routes';

const PAGE = 200;

/** The photo URLs of each article a lister returns, in its order, read a page at a time. */
async function collectImageUrls(
  list: (after: string | undefined) => Promise<ArticlePage>,
): Promise<string[][]> {
  const urls: string[][] = [];
  let after: string | undefined;
  do {
    const page = await list(after);
    page.articles.forEach((article) => urls.push(listArticleImageUrls(article)));
    after = page.next ?? undefined;
  } while (after !== undefined);
  return urls;
}

/** A request for a photo the way an <img> makes it, so the cached entry answers the page. */
function toImageRequest(url: string): Request {
  return new Request(url, {
    mode: new URL(url).origin === self.location.origin ? 'same-origin' : 'no-cors',
  });
}

/**
 * Keeps SAVED_IMAGE_CACHE equal to the photos of the saved articles: copies new ones from the
 * runtime cache (downloading those missing, unless `canDownload` is false) and drops the photos
 * of articles no longer saved. Idempotent, so a missed message is made up for on the next call.
 */
export async function syncSavedImages(
  db: VistkyDatabase,
  event: ExtendableEvent,
  canDownload: boolean,
): Promise<void> {
  const wanted = new Set(
    (await collectImageUrls((after) => listSavedArticles(db, { limit: PAGE, after }))).flat(),
  );
  const saved = await caches.open(SAVED_IMAGE_CACHE);
  const runtime = await caches.open(IMAGE_CACHE);
  const present = new Set((await saved.keys()).map((request) => request.url));
  for (const url of wanted) {
    if (present.has(url)) continue;
    const request = toImageRequest(url);
    try {
      const response =
        (await runtime.match(request)) ??
        (canDownload ? await imageStrategy.handle({ request, event }) : undefined);
      if (response && (response.ok || response.type === 'opaque'))
        await saved.put(request, response);
    } catch {
      // Offline or gone: the next save, refresh or start tries again.
    }
  }
  for (const request of await saved.keys()) {
    if (!wanted.has(request.url)) await saved.delete(request);
  }
}

/**
 * Keeps the runtime photo cache in step with the keep limit: deletes the photos no stored
 * article shows any more (those of evicted articles), and, should the kept articles' photos
 * outgrow the limit's byte budget, those of the oldest articles. Returns how many it deleted.
 */
export async function pruneImageCache(db: VistkyDatabase): Promise<number> {
  const articleUrls = await collectImageUrls((after) => listArticles(db, { limit: PAGE, after }));
  const keep = parseKeepUnsaved(await getSetting(db, SETTING_KEYS.keepUnsaved));
  const runtime = await caches.open(IMAGE_CACHE);
  const sizes = await measureCachedPhotos(runtime);
  const kept = choosePhotosToKeep(articleUrls, sizes, getPhotoByteBudget(keep));
  let deleted = 0;
  for (const request of await runtime.keys()) {
    if (!kept.has(request.url) && (await runtime.delete(request))) deleted++;
  }
  return deleted;
}

/** «Очистити кеш»: empties the runtime photo cache; saved articles' photos stay. */
export async function clearImageCache(): Promise<void> {
  await caches.delete(IMAGE_CACHE);
}
