import { useRef, useState } from 'preact/hooks';
import { useRegisterSW } from 'virtual:pwa-register/preact';

/** What the page knows about a newer version of the app. */
export interface AppUpdate {
  /** A new version waits; the reader decides when it takes over. */
  isUpdateReady: boolean;
  /** Another tab let the new version take over: this one should reload when convenient. */
  isReloadNeeded: boolean;
  /** Activates the waiting worker by message, then reloads this tab once it is in control. */
  applyUpdate: () => void;
  dismiss: () => void;
}

/**
 * Registers the service worker and reports updates. Never activates a new version silently:
 * only the tab where the reader tapped «Оновити» reloads by itself; other tabs are asked.
 */
export function useAppUpdate(onControllerReady: () => void): AppUpdate {
  const isApplying = useRef(false);
  const [isReloadNeeded, setReloadNeeded] = useState(false);
  const {
    needRefresh: [isUpdateReady, setUpdateReady],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW: (_url, registration) => {
      if (registration?.active) onControllerReady();
    },
    onNeedReload: () => {
      if (isApplying.current) window.location.reload();
      else setReloadNeeded(true);
    },
  });
  return {
    isUpdateReady: isUpdateReady && !isReloadNeeded,
    isReloadNeeded,
    applyUpdate: () => {
      if (isApplying.current) return;
      isApplying.current = true;
      void updateServiceWorker(true);
    },
    dismiss: () => setUpdateReady(false),
  };
}
