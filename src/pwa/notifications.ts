/** Whether this browser can show notifications at all. */
export function canNotify(): boolean {
  return typeof Notification !== 'undefined' && 'serviceWorker' in navigator;
}

/** The current notification permission; 'denied' where notifications do not exist. */
export function getNotificationPermission(): NotificationPermission {
  return canNotify() ? Notification.permission : 'denied';
}

/** Asks for permission; call only from a tap, never on load. */
export async function requestNotificationPermission(): Promise<NotificationPermission> {
  if (!canNotify()) return 'denied';
  if (Notification.permission !== 'default') return Notification.permission;
  return Notification.requestPermission();
}
