const IMAGE_TYPE = /^image\//i;

function isReadableImage(response: Response): boolean {
  return response.status === 200 && IMAGE_TYPE.test(response.headers.get('content-type') ?? '');
}

/**
 * Whether the runtime photo cache may keep an answer: a 200 with an image/* type (not the app
 * shell a relative `src="x"` brings back), or an opaque cross-origin one, whose type is hidden.
 */
export function isCacheablePhoto(response: Response): boolean {
  return response.type === 'opaque' || isReadableImage(response);
}

/**
 * Whether the saved photos' cache may keep an answer: only a readable image. An opaque one could
 * be an error page, and is padded heavily in quota accounting, in a cache nothing ever prunes.
 */
export function isSavablePhoto(response: Response): boolean {
  return response.type !== 'opaque' && isReadableImage(response);
}

/** Where findSavablePhoto may look for a photo. */
export interface SavablePhotoSources {
  /** The page's origin: other origins' photos are asked for with CORS. */
  origin: string;
  /** The runtime cache's copy, if any. */
  cached?: Response;
  /** False with the data saver on: nothing is downloaded. */
  canDownload: boolean;
  /** Downloads the photo as an <img> would, into the runtime cache. */
  download: () => Promise<Response | undefined>;
  fetch?: typeof fetch;
}

/**
 * A readable copy of a saved article's photo for the saved photos' cache, or null: then the
 * runtime cache's copy (opaque, from a host that allows no CORS) is the one that serves it.
 */
export async function findSavablePhoto(
  url: string,
  sources: SavablePhotoSources,
): Promise<Response | null> {
  const { cached, canDownload, download } = sources;
  if (cached && isSavablePhoto(cached)) return cached;
  if (!canDownload) return null;
  if (new URL(url).origin === sources.origin) {
    const fresh = cached ?? (await download());
    return fresh && isSavablePhoto(fresh) ? fresh : null;
  }
  const fetchCors = sources.fetch ?? fetch;
  const readable = await fetchCors(url, { mode: 'cors', credentials: 'omit' }).catch(() => null);
  if (readable && isSavablePhoto(readable)) return readable;
  if (!cached) await download().catch(() => undefined);
  return null;
}
