import { useCallback, useEffect, useState } from 'preact/hooks';
import { toKeptDocumentPath } from '../../core/document-keeping';

/** What the documents of an article need: the network's state, and how a tap opens a file. */
export interface DocumentOpener {
  isOffline: boolean;
  /** Offline, and the device keeps no copy of the file: a tap would fail. */
  isUnavailable: (url: string) => boolean;
  /** A tap on a link to the file: the device's copy when it keeps one; nothing offline else. */
  open: (url: string, event: MouseEvent) => void;
}

/**
 * Opens the files of an article: a plain tap on a kept one opens the service worker's copy in a
 * new tab (the file's own address cannot be answered offline when it is on another host); a
 * modified click is the browser's. Reads the network in an effect, so the server renders it too.
 */
export function useDocumentOpener(
  kept: ReadonlySet<string> | undefined,
  recheck: () => unknown,
): DocumentOpener {
  const [isOffline, setOffline] = useState(false);
  useEffect(() => {
    const update = () => setOffline(!navigator.onLine);
    update();
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  // The worker may have kept a file since the page looked: going offline is when it matters.
  useEffect(() => {
    if (isOffline) void recheck();
  }, [isOffline, recheck]);

  const isUnavailable = useCallback(
    (url: string) => isOffline && !kept?.has(url),
    [isOffline, kept],
  );
  const open = useCallback(
    (url: string, event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      if (kept?.has(url) && navigator.serviceWorker?.controller) {
        event.preventDefault();
        // The worker keeps a file under its absolute address (a /doc/ path resolved).
        window.open(toKeptDocumentPath(new URL(url, location.href).href), '_blank', 'noopener');
      } else if (!navigator.onLine) {
        // The link already says it needs the internet; a tap must not lead to an error page.
        event.preventDefault();
      }
    },
    [kept],
  );
  return { isOffline, isUnavailable, open };
}
