import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPhoneContext, openList, openSettings } from './helpers';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * Ukrainian words on screen that are not marked as Ukrainian content (lang="uk"): article text
 * is, so what remains is the interface, which must be all English. Text nodes and the
 * attributes people hear or see (aria-label, title, alt, placeholder) are both read.
 */
function findUntranslated(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cyrillic = /\p{Script=Cyrillic}/u;
    const isContent = (el: Element | null) => el?.closest('[lang]')?.getAttribute('lang') === 'uk';
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent?.closest('noscript, script, style')) continue;
      if (cyrillic.test(node.textContent ?? '') && !isContent(parent))
        found.push(node.textContent!);
    }
    // An attribute may name content («Share: <title>»): the content's own text is left out of it.
    const contents = [...document.querySelectorAll('[lang="uk"]')]
      .map((el) => el.textContent?.trim() ?? '')
      .filter((text) => text.length > 0)
      .sort((a, b) => b.length - a.length);
    for (const el of document.body.querySelectorAll(
      '[aria-label], [title], [alt], [placeholder]',
    )) {
      for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
        const raw = el.getAttribute(name) ?? '';
        const value = contents.reduce((rest, text) => rest.replace(text, ''), raw);
        if (cyrillic.test(value) && !isContent(el)) found.push(`${name}=${raw}`);
      }
    }
    if (cyrillic.test(document.title) && !document.title.includes('—')) found.push(document.title);
    return found;
  });
}

describe('the English interface', () => {
  it('leaves no Ukrainian outside article content on the list, an article, search and settings', async () => {
    const context = await newPhoneContext(browser, baseUrl);
    try {
      const page = await context.newPage();
      await openList(page);
      await openSettings(page);
      await page.getByRole('radio', { name: 'English' }).check();
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await findUntranslated(page)).toEqual([]);

      await openList(page);
      await page.getByRole('heading', { level: 1, name: 'City council news' }).waitFor();
      // The menu (the portal's links among it) is in the page while closed, so it is read too.
      expect(await findUntranslated(page)).toEqual([]);
      expect(await page.title()).toBe('City council news — Vistky');

      await page.locator('.news-list .card__link').first().click();
      await page.getByRole('link', { name: 'All news' }).waitFor();
      await page.locator('.article-body').waitFor();
      expect(await findUntranslated(page)).toEqual([]);

      await page.goto('/search?q=вода');
      await page.getByRole('status').filter({ hasText: 'found' }).waitFor();
      expect(await page.locator('.news-list mark').count()).toBeGreaterThan(0);
      expect(await findUntranslated(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
