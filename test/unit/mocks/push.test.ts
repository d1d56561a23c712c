import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { control, DEMO_ORIGIN, server } from '../../../mocks/node';

const URL = `${DEMO_ORIGIN}/api/push/subscriptions`;
const subscription = {
  endpoint: 'https://push.example/send/abc',
  keys: { p256dh: 'BAbc', auth: 'xyz' },
};

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => control.reset());
afterAll(() => server.close());

const count = async () => ((await (await fetch(URL)).json()) as { count: number }).count;

describe('the demo push subscription endpoint', () => {
  it('stores a subscription once, however often the device sends it', async () => {
    const post = () =>
      fetch(URL, { method: 'POST', body: JSON.stringify(subscription) }).then((r) => r.status);
    expect(await post()).toBe(201);
    expect(await post()).toBe(201);
    expect(await count()).toBe(1);
  });

  it('forgets a subscription when the device unsubscribes', async () => {
    await fetch(URL, { method: 'POST', body: JSON.stringify(subscription) });
    const response = await fetch(URL, {
      method: 'DELETE',
      body: JSON.stringify({ endpoint: subscription.endpoint }),
    });
    expect(response.status).toBe(204);
    expect(await count()).toBe(0);
  });

  it('refuses what is not a push subscription', async () => {
    const response = await fetch(URL, { method: 'POST', body: JSON.stringify({ endpoint: 'x' }) });
    expect(response.status).toBe(400);
    expect(await count()).toBe(0);
  });
});
