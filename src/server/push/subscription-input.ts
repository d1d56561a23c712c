import { createPublicKey } from 'node:crypto';
import type { PushRegistration } from '../../core/push-api';
import { isAllowedEndpoint } from './endpoint-origins';
import type { SubscriptionRecord } from './push-records';

/** A request the API refuses with 400 and this message; nothing is stored. */
export class BadSubscriptionError extends Error {
  override name = 'BadSubscriptionError';
  readonly statusCode = 400;
}

const BASE64URL = { type: 'string', pattern: '^[A-Za-z0-9_-]+={0,2}$', maxLength: 200 } as const;

/** The JSON schema of POST /api/push/subscriptions, checked before the handler runs. */
export const REGISTRATION_SCHEMA = {
  type: 'object',
  // Refused rather than dropped: the server is not told a resident's own topics, even by mistake.
  additionalProperties: { not: {} },
  required: ['subscription', 'sections', 'urgentOnly', 'lang'],
  properties: {
    subscription: {
      type: 'object',
      required: ['endpoint', 'keys'],
      properties: {
        endpoint: { type: 'string', minLength: 1, maxLength: 1024 },
        expirationTime: { type: ['number', 'null'] },
        keys: {
          type: 'object',
          required: ['p256dh', 'auth'],
          properties: { p256dh: BASE64URL, auth: BASE64URL },
        },
      },
    },
    // One type list, not anyOf with null: Fastify's type coercion would turn [''] into null.
    sections: {
      type: ['array', 'null'],
      minItems: 1,
      maxItems: 50,
      uniqueItems: true,
      items: { type: 'string', minLength: 1, maxLength: 120 },
    },
    urgentOnly: { type: 'boolean' },
    lang: { type: 'string', enum: ['uk', 'en'] },
  },
} as const;

/** Names a field the schema refused; "is not accepted" where Ajv would say "must NOT be valid". */
export function formatSchemaErrors(
  errors: readonly { instancePath: string; keyword: string; message?: string }[],
  dataVar: string,
): Error {
  const lines = errors.map(
    (e) => `${dataVar}${e.instancePath} ${e.keyword === 'not' ? 'is not accepted' : e.message}`,
  );
  return new Error(lines.join(', '));
}

/** The JSON schema of DELETE /api/push/subscriptions. */
export const UNSUBSCRIBE_SCHEMA = {
  type: 'object',
  required: ['endpoint'],
  properties: { endpoint: { type: 'string', minLength: 1, maxLength: 1024 } },
} as const;

/**
 * Checks what the schema cannot: the endpoint is an https URL of an allowed push service, and
 * the keys are a P-256 point (65 bytes, on the curve) and a 16-byte secret (RFC 8291).
 */
export function toSubscriptionRecord(
  body: PushRegistration,
  endpointOrigins: readonly string[],
  appOrigin: string | null,
): SubscriptionRecord {
  let endpoint: URL;
  try {
    endpoint = new URL(body.subscription.endpoint);
  } catch {
    throw new BadSubscriptionError('subscription.endpoint must be an absolute https URL');
  }
  if (!isAllowedEndpoint(endpoint, endpointOrigins)) {
    throw new BadSubscriptionError(
      `subscription.endpoint must be on a known push service, not ${endpoint.protocol}//${endpoint.host}`,
    );
  }
  const p256dh = decode(body.subscription.keys.p256dh);
  if (p256dh.length !== 65 || p256dh[0] !== 0x04 || !isCurvePoint(p256dh)) {
    throw new BadSubscriptionError(
      'subscription.keys.p256dh must be an uncompressed P-256 public key',
    );
  }
  const auth = decode(body.subscription.keys.auth);
  if (auth.length !== 16) {
    throw new BadSubscriptionError('subscription.keys.auth must be 16 bytes');
  }
  return {
    endpoint: endpoint.href,
    p256dh: p256dh.toString('base64url'),
    auth: auth.toString('base64url'),
    sections: body.sections,
    urgentOnly: body.urgentOnly,
    lang: body.lang,
    appOrigin,
  };
}

function decode(value: string): Buffer {
  return Buffer.from(value.replace(/=+$/, ''), 'base64url');
}

function isCurvePoint(point: Buffer): boolean {
  try {
    createPublicKey({
      key: {
        kty: 'EC',
        crv: 'P-256',
        x: point.subarray(1, 33).toString('base64url'),
        y: point.subarray(33).toString('base64url'),
      },
      format: 'jwk',
    });
    return true;
  } catch {
    return false;
  }
}
