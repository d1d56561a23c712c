import { mutationOptions, type QueryClient } from '@tanstack/preact-query';
import type { RefreshResult } from '../core/types';
import { getDatabase } from './database';

/** The key every refresh mutation shares, so the UI can tell whether one is running. */
export const REFRESH_MUTATION_KEY = ['refresh'] as const;

/** Hands a refresh to the service worker; null when no worker controls the page. */
export type WorkerRefresh = (feedUrl: string) => Promise<RefreshResult> | null;

/**
 * Refreshes the feed where it costs the reader least: in the service worker when one controls
 * the page, else here, loading the parser only now so it stays out of the first screen's bytes.
 */
export async function runRefresh(
  feedUrl: string,
  viaWorker: WorkerRefresh,
): Promise<RefreshResult> {
  const delegated = viaWorker(feedUrl);
  if (delegated) return delegated;
  const { refreshAndAnnounce } = await import('../sync/refresh-and-announce');
  return refreshAndAnnounce({ db: await getDatabase(), feedUrl, now: () => new Date() });
}

/** Drops the window's cached reads so that they are read again from IndexedDB. */
export async function invalidateContent(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['articles'] }),
    queryClient.invalidateQueries({ queryKey: ['feeds'] }),
  ]);
}

/** The refresh as a mutation: fetch, parse, store, then re-read what changed. */
export function refreshMutation(queryClient: QueryClient, viaWorker: WorkerRefresh) {
  return mutationOptions({
    mutationKey: REFRESH_MUTATION_KEY,
    mutationFn: (feedUrl: string) => runRefresh(feedUrl, viaWorker),
    onSettled: () => invalidateContent(queryClient),
  });
}
