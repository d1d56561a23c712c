import { useEffect, useRef } from 'preact/hooks';

const SAVE_DELAY_MS = 120;

interface ScrollState {
  scrollY?: number;
}

/**
 * Remembers the list's scroll position in its history entry and restores it when the reader
 * comes back (the back button or gesture), once `isReady` says the articles are rendered.
 */
export function useScrollMemory(isReady: boolean): void {
  const hasRestored = useRef(false);

  useEffect(() => {
    if (!isReady || hasRestored.current) return;
    hasRestored.current = true;
    const saved = (history.state as ScrollState | null)?.scrollY;
    if (typeof saved === 'number') window.scrollTo(0, saved);
  }, [isReady]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Debounced: browsers refuse more than about 100 history updates in 10 seconds.
    const remember = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        history.replaceState({ ...(history.state as object | null), scrollY: window.scrollY }, '');
      }, SAVE_DELAY_MS);
    };
    window.addEventListener('scroll', remember, { passive: true });
    return () => {
      clearTimeout(timer);
      window.removeEventListener('scroll', remember);
    };
  }, []);
}
