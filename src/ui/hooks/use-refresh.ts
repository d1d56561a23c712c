import { useCallback } from 'preact/hooks';
import { useMutation, useMutationState, useQueryClient } from '@tanstack/preact-query';
import { RefreshError } from '../../core/refresh-error';
import type { RefreshFailure } from '../../core/types';
import { REFRESH_MUTATION_KEY, refreshMutation } from '../../data/refresh';
import { getAppFeedUrl } from '../../data/feeds';
import { requestWorkerRefresh } from '../../pwa/worker-bridge';

/** The state of the feed refresh, shared by every component that shows or starts one. */
export interface RefreshState {
  refresh: () => void;
  isRefreshing: boolean;
  /** Why the latest refresh failed; null when it succeeded or none ran yet. */
  failure: RefreshFailure | null;
}

/** Starts a refresh (never two at once) and reports the latest one's state. */
export function useRefresh(): RefreshState {
  const queryClient = useQueryClient();
  const { mutate } = useMutation(refreshMutation(queryClient, requestWorkerRefresh));
  const states = useMutationState({
    filters: { mutationKey: REFRESH_MUTATION_KEY },
    select: (mutation) => mutation.state,
  });
  const latest = states.at(-1);
  const isRefreshing = latest?.status === 'pending';
  const refresh = useCallback(() => {
    if (queryClient.isMutating({ mutationKey: REFRESH_MUTATION_KEY }) > 0) return;
    mutate(getAppFeedUrl());
  }, [queryClient, mutate]);
  const error = latest?.status === 'error' ? latest.error : null;
  return {
    refresh,
    isRefreshing,
    failure: error instanceof RefreshError ? error.failure : null,
  };
}
