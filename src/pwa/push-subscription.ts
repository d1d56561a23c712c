import { PUSH_PATHS, type PushPublicKey, type PushRegistration } from '../core/push-api';
import { isIos, isStandalone } from './display-mode';

/** Where this browser stands on Web Push. */
export type PushAvailability = 'available' | 'needs-home-screen' | 'unsupported';

/** The resident's choices as the server takes them. */
export type PushChoices = Omit<PushRegistration, 'subscription'>;

/**
 * Android and desktop browsers push to any site; iPhone and iPad (iOS 16.4+) only to one added
 * to the home screen, and show no PushManager before that.
 */
export function getPushAvailability(): PushAvailability {
  if ('serviceWorker' in navigator && 'PushManager' in window) return 'available';
  return isIos() && !isStandalone() ? 'needs-home-screen' : 'unsupported';
}

/** The server's VAPID public key; null where the server sends no push or cannot be reached. */
export async function fetchPushKey(): Promise<string | null> {
  try {
    const response = await fetch(PUSH_PATHS.publicKey);
    if (!response.ok) return null;
    const { publicKey } = (await response.json()) as Partial<PushPublicKey>;
    return typeof publicKey === 'string' && publicKey !== '' ? publicKey : null;
  } catch {
    return null;
  }
}

function decodeBase64Url(value: string): Uint8Array<ArrayBuffer> {
  const base64 = value
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(value.length / 4) * 4, '=');
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

function isSameKey(key: ArrayBuffer | null, expected: Uint8Array): boolean {
  if (!key || key.byteLength !== expected.byteLength) return false;
  const bytes = new Uint8Array(key);
  return bytes.every((byte, i) => byte === expected[i]);
}

async function send(method: 'POST' | 'DELETE', body: unknown): Promise<void> {
  const response = await fetch(PUSH_PATHS.subscriptions, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`The push server answered ${response.status}`);
}

/** Subscribes this device with the server's key and tells the server what to push to it. */
export async function subscribeToPush(publicKey: string, choices: PushChoices): Promise<void> {
  const registration = await navigator.serviceWorker.ready;
  const key = decodeBase64Url(publicKey);
  let subscription = await registration.pushManager.getSubscription();
  // Made with another key (the server's keys changed): the server can no longer push to it.
  if (subscription && !isSameKey(subscription.options.applicationServerKey, key)) {
    await subscription.unsubscribe();
    subscription = null;
  }
  subscription ??= await registration.pushManager.subscribe({
    userVisibleOnly: true,
    applicationServerKey: key,
  });
  await send('POST', { subscription: subscription.toJSON(), ...choices });
}

/** Stops pushes to this device: the server forgets it, then the browser does. */
export async function unsubscribeFromPush(): Promise<void> {
  const registration = await navigator.serviceWorker.ready;
  const subscription = await registration.pushManager.getSubscription();
  if (!subscription) return;
  await send('DELETE', { endpoint: subscription.endpoint }).catch(() => undefined);
  await subscription.unsubscribe();
}
