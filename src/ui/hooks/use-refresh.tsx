import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { useMutation, useMutationState, useQueryClient } from '@tanstack/preact-query';
import { RefreshError } from '../../core/refresh-error';
import type { RefreshFailure, RefreshResult } from '../../core/types';
import type { CheckScheduler } from '../../data/check-scheduler';
import { getAppFeedUrl, getCheckIntervalMs } from '../../data/feeds';
import { REFRESH_MUTATION_KEY, refreshMutation, takePageRefresh } from '../../data/refresh';
import { useNewArticles } from './use-new-articles';

/** The state of the feed checks, shared by every component that shows or starts one. */
export interface RefreshState {
  /** The refresh button: checks now, even during backoff. */
  refresh: () => void;
  isRefreshing: boolean;
  /** Why the latest refresh failed; null when it succeeded or none ran yet. */
  failure: RefreshFailure | null;
  /** When the next automatic check runs (ms since epoch), if one is planned. */
  nextCheckAt: number | null;
}

const RefreshContext = createContext<RefreshState | null>(null);

// Not first-screen code: the messages to the workers load beside the scheduler, so they are
// here by the first check.
const loadWorkerMessages = () => import('../../pwa/worker-messages');

/**
 * In the service worker when one controls the page; else (a first visit) in a dedicated worker
 * of the page's own, ended after the refresh: by the next one the service worker has taken over.
 */
async function refreshInWorker(feedUrl: string): Promise<RefreshResult> {
  const { requestRefreshFrom, requestWorkerRefresh } = await loadWorkerMessages();
  const delegated = requestWorkerRefresh(feedUrl);
  if (delegated) return delegated;
  const { worker, prefetched } = takePageRefresh();
  return prefetched
    .then((feed) => requestRefreshFrom(worker, feedUrl, feed))
    .finally(() => worker.terminate());
}

/**
 * Checks the feed on start, when the tab is shown again, when the network returns and on a
 * timer while visible; a check that fails offline is handed to Background Sync.
 */
export function RefreshProvider({ children }: { children: ComponentChildren }) {
  const queryClient = useQueryClient();
  const { hold } = useNewArticles();
  const { mutateAsync } = useMutation(refreshMutation(queryClient, refreshInWorker, hold));
  const mutate = useRef(mutateAsync);
  mutate.current = mutateAsync;
  const scheduler = useRef<CheckScheduler | null>(null);
  const [nextCheckAt, setNextCheckAt] = useState<number | null>(null);

  // The scheduler arrives in a chunk of its own: the list renders from the device meanwhile, and
  // a first visit's feed is already downloading (see preloadPageRefresh in main.tsx).
  useEffect(() => {
    let isMounted = true;
    let stop = () => {};
    void loadWorkerMessages().catch(() => undefined);
    void import('../../data/check-scheduler').then(({ createCheckScheduler }) => {
      if (!isMounted) return;
      const checks = createCheckScheduler({
        run: () =>
          mutate.current(getAppFeedUrl()).catch((error: unknown) => {
            if (error instanceof RefreshError && error.failure.kind === 'offline') {
              // Loaded only now: a first screen that never fails offline never needs it.
              void import('../../pwa/background-sync')
                .then((m) => m.requestRefreshWhenOnline())
                .catch(() => false);
            }
            throw error;
          }),
        intervalMs: getCheckIntervalMs(),
        now: Date.now,
        random: Math.random,
      });
      scheduler.current = checks;
      const unsubscribe = checks.subscribe(() => setNextCheckAt(checks.getSchedule().nextCheckAt));
      const onVisibility = () =>
        document.visibilityState === 'hidden' ? checks.pause() : void checks.check('visible');
      const onOnline = () => void checks.check('online');
      document.addEventListener('visibilitychange', onVisibility);
      window.addEventListener('online', onOnline);
      if (navigator.onLine) void checks.check('start');
      stop = () => {
        unsubscribe();
        document.removeEventListener('visibilitychange', onVisibility);
        window.removeEventListener('online', onOnline);
        checks.stop();
      };
    });
    return () => {
      isMounted = false;
      stop();
    };
  }, []);

  const states = useMutationState({
    filters: { mutationKey: REFRESH_MUTATION_KEY },
    select: (mutation) => mutation.state,
  });
  const latest = states.at(-1);
  const error = latest?.status === 'error' ? latest.error : null;
  const value: RefreshState = {
    refresh: () => void scheduler.current?.check('manual'),
    isRefreshing: latest?.status === 'pending',
    failure: error instanceof RefreshError ? error.failure : null,
    nextCheckAt,
  };
  return <RefreshContext.Provider value={value}>{children}</RefreshContext.Provider>;
}

/** The shared refresh state; only inside RefreshProvider. */
export function useRefresh(): RefreshState {
  const state = useContext(RefreshContext);
  if (!state) throw new Error('useRefresh needs a RefreshProvider above it');
  return state;
}
