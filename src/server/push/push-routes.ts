import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PUSH_PATHS, type PushPublicKey, type PushRegistration } from '../../core/push-api';
import { requireSameOriginJson } from '../http/same-origin-json';
import type { PushStore } from './push-store';
import {
  formatSchemaErrors,
  REGISTRATION_SCHEMA,
  toSubscriptionRecord,
  UNSUBSCRIBE_SCHEMA,
} from './subscription-input';

/** What the push API needs: the store, the server's public key, the allowed push services. */
export interface PushRoutesOptions {
  store: PushStore;
  publicKey: string;
  endpointOrigins: readonly string[];
  now: () => number;
}

// A subscription is a few hundred bytes of JSON; a resident changes it a few times a day.
const BODY_LIMIT = 4096;
const RATE_LIMIT = { max: 30, timeWindow: '1 minute' };

/**
 * The Web Push API: GET the VAPID public key; POST a device's subscription with its choices
 * (201, again to update it); DELETE it by endpoint (204). Writes take same-origin JSON only.
 */
export function registerPushRoutes(app: FastifyInstance, options: PushRoutesOptions): void {
  const write = {
    bodyLimit: BODY_LIMIT,
    onRequest: requireSameOriginJson,
    config: { rateLimit: RATE_LIMIT },
  };

  app.get(PUSH_PATHS.publicKey, { config: { rateLimit: RATE_LIMIT } }, async (_request, reply) => {
    // Revalidated, so a deployment that changes its keys is seen at the next visit.
    reply.header('cache-control', 'no-cache');
    return { publicKey: options.publicKey } satisfies PushPublicKey;
  });

  app.post<{ Body: PushRegistration }>(
    PUSH_PATHS.subscriptions,
    { ...write, schema: { body: REGISTRATION_SCHEMA }, schemaErrorFormatter: formatSchemaErrors },
    async (request, reply) => {
      const record = toSubscriptionRecord(
        request.body,
        options.endpointOrigins,
        getAppOrigin(request),
      );
      await options.store.saveSubscriptions([record], options.now());
      return reply.code(201).header('cache-control', 'no-store').send({ ok: true });
    },
  );

  app.delete<{ Body: { endpoint: string } }>(
    PUSH_PATHS.subscriptions,
    { ...write, schema: { body: UNSUBSCRIBE_SCHEMA } },
    async (request, reply) => {
      await options.store.deleteSubscription(request.body.endpoint);
      return reply.code(204).header('cache-control', 'no-store').send();
    },
  );
}

/** Answers the push API with 404 on a server without VAPID keys: the app then offers no push. */
export function registerPushDisabledRoutes(app: FastifyInstance): void {
  const answer = async (_request: FastifyRequest, reply: FastifyReply) =>
    reply.code(404).header('cache-control', 'no-cache').send({
      error: 'Not Found: this server sends no Web Push (VAPID keys are not configured)',
    });
  const limited = { bodyLimit: BODY_LIMIT, config: { rateLimit: RATE_LIMIT } };
  app.get(PUSH_PATHS.publicKey, limited, answer);
  app.post(PUSH_PATHS.subscriptions, limited, answer);
  app.delete(PUSH_PATHS.subscriptions, limited, answer);
}

// The page's own origin, as the browser named it: where links in declarative pushes lead.
function getAppOrigin(request: FastifyRequest): string | null {
  const origin = request.headers.origin;
  if (origin && /^https?:\/\/[^/?#\s]{1,200}$/i.test(origin)) return origin.toLowerCase();
  return `${request.protocol}://${request.host}`;
}
