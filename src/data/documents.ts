import { mutationOptions, queryOptions, type QueryClient } from '@tanstack/preact-query';
import {
  DOCUMENT_KEEPING_KEY,
  parseDocumentKeeping,
  type DocumentKeeping,
} from '../core/document-keeping';
import { DOCUMENT_CACHE, SAVED_DOCUMENT_CACHE } from '../core/photo-caches';
import { getContentSource } from './content-source';

const DOCUMENT_CACHES = [SAVED_DOCUMENT_CACHE, DOCUMENT_CACHE];

/** The worker's document caches that exist: caches.open would create one it owns. */
async function openDocumentCaches(): Promise<Cache[]> {
  if (typeof caches === 'undefined') return [];
  const present = await Promise.all(DOCUMENT_CACHES.map((name) => caches.has(name)));
  return Promise.all(DOCUMENT_CACHES.filter((_, i) => present[i]).map((name) => caches.open(name)));
}

/** Which documents the resident keeps for reading offline. */
export function documentKeepingQuery() {
  return queryOptions({
    queryKey: ['settings', 'document-keeping'] as const,
    queryFn: async () =>
      parseDocumentKeeping(await (await getContentSource()).getSetting(DOCUMENT_KEEPING_KEY)),
  });
}

/** Changes the choice (shown at once, put back if the write fails); `onSaved` tells the worker. */
export function saveDocumentKeepingMutation(queryClient: QueryClient, onSaved: () => void) {
  const key = documentKeepingQuery().queryKey;
  return mutationOptions({
    mutationFn: async (keeping: DocumentKeeping) => {
      await (await getContentSource()).putSetting(DOCUMENT_KEEPING_KEY, keeping);
      return keeping;
    },
    onMutate: (keeping) => {
      const previous = queryClient.getQueryData(key);
      queryClient.setQueryData(key, keeping);
      return { previous };
    },
    onSuccess: onSaved,
    onError: (_error, _keeping, context) => queryClient.setQueryData(key, context?.previous),
  });
}

/** Which of these documents the device keeps, so they open offline. */
export function keptDocumentsQuery(urls: readonly string[]) {
  return queryOptions({
    queryKey: ['documents', 'kept', ...urls] as const,
    queryFn: async (): Promise<ReadonlySet<string>> => {
      const kept = new Set<string>();
      for (const cache of await openDocumentCaches()) {
        for (const url of urls) if (await cache.match(url)) kept.add(url);
      }
      return kept;
    },
  });
}

/** How many bytes the kept documents take, for «Місце на пристрої»; null without Cache Storage. */
export function documentBytesQuery() {
  return queryOptions({
    queryKey: ['storage', 'document-bytes'] as const,
    queryFn: async (): Promise<number | null> => {
      if (typeof caches === 'undefined') return null;
      const sizes = new Map<string, number>();
      for (const cache of await openDocumentCaches()) {
        for (const request of await cache.keys()) {
          const response = await cache.match(request);
          const declared = Number(response?.headers.get('content-length'));
          // A document two articles share is kept once.
          if (response && !sizes.has(request.url)) {
            sizes.set(request.url, declared > 0 ? declared : (await response.blob()).size);
          }
        }
      }
      return [...sizes.values()].reduce((sum, bytes) => sum + bytes, 0);
    },
  });
}
