import { useLayoutEffect, useState } from 'preact/hooks';
import { yieldToMain } from '../yield-to-main';

/**
 * False on the first render when `isDeferred`, true from a task later: a part of the tree that
 * may come after the rest renders in a task of its own instead of lengthening the first one.
 */
export function useDeferred(isDeferred: boolean): boolean {
  const [isReady, setReady] = useState(!isDeferred);
  // A layout effect runs at the end of this render's task, so the next one starts at once.
  useLayoutEffect(() => {
    if (!isReady) void yieldToMain().then(() => setReady(true));
  }, []);
  return isReady;
}
