import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  getRegistrationId,
  launchBrowser,
  listNotifications,
  newPhoneContext,
  openInspector,
  openList,
  publishDemoArticle,
  readStoredTitles,
  resetDemo,
  waitForServiceWorker,
} from './helpers';

const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin + '/';
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterEach(async () => {
  await resetDemo(context, baseUrl);
  await context.close();
});

afterAll(async () => {
  await browser?.close();
});

const POLL = { timeout: 20_000, interval: 200 };

/** A phone that has the app (worker active, feed stored) and allows notifications. */
async function installApp(): Promise<Page> {
  context = await newPhoneContext(browser, baseUrl);
  await context.grantPermissions(['notifications'], { origin: baseUrl });
  const page = await context.newPage();
  await openList(page);
  await waitForServiceWorker(page);
  return page;
}

async function setNotifications(page: Page, isOn: boolean): Promise<void> {
  await page.goto('/settings');
  const toggle = page.getByRole('switch', { name: 'Повідомляти про нові новини' });
  if (isOn) await toggle.check();
  else await expect(toggle.isChecked()).resolves.toBe(false);
}

describe('background update checks', () => {
  it('stores the new article and notifies on a push while the app is closed; a second push replaces the first', async () => {
    const app = await installApp();
    await setNotifications(app, true);
    const inspector = await openInspector(context);
    const cdp = await context.newCDPSession(inspector);
    const registrationId = await getRegistrationId(cdp, origin);
    await app.close();

    const first = await publishDemoArticle(context, baseUrl);
    await cdp.send('ServiceWorker.deliverPushMessage', { origin, registrationId, data: '' });
    await expect.poll(() => readStoredTitles(inspector), POLL).toContain(first.title);
    await expect
      .poll(() => listNotifications(inspector), POLL)
      .toEqual([expect.objectContaining({ title: first.title, tag: 'vistky-news' })]);

    const second = await publishDemoArticle(context, baseUrl);
    await cdp.send('ServiceWorker.deliverPushMessage', { origin, registrationId, data: '' });
    await expect
      .poll(() => listNotifications(inspector), POLL)
      .toEqual([expect.objectContaining({ title: second.title })]);
  });

  it('shows the title and link a push message carries', async () => {
    const app = await installApp();
    await setNotifications(app, true);
    const inspector = await openInspector(context);
    const cdp = await context.newCDPSession(inspector);
    const registrationId = await getRegistrationId(cdp, origin);
    await app.close();

    const data = JSON.stringify({ title: 'Увага: перевірка сирен о 10:00', body: 'Не хвилюйтеся' });
    await cdp.send('ServiceWorker.deliverPushMessage', { origin, registrationId, data });
    await expect
      .poll(() => listNotifications(inspector), POLL)
      .toEqual([
        expect.objectContaining({ title: 'Увага: перевірка сирен о 10:00', body: 'Не хвилюйтеся' }),
      ]);
  });

  it('stores new articles on a periodic sync', async () => {
    const app = await installApp();
    const inspector = await openInspector(context);
    const cdp = await context.newCDPSession(inspector);
    const registrationId = await getRegistrationId(cdp, origin);
    await app.close();

    const published = await publishDemoArticle(context, baseUrl);
    await cdp.send('ServiceWorker.dispatchPeriodicSyncEvent', {
      origin,
      registrationId,
      tag: 'feed-refresh',
    });
    await expect.poll(() => readStoredTitles(inspector), POLL).toContain(published.title);
  });

  it('completes a refresh that failed offline by Background Sync once the network returns', async () => {
    const app = await installApp();
    // Records the app's Background Sync requests, whatever the browser then does with them.
    await app.evaluate(() => {
      type Recorder = typeof window & {
        syncTags: string[];
        SyncManager: { prototype: { register(this: unknown, tag: string): Promise<void> } };
      };
      const page = window as Recorder;
      const register = page.SyncManager.prototype.register;
      page.syncTags = [];
      page.SyncManager.prototype.register = function (tag: string) {
        page.syncTags.push(tag);
        return register.call(this, tag);
      };
    });
    const inspector = await openInspector(context);
    const cdp = await context.newCDPSession(inspector);
    const registrationId = await getRegistrationId(cdp, origin);
    await app.bringToFront();
    const published = await publishDemoArticle(context, baseUrl);

    await context.setOffline(true);
    await app.getByRole('button', { name: 'Оновити' }).click();
    await app.getByText('Немає зʼєднання з інтернетом').first().waitFor();
    await expect
      .poll(() => app.evaluate(() => (window as unknown as { syncTags: string[] }).syncTags), POLL)
      .toContain('feed-refresh');
    await app.close();
    expect(await readStoredTitles(inspector)).not.toContain(published.title);

    await context.setOffline(false);
    await cdp.send('ServiceWorker.dispatchSyncEvent', {
      origin,
      registrationId,
      tag: 'feed-refresh',
      lastChance: false,
    });
    await expect.poll(() => readStoredTitles(inspector), POLL).toContain(published.title);
  });

  it('notifies about a topic of mine even with notifications off', async () => {
    const app = await installApp();
    await setNotifications(app, false);
    await app.getByLabel('Нова тема').fill('магістратськ');
    await app.getByRole('button', { name: 'Додати' }).click();
    await app.getByText('магістратськ', { exact: true }).waitFor();
    const inspector = await openInspector(context);
    const cdp = await context.newCDPSession(inspector);
    const registrationId = await getRegistrationId(cdp, origin);
    await app.close();

    // The sixth upcoming demo item names вул. Магістратська; the five before it do not.
    const published = [];
    for (let i = 0; i < 6; i++) published.push(await publishDemoArticle(context, baseUrl));
    await cdp.send('ServiceWorker.dispatchPeriodicSyncEvent', {
      origin,
      registrationId,
      tag: 'feed-refresh',
    });
    await expect
      .poll(() => listNotifications(inspector), POLL)
      .toEqual([
        expect.objectContaining({
          title: published[5]!.title,
          body: 'Мої теми: магістратськ',
        }),
      ]);
  });
});

describe('foreground update checks', () => {
  it('holds new articles behind a pill until it is tapped', async () => {
    context = await newPhoneContext(browser, baseUrl);
    const page = await context.newPage();
    await page.clock.install();
    await openList(page);
    await waitForServiceWorker(page);
    const firstTitle = await page.locator('.card__link').first().textContent();

    const published = [];
    for (let i = 0; i < 3; i++) published.push(await publishDemoArticle(context, baseUrl));
    await page.clock.runFor(16 * 60_000);

    const pill = page.getByRole('button', { name: '3 нові новини' });
    await pill.waitFor();
    expect(await page.locator('.card__link').first().textContent()).toBe(firstTitle);
    await pill.click();
    await expect
      .poll(
        async () => (await page.locator('.card__link').allTextContents()).slice(0, 3).sort(),
        POLL,
      )
      .toEqual(published.map((p) => p.title).sort());
    expect(await pill.count()).toBe(0);
  });
});
