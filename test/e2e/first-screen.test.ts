import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { uk } from '../../src/core/i18n/uk';
import {
  LIVE_CARD,
  launchBrowser,
  listArticleKeys,
  newPhoneContext,
  openList,
  openSettings,
  publishDemoArticle,
  resetDemo,
  waitForFirstScreen,
  waitForServiceWorker,
} from './helpers';

const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  await resetDemo(context, baseUrl);
  await context.close();
});

/** A phone on which the resident has read the list: app installed, the list kept. */
async function visitList(): Promise<Page> {
  context = await newPhoneContext(browser, baseUrl);
  const page = await context.newPage();
  await openList(page);
  await waitForServiceWorker(page);
  await waitForFirstScreen(page);
  return page;
}

/** Opens `path` in a new tab and returns the HTML the navigation got. */
async function openAndReadHtml(path: string): Promise<{ page: Page; html: string }> {
  const page = await context.newPage();
  const response = await page.goto(path);
  expect(response?.fromServiceWorker()).toBe(true);
  return { page, html: (await response?.text()) ?? '' };
}

describe('the kept first screen', () => {
  it('is in the HTML of an offline start, inert, until the live app takes its place', async () => {
    const first = await visitList();
    const keys = await listArticleKeys(first);
    await first.close();
    await context.setOffline(true);

    const page = await context.newPage();
    // Where the first card stands while the kept screen is up (the app's script has run by then,
    // its list is still reading IndexedDB), to compare with the live list's.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const card = document.querySelector('#app[inert] .news-list .card');
        const top = card?.getBoundingClientRect().top;
        document.documentElement.dataset.keptCardTop = String(top ?? 'none');
      });
    });
    const response = await page.goto('/');
    expect(response?.fromServiceWorker()).toBe(true);
    const html = (await response?.text()) ?? '';
    // The news is in the document the browser parses first, before any script has run, and says
    // it is offline as the live list will.
    expect(html).toContain(
      '<div id="app" inert data-first-screen="/" data-first-screen-language="uk" data-first-screen-offline>',
    );
    expect(html).toContain(`data-offline-only="">${uk.offlineBanner}</p>`);
    // A screenful and more, not the whole list: the rest arrive with the app, below the fold.
    for (const key of keys.slice(0, 10)) expect(html).toContain(`href="/news/${key}"`);
    expect(html).not.toContain(`href="/news/${keys[10]}"`);
    // Only the shell's own entry script: the kept screen brings none.
    expect(html.match(/<script\b/g)).toHaveLength(1);

    await page.locator(LIVE_CARD).first().waitFor();
    expect(await page.locator('[data-first-screen], [inert]').count()).toBe(0);
    expect(await page.locator('#app').count()).toBe(1);
    expect(await page.locator('#main').count()).toBe(1);
    expect(await listArticleKeys(page)).toEqual(keys);
    await page.getByText(uk.offlineBanner).first().waitFor();
    // Taking over moved nothing: the offline notice was already there.
    const keptTop = await page.evaluate(() => document.documentElement.dataset.keptCardTop);
    const liveTop = await page
      .locator('.news-list .card')
      .first()
      .evaluate((card) => card.getBoundingClientRect().top);
    expect(Number(keptTop)).toBeCloseTo(liveTop, 0);

    // The live list works: a card opens its article in the app, offline.
    await page.locator(LIVE_CARD).first().click();
    await page.locator('.article-body').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/news/${keys[0]}`);
  });

  it('keeps the section the resident was reading, and not for other screens', async () => {
    const first = await visitList();
    await first
      .getByRole('navigation', { name: 'Розділи' })
      .getByRole('link', { name: 'Комунальні повідомлення' })
      .click();
    await first.waitForURL(/\/section\//);
    await first.locator(LIVE_CARD).first().waitFor();
    const sectionPath = new URL(first.url()).pathname;
    const keptPath = () =>
      first.evaluate(async () => {
        const kept = await (await caches.open('vistky-first-screen')).match('/__first-screen');
        return kept?.headers.get('X-Vistky-Path') ?? null;
      });
    await expect.poll(keptPath, { timeout: 10_000 }).toBe(sectionPath);
    expect((await openAndReadHtml(sectionPath)).html).toContain(
      `data-first-screen="${sectionPath}"`,
    );
    // The start URL gets it too: the app opens on the section the resident last read.
    const start = await openAndReadHtml('/');
    expect(start.html).toContain(`data-first-screen="${sectionPath}"`);
    await start.page.locator(LIVE_CARD).first().waitFor();
    expect(new URL(start.page.url()).pathname).toBe(sectionPath);

    const article = await openAndReadHtml(`/news/${(await listArticleKeys(first))[0]}`);
    expect(article.html).toContain('<div id="app"></div>');
    const settings = await openAndReadHtml('/settings');
    expect(settings.html).toContain('<div id="app"></div>');
  });

  it("paints in the resident's text size and theme, and is dropped when they change", async () => {
    const page = await visitList();
    await openSettings(page);
    await page.getByRole('radio', { name: 'Великий' }).check();
    await page.getByRole('radio', { name: 'Темна' }).check();
    await expect
      .poll(async () => (await openAndReadHtml('/')).html)
      .not.toContain('data-first-screen');

    await openList(page);
    await waitForFirstScreen(page);
    const { html } = await openAndReadHtml('/');
    expect(html).toContain('<html lang="uk" data-text-size="4" data-theme="dark">');
    expect(html).toContain('data-first-screen="/"');
  });

  it('is dropped when new articles arrive, and kept again with them', async () => {
    const page = await visitList();
    const published = await publishDemoArticle(context, baseUrl);
    await page.getByRole('button', { name: uk.refresh }).click();
    const pill = page.getByRole('button', { name: uk.newArticles(1) });
    await pill.waitFor();

    // The list on screen lacks the new article: no start may paint it while the pill is there
    // (that it is not kept then is a unit test of useFirstScreen). The new tab is closed before
    // it could keep a list of its own, so what is kept next comes from the tap on the pill.
    const right = await openAndReadHtml('/');
    await right.page.close();
    expect(right.html).not.toContain('data-first-screen');
    await pill.click();
    await waitForFirstScreen(page, published.title);
    const later = await openAndReadHtml('/');
    expect(later.html).toContain(published.title);
  });
});
