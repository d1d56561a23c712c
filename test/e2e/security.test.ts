import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { TRUSTED_TYPES_POLICIES } from '../../src/core/trusted-types';
import {
  LIVE_APP,
  launchBrowser,
  listArticleKeys,
  newPhoneContext,
  openList,
  watchPageProblems,
} from './helpers';

const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await newPhoneContext(browser, baseUrl);
});

afterAll(async () => {
  await browser?.close();
});

describe('the Content-Security-Policy and Trusted Types', () => {
  it('sends a strict policy with every page', async () => {
    const response = await context.request.get('/');
    const policy = response.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("require-trusted-types-for 'script'");
    expect(policy).toContain(`trusted-types ${TRUSTED_TYPES_POLICIES.join(' ')}`);
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    // No inline script; a JSON-LD data block (type="application/ld+json") never runs.
    expect(await response.text()).not.toMatch(
      /<script(?![^>]*\ssrc=)(?![^>]*type="application\/ld\+json")[^>]*>/,
    );
    const missing = await context.request.get('/no-such-page', {
      headers: { accept: 'text/html' },
    });
    expect(missing.status()).toBe(404);
    expect(missing.headers()['content-security-policy']).toBe(policy);
  });

  it('reports no violation and no error on any route', async () => {
    const page = await context.newPage();
    const problems = await watchPageProblems(page);
    await openList(page);
    const [key] = await listArticleKeys(page);
    // Every kind of app route: the shell answers them all.
    const routes = [
      `/news/${key}`,
      '/news/0000000000000z',
      '/news/not-a-key',
      '/section/%D0%9D%D0%BE%D0%B2%D0%B8%D0%BD%D0%B8',
      '/saved',
      '/search',
      '/settings',
      '/',
    ];
    // An article gone from the feed is a real 404, which Chromium reports on the console.
    const gone = ['/news/0000000000000z', '/news/not-a-key'];
    for (const route of routes) {
      const response = await page.goto(route);
      expect(response?.status(), route).toBe(gone.includes(route) ? 404 : 200);
      await page.locator(`${LIVE_APP} main h1`).first().waitFor();
    }
    // The article screen shows its sanitized body, which only TrustedHTML can have put there.
    await page.goto(`/news/${key}`);
    await page.locator(`${LIVE_APP} .article-body p`).first().waitFor();
    const status404 =
      'console Failed to load resource: the server responded with a status of 404 (Not Found)';
    const seen = await problems();
    expect(seen.filter((line) => line === status404)).toHaveLength(gone.length);
    expect(seen.filter((line) => line !== status404)).toEqual([]);
    await page.close();
  });

  it('refuses a plain string at innerHTML in the running app', async () => {
    const page = await context.newPage();
    await openList(page);
    const outcome = await page.evaluate(() => {
      try {
        document.body.insertAdjacentHTML('beforeend', '<img src=x onerror="alert(1)">');
        return 'accepted';
      } catch (error) {
        return (error as Error).name;
      }
    });
    expect(outcome).toBe('TypeError');
    await page.close();
  });

  it('admits no script URL but the service worker’s', async () => {
    const page = await context.newPage();
    await openList(page);
    const outcome = await page.evaluate(() => {
      try {
        new Worker('/assets/evil.js');
        return 'accepted';
      } catch (error) {
        return (error as Error).name;
      }
    });
    expect(outcome).toBe('TypeError');
    await page.close();
  });
});
