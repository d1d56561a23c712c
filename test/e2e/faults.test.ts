import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { uk } from '../../src/core/i18n/uk';
import {
  launchBrowser,
  listArticleKeys,
  newPhoneContext,
  openList,
  publishDemoArticle,
  resetDemo,
  setDemoFault,
  waitForServiceWorker,
} from './helpers';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The refresh button in the header. */
const pressRefresh = (page: Page) => page.getByRole('button', { name: uk.refresh }).click();

/** Waits until the list shows the article with this title (published ones sort on top). */
async function waitForArticle(page: Page, title: string): Promise<void> {
  await page.waitForFunction(
    (expected) =>
      [...document.querySelectorAll('.news-list .card__link')].some(
        (link) => link.textContent?.trim() === expected,
      ),
    title,
  );
}

/** Waits until the refresh has brought this article and no error shows. */
async function expectRecovered(page: Page, title: string): Promise<void> {
  await waitForArticle(page, title);
  await page.locator('.notice--error').waitFor({ state: 'detached' });
}

/** The error notices on screen, by text. */
const listNotices = (page: Page) => page.locator('.notice').allTextContents();

async function expectOnlyNotice(page: Page, message: string): Promise<void> {
  await page.locator('.notice--error', { hasText: message }).waitFor();
  expect(await listNotices(page)).toEqual([message]);
}

describe('feed faults, refreshed by the service worker', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await newPhoneContext(browser, baseUrl);
    page = await context.newPage();
    await openList(page);
    await waitForServiceWorker(page);
  });

  // Healed but not reset, so that each test publishes an article the list has not seen.
  afterEach(() => setDemoFault(page, 'none'));
  afterAll(async () => {
    await resetDemo(page);
    await context.close();
  });

  it.each([
    ['http-500', uk.refreshFailed('http')],
    ['captive-portal', uk.refreshFailed('not-a-feed')],
    ['redirect-loop', uk.serverUnreachable],
    ['empty', uk.refreshFailed('broken-feed')],
    ['all-items-broken', uk.refreshFailed('broken-feed')],
  ])(
    'under %s keeps the list, says so once, and recovers on the next refresh',
    async (fault, message) => {
      const keys = await listArticleKeys(page);
      const title = await publishDemoArticle(page);
      await setDemoFault(page, fault);
      await pressRefresh(page);
      await expectOnlyNotice(page, message);
      expect(await listArticleKeys(page)).toEqual(keys);

      await setDemoFault(page, 'none');
      await pressRefresh(page);
      await expectRecovered(page, title);
    },
  );

  it.each(['truncated', 'wrong-content-type'])(
    'under %s stores what arrived whole and shows no error',
    async (fault) => {
      const title = await publishDemoArticle(page);
      await setDemoFault(page, fault);
      await pressRefresh(page);
      await expectRecovered(page, title);
    },
  );
});

describe('feed faults that take time, refreshed by the page', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    // No service worker: the page refreshes itself, so page.clock moves its time.
    context = await browser.newContext({
      baseURL: baseUrl,
      serviceWorkers: 'block',
      locale: 'uk-UA',
      timezoneId: 'Europe/Kyiv',
    });
    page = await context.newPage();
    await page.clock.install();
    await openList(page);
  });

  // Healed but not reset, so that each test publishes an article the list has not seen.
  afterEach(() => setDemoFault(page, 'none'));
  afterAll(async () => {
    await resetDemo(page);
    await context.close();
  });

  it('says the server did not answer in time, then recovers', async () => {
    const keys = await listArticleKeys(page);
    const title = await publishDemoArticle(page);
    await setDemoFault(page, 'timeout');
    await pressRefresh(page);
    await page.getByRole('button', { name: uk.refreshing }).waitFor();
    await page.clock.fastForward(20_000);
    await expectOnlyNotice(page, uk.refreshFailed('timeout'));
    expect(await listArticleKeys(page)).toEqual(keys);

    await setDemoFault(page, 'none');
    await pressRefresh(page);
    await expectRecovered(page, title);
  });

  it.each([
    ['http-429-retry-after', '01:05'],
    ['http-503-retry-after', '02:05'],
  ])(
    'under %s says until when the server asked to wait, and waits that long',
    async (fault, wait) => {
      const keys = await listArticleKeys(page);
      const title = await publishDemoArticle(page);
      await setDemoFault(page, fault);
      await pressRefresh(page);
      await page.locator('.notice--error', { hasText: 'просить не звертатися до' }).waitFor();
      expect(await listNotices(page)).toHaveLength(1);
      expect(await listArticleKeys(page)).toEqual(keys);

      // Healed, but the app keeps its word to the server until the time it named: the refresh
      // before then sends nothing, the one after it sends one request and recovers.
      await setDemoFault(page, 'none');
      const feedRequests: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname === '/api/feed') feedRequests.push(request.url());
      });
      await pressRefresh(page);
      await page.clock.fastForward(wait);
      await pressRefresh(page);
      await expectRecovered(page, title);
    },
  );
});
