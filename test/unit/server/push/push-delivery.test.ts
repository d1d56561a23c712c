import { afterEach, describe, expect, it, vi } from 'vitest';
import { getArticleKey } from '../../../../src/core/ids';
import type { TestServer } from '../app-server';
import {
  startFakePushService,
  type FakePushService,
  type FakeSubscription,
} from './fake-push-service';
import {
  postSubscription,
  startPushApp,
  startTestFeed,
  type PushApp,
  type TestFeed,
  type TestItem,
} from './push-app';

const closing: (TestServer | FakePushService)[] = [];
afterEach(async () => {
  await Promise.all(closing.splice(0).map((item) => item.close()));
});

const WAIT = { timeout: 10_000, interval: 50 };
const OLD: TestItem[] = [
  {
    id: 'old-1',
    title: 'Сесія міської ради',
    published: '2026-12-01T08:00:00Z',
    categories: ['Рада'],
  },
  { id: 'old-2', title: 'Ремонт мосту', published: '2026-12-02T08:00:00Z', categories: ['Місто'] },
];

/** The server reading a test feed whose first refresh has been recorded, and its push service. */
async function setup(services?: FakePushService[], env: Record<string, string> = {}) {
  const service = services?.[0] ?? (await startFakePushService());
  const feed = await startTestFeed([...OLD]);
  let now = Date.now();
  const app = await startPushApp(
    services ?? [service],
    { FEED_URL: feed.url, ...env },
    { now: () => now },
  );
  closing.push(app, feed, ...(services ?? [service]));
  await vi.waitFor(
    async () => expect(await app.store.countKnownArticles(feed.url)).toBe(OLD.length),
    WAIT,
  );
  /** Makes the server's copy stale and asks for the feed, which refreshes it in the background. */
  const refresh = async () => {
    now += 61_000;
    await (await fetch(`${app.url}/api/feed`)).arrayBuffer();
  };
  return { app, feed, service, refresh };
}

async function subscribe(
  app: PushApp,
  service: FakePushService,
  choices: { sections?: string[] | null; urgentOnly?: boolean; lang?: 'uk' | 'en' } = {},
): Promise<FakeSubscription> {
  const subscription = service.subscribe();
  const response = await postSubscription(app, {
    subscription: subscription.toJSON(),
    sections: choices.sections ?? null,
    urgentOnly: choices.urgentOnly ?? false,
    lang: choices.lang ?? 'uk',
  });
  expect(response.status).toBe(201);
  return subscription;
}

function publish(feed: TestFeed, item: Omit<TestItem, 'published'>): string {
  feed.items.unshift({ ...item, published: new Date().toISOString() });
  return getArticleKey(item.id);
}

async function waitForRuns(app: PushApp, count: number) {
  await vi.waitFor(async () => {
    const runs = await app.store.listRuns();
    expect(runs.filter((run) => run.finishedAt !== null)).toHaveLength(count);
  }, WAIT);
}

describe('Web Push from the server’s feed refresh', () => {
  it('sends every matching subscription one decryptable push naming the new article', async () => {
    const { app, feed, service, refresh } = await setup();
    const all = await subscribe(app, service);
    const english = await subscribe(app, service, { lang: 'en' });
    const safety = await subscribe(app, service, { sections: ['bezpeka'] });
    const sport = await subscribe(app, service, { sections: ['sport'] });
    const urgent = await subscribe(app, service, { urgentOnly: true });
    expect(service.receipts).toEqual([]);

    const key = publish(feed, {
      id: 'new-1',
      title: 'Навчання з цивільного захисту',
      summary: 'У четвер у школах міста пройдуть навчання.',
      categories: ['Безпека'],
    });
    await refresh();
    await waitForRuns(app, 1);

    for (const subscription of [all, english, safety]) {
      const [receipt, ...more] = service.delivered(subscription);
      expect(more).toEqual([]);
      expect(receipt).toMatchObject({ ttl: 6 * 3600, urgency: 'normal', topic: 'vistky-news' });
      expect(receipt!.payload).toEqual({
        title: 'Навчання з цивільного захисту',
        body: 'У четвер у школах міста пройдуть навчання.',
        url: `/news/${key}`,
        tag: 'vistky-news',
        articles: [key],
      });
    }
    expect(service.delivered(sport)).toEqual([]);
    expect(service.delivered(urgent)).toEqual([]);
    expect(service.receipts.filter((r) => r.error)).toEqual([]);
  });

  it('sends one push for several new articles, counting the others in the subscriber’s language', async () => {
    const { app, feed, service, refresh } = await setup();
    const ukrainian = await subscribe(app, service);
    const english = await subscribe(app, service, { lang: 'en' });
    publish(feed, { id: 'a', title: 'Перша новина', categories: ['Місто'] });
    publish(feed, { id: 'b', title: 'Друга новина', categories: ['Місто'] });
    await refresh();
    await waitForRuns(app, 1);
    expect(service.delivered(ukrainian).map((r) => r.payload)).toEqual([
      expect.objectContaining({ title: 'Друга новина', body: '+1 ще', url: '/' }),
    ]);
    expect(service.delivered(english).map((r) => r.payload)).toEqual([
      expect.objectContaining({ title: 'Друга новина', body: '+1 more', url: '/' }),
    ]);
  });

  it('sends an urgent announcement to everyone, sooner and for a shorter time', async () => {
    const { app, feed, service, refresh } = await setup();
    const urgentOnly = await subscribe(app, service, { urgentOnly: true, lang: 'en' });
    const sport = await subscribe(app, service, { sections: ['sport'] });
    publish(feed, {
      id: 'siren',
      title: 'Перевірка сирен о 10:00',
      categories: ['Анонси та оголошення', 'Терміново'],
    });
    await refresh();
    await waitForRuns(app, 1);
    expect(service.delivered(urgentOnly)).toEqual([
      expect.objectContaining({
        ttl: 3600,
        urgency: 'high',
        topic: 'vistky-urgent',
        payload: expect.objectContaining({ title: 'Urgent: Перевірка сирен о 10:00' }),
      }),
    ]);
    expect(service.delivered(sport)[0]?.payload).toMatchObject({
      title: 'Терміново: Перевірка сирен о 10:00',
    });
  });

  it('sends nothing when a refresh finds nothing new, even if the feed’s bytes changed', async () => {
    const { app, feed, service, refresh } = await setup();
    const subscription = await subscribe(app, service);
    feed.items[0] = { ...feed.items[0]!, title: 'Сесія міської ради (оновлено)' };
    await refresh();
    await vi.waitFor(async () => {
      const health = (await (await fetch(`${app.url}/healthz`)).json()) as {
        feed: { ageSeconds: number };
      };
      expect(health.feed.ageSeconds).toBe(0);
    }, WAIT);
    const key = publish(feed, { id: 'later', title: 'Пізніша новина', categories: ['Місто'] });
    await refresh();
    await waitForRuns(app, 1);
    // Runs go in order: had the edit been announced, its push would have come first.
    expect(service.delivered(subscription).map((r) => r.payload)).toEqual([
      expect.objectContaining({ articles: [key] }),
    ]);
  });

  it('deletes a subscription the push service says is gone (404, 410)', async () => {
    const { app, feed, service, refresh } = await setup();
    const gone = await subscribe(app, service);
    const expired = await subscribe(app, service);
    const kept = await subscribe(app, service);
    service.answer(gone, { status: 410 });
    service.answer(expired, { status: 404 });
    publish(feed, { id: 'n', title: 'Новина', categories: ['Місто'] });
    await refresh();
    await waitForRuns(app, 1);
    expect(await app.store.getSubscription(gone.endpoint)).toBeNull();
    expect(await app.store.getSubscription(expired.endpoint)).toBeNull();
    expect(await app.store.getSubscription(kept.endpoint)).not.toBeNull();
    expect(await app.store.listRuns()).toEqual([
      expect.objectContaining({ articleCount: 1, sent: 1, removed: 2, failed: 0 }),
    ]);
  });

  it('honours a 429’s Retry-After for that push service only', async () => {
    const slow = await startFakePushService();
    const fast = await startFakePushService();
    // One send at a time, so that what is sent after the 429 is known.
    const { app, feed, refresh } = await setup([slow, fast], { PUSH_CONCURRENCY: '1' });
    const throttled = await subscribe(app, slow);
    const alsoSlow = await subscribe(app, slow);
    const other = await subscribe(app, fast);
    slow.answer(throttled, { status: 429, retryAfter: '2' });
    publish(feed, { id: 'n', title: 'Новина', categories: ['Місто'] });
    await refresh();
    await waitForRuns(app, 1);
    const refusedAt = slow.receipts.find((r) => r.status === 429)!.at;
    expect(fast.delivered(other)[0]!.at).toBeLessThan(refusedAt + 1000);
    expect(slow.delivered(throttled)).toHaveLength(1);
    expect(slow.delivered(throttled)[0]!.at - refusedAt).toBeGreaterThanOrEqual(1900);
    expect(slow.delivered(alsoSlow)[0]!.at - refusedAt).toBeGreaterThanOrEqual(1900);
  });

  it('retries a push service’s 5xx with backoff, and delivers once', async () => {
    const { app, feed, service, refresh } = await setup();
    const subscription = await subscribe(app, service);
    service.answer(subscription, { status: 500 }, { status: 502 });
    publish(feed, { id: 'n', title: 'Новина', categories: ['Місто'] });
    await refresh();
    await waitForRuns(app, 1);
    const tries = service.receipts.filter((r) => r.id === subscription.id);
    expect(tries.map((r) => r.status)).toEqual([500, 502, 201]);
    expect(tries[1]!.at - tries[0]!.at).toBeGreaterThanOrEqual(900);
    expect(tries[2]!.at - tries[1]!.at).toBeGreaterThanOrEqual(1900);
  });

  it('sends a shorter push when the push service finds the payload too large (413)', async () => {
    const { app, feed, service, refresh } = await setup();
    const subscription = await subscribe(app, service);
    service.answer(subscription, { status: 413 });
    publish(feed, { id: 'a', title: 'Перша', categories: ['Місто'], summary: 'Текст' });
    publish(feed, { id: 'b', title: 'Друга', categories: ['Місто'] });
    await refresh();
    await waitForRuns(app, 1);
    expect(service.delivered(subscription).map((r) => r.payload)).toEqual([
      { title: 'Друга', body: '', url: '/', tag: 'vistky-news', articles: [getArticleKey('b')] },
    ]);
  });
});
