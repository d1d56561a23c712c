/** The runtime cache of article photos: sw/routes.ts fills it, sw/image-caches.ts bounds it. */
export const IMAGE_CACHE = 'vistky-images-v1';

/**
 * The photos of saved articles, copied here from IMAGE_CACHE when an article is saved. Nothing
 * bounds it on purpose: saved articles are never evicted, so neither are their photos; an entry
 * leaves only when no saved article uses it any more (sw/image-caches.ts keeps it in step).
 */
export const SAVED_IMAGE_CACHE = 'vistky-saved-images-v1';

/**
 * Documents of stored articles (PDF, DOCX) up to AUTO_DOCUMENT_MAX_BYTES each, when the resident
 * keeps them «завжди»: pruned with the articles (sw/document-caches.ts).
 */
export const DOCUMENT_CACHE = 'vistky-documents-v1';

/** Documents of saved articles: like their photos, never pruned while the article is saved. */
export const SAVED_DOCUMENT_CACHE = 'vistky-saved-documents-v1';
