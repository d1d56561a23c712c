import { useRegisterSW } from 'virtual:pwa-register/preact';

/** What the page knows about a newer version of the app waiting in the service worker. */
export interface AppUpdate {
  isUpdateReady: boolean;
  /** Activates the waiting worker by message, then reloads once it controls the page. */
  applyUpdate: () => void;
  dismiss: () => void;
}

/** Registers the service worker and reports when a new version waits to take over. */
export function useAppUpdate(onControllerReady: () => void): AppUpdate {
  const {
    needRefresh: [isUpdateReady, setUpdateReady],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW: (_url, registration) => {
      if (registration?.active) onControllerReady();
    },
  });
  return {
    isUpdateReady,
    applyUpdate: () => void updateServiceWorker(true),
    dismiss: () => setUpdateReady(false),
  };
}
