import { isCacheablePhoto } from './photo-response';

// An opaque (cross-origin, no-cors) answer hides its size: it counts as a typical news photo.
const UNKNOWN_PHOTO_BYTES = 100_000;

async function measureResponse(response: Response): Promise<number> {
  if (response.type === 'opaque') return UNKNOWN_PHOTO_BYTES;
  const declared = Number(response.headers.get('content-length'));
  return declared > 0 ? declared : (await response.blob()).size;
}

/**
 * The size of each photo in a cache, by URL: for the byte budget and «Місце на пристрої». What
 * is no photo (an app shell an earlier version kept for an image) is left out, so pruning drops it.
 */
export async function measureCachedPhotos(cache: Cache): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  for (const request of await cache.keys()) {
    const response = await cache.match(request);
    if (response && isCacheablePhoto(response)) {
      sizes.set(request.url, await measureResponse(response));
    }
  }
  return sizes;
}
