import { useEffect, useLayoutEffect } from 'preact/hooks';
import { revealLiveApp } from '../first-screen';

const captureFirstScreen = () =>
  void import('../first-screen-capture').then((m) => m.captureFirstScreen()).catch(() => false);

// After the list has settled (a refresh's re-read, the topic marks), not on every intermediate render.
const CAPTURE_DELAY_MS = 1_000;

/**
 * For the list screen: once `isShown` (its cards or its empty state are rendered) the live app
 * takes the place of a painted first screen in the same frame. While the screen is also what a
 * next start would show (`isKeepable`: no new articles held back behind the pill), it is kept as
 * that start's first screen a moment after it changes (`changes`), and when the resident leaves.
 */
export function useFirstScreen(
  isShown: boolean,
  isKeepable: boolean,
  changes: readonly unknown[],
): void {
  useLayoutEffect(() => {
    if (isShown) revealLiveApp();
  }, [isShown]);

  useEffect(() => {
    if (!isShown || !isKeepable) return;
    const timer = setTimeout(captureFirstScreen, CAPTURE_DELAY_MS);
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') captureFirstScreen();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [isShown, isKeepable, ...changes]);
}
