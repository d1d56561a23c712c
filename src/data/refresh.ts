import { mutationOptions, type QueryClient } from '@tanstack/preact-query';
import type { PrefetchedFeed } from '../core/messages';
import type { RefreshResult } from '../core/types';
import { prefetchFeed } from '../refresh/prefetch-feed';
import refreshWorkerUrl from '../refresh/refresh-worker.ts?worker&url';
import { getContentSource, type WorkerRefresh } from './content-source';
import { getDatabase } from './database';

/** The key every refresh mutation shares, so the UI can tell whether one is running. */
export const REFRESH_MUTATION_KEY = ['refresh'] as const;

/**
 * The script of the page's own refresh worker, which Vite bundles (an ES module, like the search
 * worker). Trusted Types admit it by this exact URL (see pwa/trusted-worker-url.ts), as they do
 * the service worker's.
 */
export function getPageRefreshWorkerUrl(): string {
  return new URL(refreshWorkerUrl, location.href).href;
}

/** The page's own refresh worker, and the feed the page may have fetched for it meanwhile. */
export interface PageRefresh {
  worker: Worker;
  prefetched: Promise<PrefetchedFeed | null>;
}

let preloaded: PageRefresh | null = null;

function startWorker(): Worker {
  return new Worker(getPageRefreshWorkerUrl(), { type: 'module', name: 'vistky-refresh' });
}

/**
 * For a page that will refresh without a service worker (a first visit): starts its refresh
 * worker and, on a device that never fetched the feed, the feed's download, side by side, while
 * the shell renders. Otherwise the worker's script and then the feed would load one after another.
 */
export function preloadPageRefresh(feedUrl: string): void {
  preloaded ??= {
    worker: startWorker(),
    prefetched: getDatabase().then(
      (db) => prefetchFeed(db, feedUrl),
      () => null,
    ),
  };
}

/**
 * The page's refresh worker for one refresh (the preloaded one, else a new one without a
 * prefetched feed). The caller terminates it afterwards: once a service worker controls the
 * page it is never needed again.
 */
export function takePageRefresh(): PageRefresh {
  const taken = preloaded ?? { worker: startWorker(), prefetched: Promise.resolve(null) };
  preloaded = null;
  return taken;
}

/**
 * Refreshes the feed where it costs the reader least: in a worker (the service worker, or the
 * page's own) when the page has the database, else here.
 */
export async function runRefresh(
  feedUrl: string,
  viaWorker: WorkerRefresh,
): Promise<RefreshResult> {
  return (await getContentSource()).refresh(feedUrl, viaWorker);
}

/** Drops the window's cached reads so that they are read again from the content source. */
export async function invalidateContent(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['articles'] }),
    queryClient.invalidateQueries({ queryKey: ['feeds'] }),
    queryClient.invalidateQueries({ queryKey: ['storage'] }),
  ]);
}

/**
 * The refresh as a mutation: fetch, parse, store, then re-read what changed. `onAdded` hears of
 * new articles before the lists are re-read, so the UI can hold them back without a flicker.
 */
export function refreshMutation(
  queryClient: QueryClient,
  viaWorker: WorkerRefresh,
  onAdded: (keys: string[]) => void = () => {},
) {
  return mutationOptions({
    mutationKey: REFRESH_MUTATION_KEY,
    mutationFn: (feedUrl: string) => runRefresh(feedUrl, viaWorker),
    onSuccess: (result) => onAdded(result.addedKeys),
    onSettled: () => invalidateContent(queryClient),
  });
}
