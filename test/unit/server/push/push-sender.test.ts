import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openPushDatabase } from '../../../../src/server/push/push-database';
import { createPushSender, type PushSenderOptions } from '../../../../src/server/push/push-sender';
import { createPushStore, type PushStore } from '../../../../src/server/push/push-store';
import { generateVapidKeys } from '../../../../src/server/push/vapid-keys';
import {
  startFakePushService,
  type FakePushOptions,
  type FakePushService,
} from './fake-push-service';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const VAPID = { ...generateVapidKeys(), subject: 'mailto:web@rada.example' };
const article = (key: string) => ({ key, title: `Новина ${key}`, summary: '', categories: [] });

/** A database with `count` subscriptions on a fake service and one run announcing article "new". */
async function setup(count: number, options: FakePushOptions = {}) {
  const service = await startFakePushService(options);
  const dir = mkdtempSync(join(tmpdir(), 'vistky-push-sender-'));
  const db = await openPushDatabase({ url: `file:${join(dir, 'vistky.db')}` });
  cleanups.push(
    () => service.close(),
    () => db.close(),
    () => rmSync(dir, { recursive: true }),
  );
  const store = createPushStore(db);
  const subscriptions = Array.from({ length: count }, () => service.subscribe());
  await store.saveSubscriptions(
    subscriptions.map((s) => ({
      endpoint: s.endpoint,
      p256dh: s.keys.p256dh,
      auth: s.keys.auth,
      sections: null,
      urgentOnly: false,
      lang: 'uk',
      appOrigin: 'https://vistky.example',
    })),
    1,
  );
  await store.recordArticles('feed', [article('old')], 1);
  await store.recordArticles('feed', [article('new'), article('old')], 2);
  return { service, store, subscriptions };
}

function startSender(
  store: PushStore,
  service: FakePushService,
  options: Partial<PushSenderOptions>,
) {
  const sender = createPushSender({
    store,
    vapid: VAPID,
    concurrency: 20,
    agent: service.agent,
    ...options,
  });
  cleanups.push(() => sender.close());
  return sender;
}

describe('the push sender', () => {
  it('neither loses nor repeats pushes beyond the batch in flight when it stops mid-send', async () => {
    const { service, store, subscriptions } = await setup(600, { latencyMs: 10 });
    const first = startSender(store, service, { batchSize: 100, leaseMs: 400 });
    void first.sendPending();
    await vi.waitFor(() => expect(service.receipts.length).toBeGreaterThan(250), {
      timeout: 10_000,
      interval: 5,
    });
    await first.close();

    // Another process: it waits out the first one's claim, then goes on from its cursor.
    const second = startSender(store, service, { batchSize: 100, leaseMs: 400 });
    await second.sendPending();
    const counts = subscriptions.map((s) => service.delivered(s).length);
    expect(counts.filter((n) => n === 0)).toEqual([]);
    expect(counts.filter((n) => n > 2)).toEqual([]);
    expect(counts.filter((n) => n === 2).length).toBeLessThanOrEqual(100);
    expect(await store.listRuns()).toEqual([
      expect.objectContaining({ sent: 600, failed: 0, finishedAt: expect.any(Number) }),
    ]);
  });

  it('gives up on a push service that hangs after its timeout, and tries again', async () => {
    const { service, store, subscriptions } = await setup(3);
    service.answer(subscriptions[0]!, 'hang');
    const sender = startSender(store, service, { timeoutMs: 300 });
    const started = Date.now();
    await sender.sendPending();
    expect(subscriptions.map((s) => service.delivered(s).length)).toEqual([1, 1, 1]);
    const others = [subscriptions[1]!, subscriptions[2]!].map((s) => service.delivered(s)[0]!.at);
    expect(Math.max(...others) - started).toBeLessThan(300);
    expect(service.delivered(subscriptions[0]!)[0]!.at - started).toBeGreaterThanOrEqual(1300);
  });

  it('lets only one of two senders on one database send a run', async () => {
    const { service, store, subscriptions } = await setup(50, { latencyMs: 5 });
    const a = startSender(store, service, { leaseMs: 600 });
    const b = startSender(store, service, { leaseMs: 600 });
    await Promise.all([a.sendPending(), b.sendPending()]);
    expect(subscriptions.map((s) => service.delivered(s).length)).toEqual(Array(50).fill(1));
  });
});
