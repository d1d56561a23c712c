import {
  createECDH,
  createDecipheriv,
  createPublicKey,
  hkdfSync,
  randomBytes,
  verify,
  type ECDH,
} from 'node:crypto';

/** A browser's side of a push subscription: its P-256 key pair and auth secret (RFC 8291). */
export interface SubscriberKeys {
  ecdh: ECDH;
  /** The public key, base64url, as `PushSubscription.toJSON().keys.p256dh`. */
  p256dh: string;
  /** The 16-byte secret, base64url, as `keys.auth`. */
  auth: string;
}

/** New keys for a subscription, as a browser makes them. */
export function createSubscriberKeys(): SubscriberKeys {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return {
    ecdh,
    p256dh: ecdh.getPublicKey('base64url'),
    auth: randomBytes(16).toString('base64url'),
  };
}

/**
 * Decrypts an aes128gcm push body (RFC 8188 record, RFC 8291 keys) as the browser would: the
 * sender's public key is in the header, the secret from ECDH with the subscriber's private key.
 */
export function decryptPushBody(body: Buffer, keys: SubscriberKeys): string {
  const salt = body.subarray(0, 16);
  const recordSize = body.readUInt32BE(16);
  const idLength = body[20]!;
  const senderKey = body.subarray(21, 21 + idLength);
  const ciphertext = body.subarray(21 + idLength);
  if (ciphertext.length > recordSize) throw new Error('more than one record');
  const shared = keys.ecdh.computeSecret(senderKey);
  const keyInfo = Buffer.concat([
    Buffer.from('WebPush: info\0'),
    keys.ecdh.getPublicKey(),
    senderKey,
  ]);
  const ikm = Buffer.from(
    hkdfSync('sha256', shared, Buffer.from(keys.auth, 'base64url'), keyInfo, 32),
  );
  const cek = Buffer.from(
    hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16),
  );
  const nonce = Buffer.from(
    hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12),
  );
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(ciphertext.subarray(-16));
  const padded = Buffer.concat([decipher.update(ciphertext.subarray(0, -16)), decipher.final()]);
  // The last record ends with the delimiter 0x02, then zero padding (RFC 8188 §2).
  const end = padded.lastIndexOf(2);
  if (end < 0 || padded.subarray(end + 1).some((byte) => byte !== 0)) {
    throw new Error('bad padding');
  }
  return padded.subarray(0, end).toString('utf8');
}

/** What a VAPID Authorization header claimed, once its signature checked out. */
export interface VapidClaims {
  aud: string;
  exp: number;
  sub: string;
  /** The server's public key (k=), base64url. */
  key: string;
}

/**
 * Checks a VAPID Authorization header (RFC 8292): `vapid t=<JWT>, k=<key>`, an ES256 JWT whose
 * audience is this push service's origin and whose expiry is at most 24 hours away. Throws with
 * the reason otherwise.
 */
export function verifyVapid(
  header: string | undefined,
  audience: string,
  nowMs: number,
): VapidClaims {
  const match = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+),\s*k=([\w-]+)$/.exec(header ?? '');
  if (!match) throw new Error('no vapid Authorization header');
  const [, token, key] = match as unknown as [string, string, string];
  const [head, body, signature] = token.split('.') as [string, string, string];
  const header_ = JSON.parse(Buffer.from(head, 'base64url').toString()) as { alg?: string };
  if (header_.alg !== 'ES256') throw new Error(`JWT alg ${header_.alg}`);
  const point = Buffer.from(key, 'base64url');
  const publicKey = createPublicKey({
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: point.subarray(1, 33).toString('base64url'),
      y: point.subarray(33).toString('base64url'),
    },
    format: 'jwk',
  });
  const signed = verify(
    'sha256',
    Buffer.from(`${head}.${body}`),
    { key: publicKey, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url'),
  );
  if (!signed) throw new Error('JWT signature does not verify');
  const claims = JSON.parse(Buffer.from(body, 'base64url').toString()) as Omit<VapidClaims, 'key'>;
  if (claims.aud !== audience) throw new Error(`JWT audience ${claims.aud}, not ${audience}`);
  const seconds = nowMs / 1000;
  if (!(claims.exp > seconds)) throw new Error('JWT expired');
  if (claims.exp > seconds + 24 * 3600) throw new Error('JWT expiry more than 24 h away');
  if (!/^(mailto:|https:)/.test(claims.sub ?? '')) throw new Error('JWT sub is no contact');
  return { ...claims, key };
}
