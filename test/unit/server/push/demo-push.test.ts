import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDemoBackend } from '../../../../mocks/demo-backend';
import { openPushDatabase } from '../../../../src/server/push/push-database';
import { createPushStore } from '../../../../src/server/push/push-store';
import { generateVapidKeys } from '../../../../src/server/push/vapid-keys';
import { startAppServer, type AppServer } from '../app-server';
import { startFakePushService, type FakePushService } from './fake-push-service';
import { postSubscription } from './push-app';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startDemo(
  dataDir: string,
  service: FakePushService,
  env: Record<string, string> = {},
): Promise<AppServer> {
  const server = await startAppServer(
    { DATA_DIR: dataDir, PUSH_ENDPOINT_ORIGINS: service.origin, FEED_CACHE_SECONDS: '1', ...env },
    { demoBackend: createDemoBackend({ newItemEveryMs: 0 }), pushAgent: service.agent },
  );
  cleanups.push(() => server.close());
  return server;
}

async function getPublicKey(server: AppServer): Promise<string> {
  const response = await fetch(`${server.url}/api/push/public-key`);
  return ((await response.json()) as { publicKey: string }).publicKey;
}

describe('Web Push in demo mode', () => {
  it('works out of the box: a key pair of its own, kept in the data folder across restarts', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'vistky-demo-push-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const service = await startFakePushService();
    cleanups.push(() => service.close());
    const first = await startDemo(dataDir, service);
    const key = await getPublicKey(first);
    const stored = JSON.parse(readFileSync(join(dataDir, 'vapid-demo-keys.json'), 'utf8'));
    expect(stored.publicKey).toBe(key);
    await first.close();
    expect(await getPublicKey(await startDemo(dataDir, service))).toBe(key);
  });

  it('pushes an article the demo publishes to a subscription posted through the API', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'vistky-demo-push-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const service = await startFakePushService();
    cleanups.push(() => service.close());
    const server = await startDemo(dataDir, service);
    const db = await openPushDatabase({ url: `file:${join(dataDir, 'vistky.db')}` });
    cleanups.push(() => db.close());
    const store = createPushStore(db);
    await vi.waitFor(async () => expect(await store.countKnownArticles('demo')).toBeGreaterThan(0));

    const subscription = service.subscribe();
    await postSubscription(server, {
      subscription: subscription.toJSON(),
      sections: null,
      urgentOnly: false,
      lang: 'uk',
    });
    const published = (await (
      await fetch(`${server.url}/__demo/publish`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: server.url },
        body: '{}',
      })
    ).json()) as { title: string };
    // Clients reading the feed make the server read it again once it is a second old.
    await vi.waitFor(
      async () => {
        await (await fetch(`${server.url}/api/feed`)).arrayBuffer();
        expect(service.delivered(subscription)).toHaveLength(1);
      },
      { timeout: 10_000, interval: 300 },
    );
    expect(service.delivered(subscription)[0]!.payload).toMatchObject({ title: published.title });
  });

  it('announces nothing of the demo city to subscriptions made with real keys', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'vistky-demo-push-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const service = await startFakePushService();
    cleanups.push(() => service.close());
    const keys = generateVapidKeys();
    const server = await startDemo(dataDir, service, {
      VAPID_PUBLIC_KEY: keys.publicKey,
      VAPID_PRIVATE_KEY: keys.privateKey,
      VAPID_SUBJECT: 'mailto:web@rada.example',
    });
    const health = async () =>
      ((await (await fetch(`${server.url}/healthz`)).json()) as { feed: { items: number | null } })
        .feed.items;
    await vi.waitFor(async () => expect(await health()).toBeGreaterThan(0));
    const before = (await health())!;
    await fetch(`${server.url}/__demo/publish`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: '{}',
    });
    await vi.waitFor(
      async () => {
        await (await fetch(`${server.url}/api/feed`)).arrayBuffer();
        expect(await health()).toBe(before + 1);
      },
      { timeout: 10_000, interval: 300 },
    );
    const db = await openPushDatabase({ url: `file:${join(dataDir, 'vistky.db')}` });
    cleanups.push(() => db.close());
    expect(await createPushStore(db).countKnownArticles('demo')).toBe(0);
  });
});
