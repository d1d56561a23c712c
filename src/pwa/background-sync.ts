import { FEED_SYNC_TAG } from '../core/messages';

// Neither is in TypeScript's DOM lib yet.
interface SyncCapableRegistration extends ServiceWorkerRegistration {
  sync?: { register(tag: string): Promise<void> };
  periodicSync?: {
    register(tag: string, options: { minInterval: number }): Promise<void>;
    unregister(tag: string): Promise<void>;
  };
}

/** How often the browser may wake the installed app to check the feed, at the least. */
export const PERIODIC_REFRESH_MS = 60 * 60_000;

async function getRegistration(): Promise<SyncCapableRegistration | null> {
  if (!('serviceWorker' in navigator)) return null;
  return (await navigator.serviceWorker.ready) as SyncCapableRegistration;
}

/**
 * Asks the browser to run the refresh that just failed offline as soon as the network returns,
 * even if the resident closes the app. False where Background Sync is missing (Safari, Firefox).
 */
export async function requestRefreshWhenOnline(): Promise<boolean> {
  const registration = await getRegistration();
  if (!registration?.sync) return false;
  await registration.sync.register(FEED_SYNC_TAG);
  return true;
}

/**
 * Lets the browser wake the installed app now and then to fetch news in the background.
 * Chromium grants this only to installed apps, so elsewhere it quietly does nothing.
 */
export async function registerPeriodicRefresh(): Promise<boolean> {
  const registration = await getRegistration();
  if (!registration?.periodicSync || !navigator.permissions) return false;
  try {
    const status = await navigator.permissions.query({
      name: 'periodic-background-sync' as PermissionName,
    });
    if (status.state !== 'granted') return false;
    await registration.periodicSync.register(FEED_SYNC_TAG, { minInterval: PERIODIC_REFRESH_MS });
    return true;
  } catch {
    // An unknown permission name throws in browsers that lack the feature.
    return false;
  }
}
