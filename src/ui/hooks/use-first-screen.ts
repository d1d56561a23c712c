import { useEffect, useLayoutEffect } from 'preact/hooks';
import type { ReaderPreferences } from '../../core/settings';
import { revealLiveApp } from '../first-screen';
import { usePreferences } from './use-preferences';

const captureFirstScreen = (preferences: ReaderPreferences) =>
  void import('../first-screen-capture')
    .then((m) => m.captureFirstScreen(preferences))
    .catch(() => false);

// After the list has settled (a refresh's re-read, the topic marks), not on every intermediate render.
const CAPTURE_DELAY_MS = 1_000;

/**
 * For the list screen: once `isShown` (its cards or its empty state are rendered) the live app
 * takes the place of a painted first screen in the same frame. While the screen is also what a
 * next start would show (`isKeepable`: no new articles held back behind the pill), it is kept as
 * that start's first screen a moment after it changes (`changes`) while the tab is in view, and
 * when the resident leaves it.
 */
export function useFirstScreen(
  isShown: boolean,
  isKeepable: boolean,
  changes: readonly unknown[],
): void {
  const preferences = usePreferences();
  useLayoutEffect(() => {
    if (isShown) revealLiveApp();
  }, [isShown]);

  useEffect(() => {
    if (!isShown || !isKeepable) return;
    // A tab left in the background keeps its list fresh but is not what the resident last saw.
    const timer = setTimeout(() => {
      if (document.visibilityState === 'visible') captureFirstScreen(preferences);
    }, CAPTURE_DELAY_MS);
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') captureFirstScreen(preferences);
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [isShown, isKeepable, preferences, ...changes]);
}
