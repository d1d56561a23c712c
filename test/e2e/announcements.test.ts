import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { getArticleKey } from '../../src/core/ids';
import { getSectionSlug } from '../../src/core/section-slug';
import { LIVE_APP, LIVE_CARD, launchBrowser, newPhoneContext } from './helpers';

const baseUrl = inject('baseUrl');
// «20 листопада відбудеться пленарне засідання…»: at 10:00, вул. Магістратській, 7.
const SESSION = `/news/${getArticleKey('demo-0013')}`;
// The morning it was announced, in Kyiv: the session is still to come.
const BEFORE_THE_SESSION = new Date('2026-11-14T09:00:00+02:00');
// The first minutes of the next day in Kyiv: the session's day is over.
const AFTER_THE_SESSION = new Date('2026-11-21T00:05:00+02:00');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Holds every request for the feed until the returned function is called. */
async function holdFeed(page: Page): Promise<() => void> {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/feed', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

describe('an announcement', () => {
  it('shows its event on the card, as a date, and marks it past once its day is over', async () => {
    const context = await newPhoneContext(browser, baseUrl);
    await context.clock.setFixedTime(BEFORE_THE_SESSION);
    const page = await context.newPage();
    await page.goto(`/section/${getSectionSlug('Анонси та оголошення')}`);
    await page.locator(LIVE_CARD).first().waitFor();
    const card = page.locator(`${LIVE_APP} .card`, { has: page.locator(`a[href="${SESSION}"]`) });
    await card.scrollIntoViewIfNeeded();
    await expect(card.locator('.event').textContent()).resolves.toBe(
      'Подія: 20 листопада, 10:00 · вул. Магістратській, 7',
    );
    await expect(card.locator('.event time').getAttribute('datetime')).resolves.toBe('2026-11-20');

    await context.clock.setFixedTime(AFTER_THE_SESSION);
    await page.reload();
    await card.scrollIntoViewIfNeeded();
    await expect(card.locator('.event').textContent()).resolves.toBe(
      'Минула подія: 20 листопада, 10:00 · вул. Магістратській, 7',
    );
    await context.close();
  });

  it('offers «Додати в календар» before the event: an .ics file at 10:00 in Kyiv', async () => {
    const context = await newPhoneContext(browser, baseUrl);
    await context.clock.setFixedTime(BEFORE_THE_SESSION);
    const page = await context.newPage();
    await page.goto(SESSION);
    const box = page.locator(`${LIVE_APP} .event-box`);
    await expect(box.locator('.event').textContent()).resolves.toBe(
      'Подія: 20 листопада, 10:00 · вул. Магістратській, 7',
    );
    const download = page.waitForEvent('download');
    await box.getByRole('button', { name: 'Додати в календар' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('podiia-2026-11-20.ics');
    const ics = readFileSync((await file.path())!, 'utf8').replaceAll('\r\n ', '');
    expect(ics).toContain('DTSTART;TZID=Europe/Kyiv:20261120T100000\r\n');
    expect(ics).toContain(`URL:${baseUrl}${SESSION}\r\n`);
    expect(ics).toContain('LOCATION:вул. Магістратській\\, 7\r\n');
    await context.close();
  });

  it('says its event is over once it is, without moving the text of the server’s page', async () => {
    const context = await newPhoneContext(browser, baseUrl);
    await context.clock.setFixedTime(new Date('2026-11-21T09:00:00+02:00'));
    const page = await context.newPage();
    const release = await holdFeed(page);
    await page.goto(SESSION);
    const painted = await page.locator('.article-body').boundingBox();
    expect(await page.locator('.event-box button').count()).toBe(1);
    release();
    await page.locator(`${LIVE_APP} .event-box__over`).waitFor();
    await expect(page.locator('.event-box__over').textContent()).resolves.toBe(
      'Ця подія вже минула',
    );
    expect(await page.locator(`${LIVE_APP} .article-body`).boundingBox()).toEqual(painted);
    await context.close();
  });
});
