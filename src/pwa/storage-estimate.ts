/** How much the origin stores and may store, and whether the browser promised to keep it. */
export interface StorageUsage {
  usage: number;
  quota: number;
  isPersisted: boolean;
}

/** The origin's storage use (navigator.storage.estimate); null where the browser hides it. */
export async function getStorageUsage(): Promise<StorageUsage | null> {
  if (!navigator.storage?.estimate) return null;
  try {
    const { usage, quota } = await navigator.storage.estimate();
    if (usage === undefined || quota === undefined) return null;
    const isPersisted = (await navigator.storage.persisted?.()) ?? false;
    return { usage, quota, isPersisted };
  } catch {
    return null;
  }
}
