/**
 * Asks the browser not to evict this origin's data under storage pressure. Chromium decides
 * silently (installed apps are granted); Firefox may ask the resident, so callers ask once.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    if (await navigator.storage?.persisted?.()) return true;
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}
