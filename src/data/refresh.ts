import { mutationOptions, type QueryClient } from '@tanstack/preact-query';
import type { RefreshResult } from '../core/types';
import { getContentSource, type WorkerRefresh } from './content-source';

/** The key every refresh mutation shares, so the UI can tell whether one is running. */
export const REFRESH_MUTATION_KEY = ['refresh'] as const;

/**
 * Refreshes the feed where it costs the reader least: in the service worker when one controls
 * the page and the page has the database, else here.
 */
export async function runRefresh(
  feedUrl: string,
  viaWorker: WorkerRefresh,
): Promise<RefreshResult> {
  return (await getContentSource()).refresh(feedUrl, viaWorker);
}

/** Drops the window's cached reads so that they are read again from IndexedDB. */
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
