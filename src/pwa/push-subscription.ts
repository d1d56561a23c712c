/** The deployment's Web Push settings; absent in builds that do not configure push. */
export interface PushConfig {
  vapidPublicKey: string;
  subscribeUrl: string;
}

/** Web Push as configured at build time (VITE_VAPID_PUBLIC_KEY, VITE_PUSH_SUBSCRIBE_URL). */
export function getPushConfig(): PushConfig | null {
  const vapidPublicKey = import.meta.env.VITE_VAPID_PUBLIC_KEY;
  const subscribeUrl = import.meta.env.VITE_PUSH_SUBSCRIBE_URL;
  return vapidPublicKey && subscribeUrl ? { vapidPublicKey, subscribeUrl } : null;
}

function decodeBase64Url(value: string): Uint8Array<ArrayBuffer> {
  const base64 = value
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(value.length / 4) * 4, '=');
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

/** Subscribes this device to the city's pushes and tells the city's server where to send them. */
export async function subscribeToPush(config: PushConfig): Promise<void> {
  const registration = await navigator.serviceWorker.ready;
  const subscription =
    (await registration.pushManager.getSubscription()) ??
    (await registration.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: decodeBase64Url(config.vapidPublicKey),
    }));
  const response = await fetch(config.subscribeUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(subscription.toJSON()),
  });
  if (!response.ok) throw new Error(`The push server answered ${response.status}`);
}

/** Stops pushes to this device, here and on the city's server. */
export async function unsubscribeFromPush(config: PushConfig): Promise<void> {
  const registration = await navigator.serviceWorker.ready;
  const subscription = await registration.pushManager.getSubscription();
  if (!subscription) return;
  await fetch(config.subscribeUrl, {
    method: 'DELETE',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ endpoint: subscription.endpoint }),
  }).catch(() => undefined);
  await subscription.unsubscribe();
}
