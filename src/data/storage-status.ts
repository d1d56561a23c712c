import { queryOptions } from '@tanstack/preact-query';
import { getContentSource } from './content-source';
import { getStorageStatus } from './database';

/** How the page keeps what it reads; settles once the database has opened or failed to. */
export function storageStatusQuery() {
  return queryOptions({
    queryKey: ['storage', 'status'] as const,
    queryFn: async () => {
      await getContentSource();
      return getStorageStatus();
    },
  });
}
