import type { Agent } from 'node:https';
import webpush, { WebPushError } from 'web-push';
import { parseRetryAfter } from '../../net/parse-retry-after';
import type { PushGate } from './push-gate';
import type { StoredSubscription } from './push-records';
import type { OutgoingPush } from './subscriber-push';

/** What became of one subscriber's push. */
export type DeliveryOutcome = 'sent' | 'gone' | 'failed';

/** What delivering a push needs: pacing, credentials, transport, time. */
export interface DeliveryContext {
  gate: PushGate;
  authorize: (endpoint: string) => string;
  agent: Agent;
  timeoutMs: number;
  now: () => number;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  signal: AbortSignal;
  /** Called with every answer that was not a success, for the run's log line. */
  record: (service: string, status: number | 'error') => void;
}

// A 5xx or a dropped connection is tried again after 1, 2 and 4 s; then the push is given up.
const SERVER_ERROR_RETRIES = 3;
const FIRST_BACKOFF_MS = 1000;
// Retry-After is honoured, within reason: an hour, or 10 s when the service names no time.
const THROTTLE_RETRIES = 5;
const DEFAULT_PAUSE_MS = 10_000;
const MAX_PAUSE_MS = 3_600_000;

/**
 * Sends one subscriber's push (RFC 8030): 2xx delivered; 404/410 the subscription is gone;
 * 413 once more in its short form; 429/503 pause that push service for its Retry-After and try
 * again; other 5xx and network failures retried with backoff; anything else given up.
 */
export async function deliverPush(
  subscription: StoredSubscription,
  push: OutgoingPush,
  context: DeliveryContext,
): Promise<DeliveryOutcome> {
  const service = new URL(subscription.endpoint).origin;
  let body = push.body;
  let failures = 0;
  let throttled = 0;
  for (;;) {
    const status = await send(subscription, body, push, service, context);
    if (status >= 200 && status < 300) return 'sent';
    context.record(service, status || 'error');
    if (status === 404 || status === 410) return 'gone';
    if (status === 413 && body !== push.shortBody) {
      body = push.shortBody;
      continue;
    }
    if (status === 429 || status === 503) {
      if (++throttled > THROTTLE_RETRIES) return 'failed';
      continue;
    }
    if (status === 0 || status >= 500) {
      if (++failures > SERVER_ERROR_RETRIES) return 'failed';
      await context.sleep(FIRST_BACKOFF_MS * 2 ** (failures - 1), context.signal);
      continue;
    }
    return 'failed';
  }
}

async function send(
  subscription: StoredSubscription,
  body: string,
  push: OutgoingPush,
  service: string,
  context: DeliveryContext,
): Promise<number> {
  await context.gate.acquire(service);
  try {
    const response = await webpush.sendNotification(
      {
        endpoint: subscription.endpoint,
        keys: { p256dh: subscription.p256dh, auth: subscription.auth },
      },
      body,
      {
        // The token is signed once per push service (vapid-authorization.ts), not per push.
        headers: { Authorization: context.authorize(subscription.endpoint) },
        contentEncoding: 'aes128gcm',
        TTL: push.ttl,
        urgency: push.urgency,
        topic: push.topic,
        agent: context.agent,
        timeout: context.timeoutMs,
      },
    );
    return response.statusCode;
  } catch (error) {
    if (error instanceof WebPushError) {
      // Paused before the slot is released, so that no send waiting for it goes out first.
      if (error.statusCode === 429 || error.statusCode === 503) {
        const retryAfter = error.headers['retry-after'];
        pauseService(service, typeof retryAfter === 'string' ? retryAfter : null, context);
      }
      return error.statusCode;
    }
    context.signal.throwIfAborted();
    // A refused connection, a reset or the socket timeout: the service did not answer.
    return 0;
  } finally {
    context.gate.release();
  }
}

function pauseService(service: string, retryAfter: string | null, context: DeliveryContext): void {
  const now = context.now();
  const retryAt = parseRetryAfter(retryAfter, new Date(now))?.getTime() ?? now + DEFAULT_PAUSE_MS;
  context.gate.pause(service, now + Math.min(Math.max(retryAt - now, 0), MAX_PAUSE_MS));
}
