import type { Article } from '../core/types';
import { getWorkerDatabase } from './database';
import { imageStrategy } from './routes';
import { getShownPhotoLister } from './shown-photos';

// A few at a time: a phone on a weak network should not queue dozens of photo downloads at once.
const PARALLEL = 4;

/**
 * Downloads the photos of these articles into the image cache, as the pages will ask for them
 * (the site's renditions where it makes them), so they show offline. A photo that fails is
 * skipped; the next warm-up tries it again.
 */
export async function warmImages(articles: Article[], event: ExtendableEvent): Promise<number> {
  const listPhotos = await getShownPhotoLister(await getWorkerDatabase());
  const urls = [...new Set(articles.flatMap(listPhotos))];
  let cached = 0;
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++]!;
      try {
        // no-cors, as an <img> asks: the cached entry then answers the page's own request.
        const request = new Request(url, {
          mode: new URL(url).origin === self.location.origin ? 'same-origin' : 'no-cors',
        });
        await imageStrategy.handle({ request, event });
        cached++;
      } catch {
        // Offline or gone: the article still reads without it.
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return cached;
}
