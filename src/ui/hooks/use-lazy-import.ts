import { useEffect, useState } from 'preact/hooks';

/**
 * Code fetched once it is needed (`isNeeded`): a component only some residents see, or only
 * after a tap, stays out of the first load. Null until the chunk has arrived.
 */
export function useLazyImport<T>(load: () => Promise<T>, isNeeded = true): T | null {
  const [loaded, setLoaded] = useState<{ value: T } | null>(null);
  useEffect(() => {
    if (!isNeeded || loaded) return;
    let isMounted = true;
    load().then(
      (value) => isMounted && setLoaded({ value }),
      // Offline before the chunk was ever cached: the feature waits, nothing else breaks.
      () => undefined,
    );
    return () => {
      isMounted = false;
    };
  }, [isNeeded, loaded, load]);
  return loaded ? loaded.value : null;
}
