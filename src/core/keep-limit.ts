/** How many unsaved articles stay on the device by default; older ones are evicted. */
export const DEFAULT_KEEP_UNSAVED = 500;

/** The limits the settings screen offers. */
export const KEEP_UNSAVED_CHOICES = [100, 250, 500, 1000, 2000] as const;

/** The stored eviction limit, or the default when none (or nonsense) is stored. */
export function parseKeepUnsaved(value: unknown): number {
  return Number.isInteger(value) && (value as number) > 0
    ? (value as number)
    : DEFAULT_KEEP_UNSAVED;
}
