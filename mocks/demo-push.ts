import { http, HttpResponse, type RequestHandler } from 'msw';

/** The demo's stand-in for a city's push server: subscriptions kept in memory. */
export interface PushSubscriptionStore {
  list(): PushSubscriptionJSON[];
  clear(): void;
}

function isSubscription(value: unknown): value is PushSubscriptionJSON {
  if (typeof value !== 'object' || value === null) return false;
  const { endpoint, keys } = value as PushSubscriptionJSON;
  return (
    typeof endpoint === 'string' &&
    /^https:\/\//.test(endpoint) &&
    typeof keys?.p256dh === 'string' &&
    typeof keys.auth === 'string'
  );
}

/**
 * POST /api/push/subscriptions stores a device's subscription, DELETE removes it by endpoint,
 * GET counts them: what a city's CMS keeps so that `web-push` can send tickles.
 */
export function createPushHandlers(base: string): {
  handlers: RequestHandler[];
  store: PushSubscriptionStore;
} {
  const subscriptions = new Map<string, PushSubscriptionJSON>();
  const path = `${base}/api/push/subscriptions`;
  const handlers = [
    http.post(path, async ({ request }) => {
      const body: unknown = await request.json().catch(() => null);
      if (!isSubscription(body)) {
        return HttpResponse.json({ error: 'Not a push subscription' }, { status: 400 });
      }
      subscriptions.set(body.endpoint!, body);
      return HttpResponse.json({ ok: true }, { status: 201 });
    }),
    http.delete(path, async ({ request }) => {
      const body = (await request.json().catch(() => null)) as { endpoint?: unknown } | null;
      if (typeof body?.endpoint !== 'string') {
        return HttpResponse.json({ error: 'No endpoint' }, { status: 400 });
      }
      subscriptions.delete(body.endpoint);
      return new HttpResponse(null, { status: 204 });
    }),
    http.get(path, () => HttpResponse.json({ count: subscriptions.size })),
  ];
  return {
    handlers,
    store: { list: () => [...subscriptions.values()], clear: () => subscriptions.clear() },
  };
}
