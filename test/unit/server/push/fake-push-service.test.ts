import { createPrivateKey, sign } from 'node:crypto';
import webpush, { WebPushError } from 'web-push';
import { afterEach, describe, expect, it } from 'vitest';
import { generateVapidKeys } from '../../../../src/server/push/vapid-keys';
import { startFakePushService, type FakePushService } from './fake-push-service';

const KEYS = generateVapidKeys();
const SUBJECT = 'mailto:web@rada.example';
let service: FakePushService;
afterEach(() => service.close());

/** A VAPID header with any claims, signed with the key pair `keys`. */
function vapidHeader(claims: object, keys = KEYS): string {
  const point = Buffer.from(keys.publicKey, 'base64url');
  const key = createPrivateKey({
    key: {
      kty: 'EC',
      crv: 'P-256',
      d: keys.privateKey,
      x: point.subarray(1, 33).toString('base64url'),
      y: point.subarray(33).toString('base64url'),
    },
    format: 'jwk',
  });
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${encode({ typ: 'JWT', alg: 'ES256' })}.${encode(claims)}`;
  const signature = sign('sha256', Buffer.from(unsigned), { key, dsaEncoding: 'ieee-p1363' });
  return `vapid t=${unsigned}.${signature.toString('base64url')}, k=${KEYS.publicKey}`;
}

async function send(authorization: string | null, headers: Record<string, string> = {}) {
  const subscription = service.subscribe();
  try {
    await webpush.sendNotification(subscription.toJSON(), JSON.stringify({ title: 'Привіт' }), {
      contentEncoding: 'aes128gcm',
      TTL: 60,
      agent: service.agent,
      ...(authorization === null
        ? { vapidDetails: { subject: SUBJECT, ...KEYS } }
        : { headers: { Authorization: authorization, ...headers } }),
    });
  } catch (error) {
    if (!(error instanceof WebPushError)) throw error;
  }
  return service.receipts.at(-1)!;
}

describe('the loopback fake push service', () => {
  it('accepts a push with a good VAPID token and decrypts it with the subscription’s keys', async () => {
    service = await startFakePushService({ applicationServerKey: KEYS.publicKey });
    expect(await send(null)).toMatchObject({ status: 201, ttl: 60, payload: { title: 'Привіт' } });
  });

  it('refuses a token for another audience, a lapsed one, one for more than 24 h, a forged one', async () => {
    service = await startFakePushService();
    const exp = Math.floor(Date.now() / 1000) + 3600;
    const cases: [string, RegExp][] = [
      [vapidHeader({ aud: 'https://fcm.googleapis.com', exp, sub: SUBJECT }), /audience/],
      [vapidHeader({ aud: service.origin, exp: exp - 7200, sub: SUBJECT }), /expired/],
      [vapidHeader({ aud: service.origin, exp: exp + 24 * 3600, sub: SUBJECT }), /24 h/],
      [vapidHeader({ aud: service.origin, exp, sub: SUBJECT }, generateVapidKeys()), /signature/],
    ];
    for (const [header, reason] of cases) {
      const receipt = await send(header);
      expect(receipt.status).toBe(403);
      expect(receipt.error).toMatch(reason);
    }
  });

  it('refuses a token signed by another key than the one the subscription was made with', async () => {
    service = await startFakePushService({ applicationServerKey: generateVapidKeys().publicKey });
    expect(await send(null)).toMatchObject({ status: 403, error: expect.stringMatching(/key/) });
  });
});
