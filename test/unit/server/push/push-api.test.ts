import { afterEach, describe, expect, it } from 'vitest';
import type { TestServer } from '../app-server';
import { startFakePushService, type FakePushService } from './fake-push-service';
import { postSubscription, startPushApp, startTestFeed, type PushApp } from './push-app';

const closing: (TestServer | FakePushService)[] = [];
afterEach(async () => {
  await Promise.all(closing.splice(0).map((item) => item.close()));
});

async function setup(): Promise<{ app: PushApp; service: FakePushService }> {
  const service = await startFakePushService();
  const app = await startPushApp([service]);
  closing.push(app, service);
  return { app, service };
}

function registration(service: FakePushService, overrides: Record<string, unknown> = {}) {
  return {
    subscription: service.subscribe().toJSON(),
    sections: null,
    urgentOnly: false,
    lang: 'uk',
    ...overrides,
  };
}

async function expectRefused(response: Response, status: number, message: RegExp) {
  expect(response.status).toBe(status);
  expect(((await response.json()) as { error: string }).error).toMatch(message);
}

describe('the push subscriptions API', () => {
  it('gives the VAPID public key the app subscribes with', async () => {
    const { app } = await setup();
    const response = await fetch(`${app.url}/api/push/public-key`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ publicKey: app.keys.publicKey });
  });

  it('stores a subscription with the resident’s choices, and updates it when posted again', async () => {
    const { app, service } = await setup();
    const body = registration(service, { sections: ['bezpeka'], lang: 'en' });
    expect((await postSubscription(app, body)).status).toBe(201);
    const again = { ...body, sections: null, urgentOnly: true };
    expect((await postSubscription(app, again)).status).toBe(201);
    expect(await app.store.countSubscriptions()).toBe(1);
    expect(await app.store.getSubscription(body.subscription.endpoint)).toMatchObject({
      sections: null,
      urgentOnly: true,
      lang: 'en',
      appOrigin: app.url,
    });
  });

  it('deletes a subscription by its endpoint', async () => {
    const { app, service } = await setup();
    const body = registration(service);
    await postSubscription(app, body);
    const response = await fetch(`${app.url}/api/push/subscriptions`, {
      method: 'DELETE',
      headers: { 'content-type': 'application/json', origin: app.url },
      body: JSON.stringify({ endpoint: body.subscription.endpoint }),
    });
    expect(response.status).toBe(204);
    expect(await app.store.countSubscriptions()).toBe(0);
  });

  it('answers 404 where the server has no VAPID keys, so the app offers no push', async () => {
    const feed = await startTestFeed([]);
    const app = await startPushApp([], {
      FEED_URL: feed.url,
      VAPID_PUBLIC_KEY: '',
      VAPID_PRIVATE_KEY: '',
      VAPID_SUBJECT: '',
    });
    closing.push(app, feed);
    const response = await fetch(`${app.url}/api/push/public-key`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: string }).error).toMatch(/VAPID/);
  });
});

describe('bad input at the push API: a 4xx with a message, and nothing stored', () => {
  it('refuses a body that is not JSON', async () => {
    const { app, service } = await setup();
    const response = await postSubscription(app, JSON.stringify(registration(service)), {
      'content-type': 'text/plain',
    });
    await expectRefused(response, 415, /application\/json/);
    expect(await app.store.countSubscriptions()).toBe(0);
  });

  it('refuses another site’s page', async () => {
    const { app, service } = await setup();
    const response = await postSubscription(app, registration(service), {
      origin: 'https://evil.example',
      'sec-fetch-site': 'cross-site',
    });
    await expectRefused(response, 403, /other sites/);
    expect(await app.store.countSubscriptions()).toBe(0);
  });

  it('refuses a body over 4 KB', async () => {
    const { app, service } = await setup();
    const sections = Array.from({ length: 50 }, (_, i) => `section-${i}-${'x'.repeat(90)}`);
    const response = await postSubscription(app, registration(service, { sections }));
    await expectRefused(response, 413, /too large/i);
    expect(await app.store.countSubscriptions()).toBe(0);
  });

  it('refuses an endpoint off the push services’ allowlist, or not https', async () => {
    const { app, service } = await setup();
    for (const endpoint of [
      'https://attacker.example/push/1',
      'https://fcm.googleapis.com.attacker.example/fcm/send/1',
      `${service.origin.replace('https:', 'http:')}/push/1`,
      'not a url',
    ]) {
      const body = registration(service);
      body.subscription.endpoint = endpoint;
      await expectRefused(await postSubscription(app, body), 400, /endpoint/);
    }
    expect(await app.store.countSubscriptions()).toBe(0);
  });

  it('refuses malformed keys: wrong lengths, a point off the curve, not base64url', async () => {
    const { app, service } = await setup();
    const good = registration(service).subscription.keys;
    const offCurve = Buffer.alloc(65, 1);
    offCurve[0] = 4;
    for (const keys of [
      { ...good, p256dh: good.p256dh.slice(0, 40) },
      { ...good, p256dh: offCurve.toString('base64url') },
      { ...good, auth: Buffer.alloc(8).toString('base64url') },
      { ...good, auth: 'not base64!' },
      { p256dh: good.p256dh },
    ]) {
      const body = registration(service);
      body.subscription.keys = keys as typeof good;
      await expectRefused(await postSubscription(app, body), 400, /keys|auth|p256dh/);
    }
    expect(await app.store.countSubscriptions()).toBe(0);
  });

  it('refuses choices that are not sections, urgent-only and a known language', async () => {
    const { app, service } = await setup();
    for (const overrides of [
      { sections: [] },
      { sections: [''] },
      { urgentOnly: 'yes' },
      { lang: 'ru' },
      { topics: ['вода'] },
    ]) {
      const response = await postSubscription(app, registration(service, overrides));
      await expectRefused(response, 400, /^body\/(sections|urgentOnly|lang|topics)\b/);
    }
    expect(await app.store.countSubscriptions()).toBe(0);
  });

  it('limits how often one client may write', async () => {
    const { app, service } = await setup();
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++) {
      statuses.push((await postSubscription(app, registration(service))).status);
    }
    expect(statuses.slice(0, 30)).toEqual(Array(30).fill(201));
    expect(statuses.slice(30)).toEqual([429, 429]);
  });
});
