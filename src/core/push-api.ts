import type { Language } from './settings';

/** Where the app registers a device for Web Push and reads the server's VAPID public key. */
export const PUSH_PATHS = {
  subscriptions: '/api/push/subscriptions',
  publicKey: '/api/push/public-key',
} as const;

/** A device's push subscription as `PushSubscription.toJSON()` gives it. */
export interface PushSubscriptionData {
  endpoint: string;
  expirationTime?: number | null;
  keys: { p256dh: string; auth: string };
}

/**
 * What the app tells the server about one device: where to push and what the resident chose.
 * The resident's own topics («Мої теми») are not here: they never leave the phone.
 */
export interface PushRegistration {
  subscription: PushSubscriptionData;
  /** Section slugs (getSectionSlug) to hear about; null for all news. */
  sections: string[] | null;
  /** Only urgent announcements (core/urgency.ts). */
  urgentOnly: boolean;
  /** The interface language the server writes the notification in. */
  lang: Language;
}

/** GET /api/push/public-key: the VAPID key the app subscribes with. */
export interface PushPublicKey {
  publicKey: string;
}
