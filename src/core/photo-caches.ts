/** The runtime cache of article photos: sw/routes.ts fills it, sw/image-caches.ts bounds it. */
export const IMAGE_CACHE = 'vistky-images-v1';

/**
 * The photos of saved articles, copied here from IMAGE_CACHE when an article is saved. Nothing
 * bounds it on purpose: saved articles are never evicted, so neither are their photos; an entry
 * leaves only when no saved article uses it any more (sw/image-caches.ts keeps it in step).
 */
export const SAVED_IMAGE_CACHE = 'vistky-saved-images-v1';
