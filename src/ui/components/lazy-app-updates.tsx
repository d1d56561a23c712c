import { useLazyImport } from '../hooks/use-lazy-import';

const loadUpdates = () => import('./app-updates').then((m) => m.AppUpdates);

/**
 * The service worker's registration (workbox-window) and the update toast, fetched right after
 * the first render: nothing on the first screen needs them, and a first visit's feed should not
 * share a slow connection with the precache download.
 */
export function LazyAppUpdates() {
  const AppUpdates = useLazyImport(loadUpdates);
  return AppUpdates ? <AppUpdates /> : null;
}
