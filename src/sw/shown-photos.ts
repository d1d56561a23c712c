import { listShownImageUrls } from '../core/article-image-urls';
import { parsePreferences } from '../core/settings';
import { SETTING_KEYS } from '../core/setting-keys';
import type { Article } from '../core/types';
import { getSetting, type VistkyDatabase } from '../storage';

declare const self: ServiceWorkerGlobalScope;

/**
 * How to list an article's photos as this site's pages request them: the renditions the site's
 * server makes, once a page has declared them (the preferences keep it), else the feed's photos.
 * The worker prefetches, keeps and prunes exactly these, so offline shows what online showed.
 */
export async function getShownPhotoLister(
  db: VistkyDatabase,
): Promise<(article: Article) => string[]> {
  const stored = await getSetting(db, SETTING_KEYS.readerPreferences);
  const origin = parsePreferences(stored).imageRenditions ? self.location.origin : null;
  return (article) => listShownImageUrls(article, origin);
}
