import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/preact-query';
import { useEffect } from 'preact/hooks';
import { MIN_QUERY_LENGTH, searchQuery, subscribeToIndexChanges } from '../../data/search-client';

/** The results for what the resident typed; the previous results stay up while new ones come. */
export function useSearch(text: string) {
  const queryClient = useQueryClient();
  // Stored articles changed (a refresh, an eviction, a clearing): ask again.
  useEffect(
    () =>
      subscribeToIndexChanges(() => void queryClient.invalidateQueries({ queryKey: ['search'] })),
    [queryClient],
  );
  const isLongEnough = text.trim().length >= MIN_QUERY_LENGTH;
  const query = useQuery({
    ...searchQuery(text),
    enabled: isLongEnough,
    placeholderData: keepPreviousData,
  });
  return { isLongEnough, ...query };
}
