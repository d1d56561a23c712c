import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from '@libsql/client';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDemoBackend } from '../../mocks/demo-backend';
import { getArticleKey } from '../../src/core/ids';
import type { NewsPush } from '../../src/core/news-push';
import { buildServer } from '../../src/server/build-server';
import { readServerConfig } from '../../src/server/config';
import { openPushDatabase } from '../../src/server/push/push-database';
import { createPushStore, type PushStore } from '../../src/server/push/push-store';
import {
  startFakePushService,
  type FakePushService,
  type FakeSubscription,
} from '../unit/server/push/fake-push-service';
import {
  getRegistrationId,
  launchBrowser,
  listNotifications,
  newPhoneContext,
  openList,
  openSettings,
  publishDemoArticle,
  waitForServiceWorker,
} from './helpers';

// The app's own server in demo mode, as `npm start` runs it, sending to a loopback push service:
// headless Chromium reaches no real one, so the page's PushManager hands out a subscription on
// the fake service, whose keys the test holds to read what the server sends.
let service: FakePushService;
let server: FastifyInstance;
let db: Client;
let store: PushStore;
let dataDir: string;
let baseUrl: string;
let origin: string;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  service = await startFakePushService();
  dataDir = mkdtempSync(join(tmpdir(), 'vistky-e2e-push-'));
  const config = readServerConfig({
    LOG_LEVEL: 'warn',
    DATA_DIR: dataDir,
    PUSH_ENDPOINT_ORIGINS: service.origin,
    // Reading the feed makes the server read it again once it is a second old.
    FEED_CACHE_SECONDS: '1',
  });
  server = await buildServer(config, {
    demoBackend: createDemoBackend({ newItemEveryMs: 0 }),
    pushAgent: service.agent,
  });
  baseUrl = await server.listen({ port: 0, host: '127.0.0.1' });
  origin = `${baseUrl}/`;
  db = await openPushDatabase({ url: `file:${join(dataDir, 'vistky.db')}` });
  store = createPushStore(db);
  browser = await launchBrowser();
});

afterEach(async () => {
  await context?.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  db?.close();
  await service?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const POLL = { timeout: 20_000, interval: 300 };

/** A phone whose PushManager subscribes on the fake push service, notifications allowed. */
async function openPhone(subscription: FakeSubscription): Promise<BrowserContext> {
  context = await newPhoneContext(browser, baseUrl);
  await context.grantPermissions(['notifications'], { origin: baseUrl });
  await context.addInitScript((json) => {
    let current: PushSubscription | null = null;
    PushManager.prototype.subscribe = async function (options) {
      const key = options?.applicationServerKey as Uint8Array;
      current = {
        endpoint: json.endpoint,
        expirationTime: null,
        options: { userVisibleOnly: true, applicationServerKey: key.slice().buffer },
        getKey: () => null,
        toJSON: () => json,
        unsubscribe: async () => {
          current = null;
          return true;
        },
      } as unknown as PushSubscription;
      return current;
    };
    PushManager.prototype.getSubscription = async () => current;
  }, subscription.toJSON());
  return context;
}

describe('Web Push in the browser', () => {
  it('subscribes from the settings; the server’s push shows the article, and a tap opens it offline', async () => {
    const subscription = service.subscribe();
    await openPhone(subscription);
    const page = await context.newPage();
    await openList(page);
    await waitForServiceWorker(page);
    await openSettings(page);
    await page.getByRole('switch', { name: 'Повідомляти про нові новини' }).check();
    await expect
      .poll(() => store.getSubscription(subscription.endpoint), POLL)
      .toMatchObject({ sections: null, urgentOnly: false, lang: 'uk' });
    await page.getByRole('radio', { name: 'Лише термінові оголошення' }).check();
    await expect
      .poll(() => store.getSubscription(subscription.endpoint), POLL)
      .toMatchObject({ urgentOnly: true });
    await page.getByRole('radio', { name: 'Усі новини' }).check();
    await expect
      .poll(() => store.getSubscription(subscription.endpoint), POLL)
      .toMatchObject({ urgentOnly: false });
    await openList(page);

    const published = await publishDemoArticle(context, baseUrl);
    const key = getArticleKey(published.id);
    await expect
      .poll(async () => {
        await (await fetch(`${baseUrl}/api/feed`)).arrayBuffer();
        return service.delivered(subscription).length;
      }, POLL)
      .toBe(1);
    const payload = service.delivered(subscription)[0]!.payload as NewsPush;
    expect(payload).toMatchObject({ title: published.title, url: `/news/${key}`, articles: [key] });

    const cdp = await context.newCDPSession(page);
    const registrationId = await getRegistrationId(cdp, origin);
    const data = JSON.stringify(payload);
    await cdp.send('ServiceWorker.deliverPushMessage', { origin, registrationId, data });
    await expect
      .poll(() => listNotifications(page), POLL)
      .toEqual([expect.objectContaining({ title: published.title, tag: 'vistky-news' })]);

    await context.setOffline(true);
    // No browser automation taps a system notification: the worker gets the event it would.
    const [worker] = context.serviceWorkers();
    await worker!.evaluate(async () => {
      // Worker globals, which the tests' DOM typings do not name.
      const scope = globalThis as unknown as {
        registration: { getNotifications(): Promise<unknown[]> };
        NotificationEvent: new (type: string, init: { notification: unknown }) => Event;
      } & EventTarget;
      const [notification] = await scope.registration.getNotifications();
      scope.dispatchEvent(new scope.NotificationEvent('notificationclick', { notification }));
    });
    await page.waitForURL(`**/news/${key}`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: published.title }).isVisible(), POLL)
      .toBe(true);
  });

  it('forgets the device on the server when notifications are turned off', async () => {
    const subscription = service.subscribe();
    await openPhone(subscription);
    const page = await context.newPage();
    await openList(page);
    await waitForServiceWorker(page);
    await openSettings(page);
    const toggle = page.getByRole('switch', { name: 'Повідомляти про нові новини' });
    await toggle.check();
    await expect.poll(() => store.getSubscription(subscription.endpoint), POLL).not.toBeNull();
    await toggle.uncheck();
    await expect.poll(() => store.getSubscription(subscription.endpoint), POLL).toBeNull();
  });

  it('tells an iPhone outside the home screen how to get notifications', async () => {
    context = await newPhoneContext(browser, baseUrl);
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'userAgent', {
        get: () =>
          'Mozilla/5.0 (iPhone; CPU iPhone OS 18_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.4 Mobile/15E148 Safari/604.1',
      });
      // Safari shows no PushManager to a page outside the home screen.
      delete (window as { PushManager?: unknown }).PushManager;
    });
    const page = await context.newPage();
    await openSettings(page);
    await expect
      .poll(() => page.getByText('лише коли «Вістки» додано на екран «Додому»').isVisible(), POLL)
      .toBe(true);
    await expect(page.getByText('Оберіть «На екран "Додому"»').isVisible()).resolves.toBe(true);
  });
});
