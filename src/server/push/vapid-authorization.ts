import webpush from 'web-push';
import type { VapidKeys } from './vapid-keys';

// RFC 8292 allows 24 h; a token is made for 12 h and replaced when less than one remains, so
// one signature serves a push service's thousands of sends instead of one signature each.
const TOKEN_SECONDS = 12 * 3600;
const RENEW_BEFORE_SECONDS = 3600;

/** The VAPID Authorization header for a push service's origin, signed once and reused. */
export function createVapidAuthorization(keys: VapidKeys, now: () => number) {
  const tokens = new Map<string, { header: string; expires: number }>();
  return (endpoint: string): string => {
    const audience = new URL(endpoint).origin;
    const seconds = Math.floor(now() / 1000);
    const cached = tokens.get(audience);
    if (cached && cached.expires - seconds > RENEW_BEFORE_SECONDS) return cached.header;
    const expires = seconds + TOKEN_SECONDS;
    const { Authorization } = webpush.getVapidHeaders(
      audience,
      keys.subject,
      keys.publicKey,
      keys.privateKey,
      'aes128gcm',
      expires,
    );
    tokens.set(audience, { header: Authorization, expires });
    return Authorization;
  };
}
