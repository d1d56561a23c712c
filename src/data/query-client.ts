import { QueryClient } from '@tanstack/preact-query';

/**
 * The window's cache over IndexedDB. Queries read the device, not the network, so they run
 * offline too ('offlineFirst'), and they stay fresh until a content message invalidates them.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        networkMode: 'offlineFirst',
        staleTime: Infinity,
        gcTime: 10 * 60_000,
        retry: 1,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
      mutations: { networkMode: 'always' },
    },
  });
}
