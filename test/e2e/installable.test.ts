import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  launchBrowser,
  launchPhoneProfile,
  newPhoneContext,
  openList,
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

describe('installing the app', () => {
  it('reports no installability errors and a complete manifest', async () => {
    const context = await launchPhoneProfile(baseUrl);
    const page = await context.newPage();
    await openList(page);
    await waitForServiceWorker(page);
    const cdp = await context.newCDPSession(page);

    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);

    const { errors, data } = await cdp.send('Page.getAppManifest', {});
    expect(errors).toEqual([]);
    const manifest = JSON.parse(data!);
    expect(manifest).toMatchObject({
      name: expect.stringContaining('Вістки'),
      short_name: 'Вістки',
      lang: 'uk',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
      background_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
    });
    const icons = manifest.icons as { sizes: string; purpose?: string; src: string }[];
    expect(icons.some((icon) => icon.sizes === '192x192')).toBe(true);
    expect(icons.some((icon) => icon.sizes === '512x512')).toBe(true);
    expect(icons.some((icon) => icon.purpose?.includes('maskable'))).toBe(true);
    await context.close();
  });

  it('serves every manifest icon with the size it declares', async () => {
    const context = await newPhoneContext(browser, baseUrl);
    const page = await context.newPage();
    await page.goto('/');
    const manifest = await (await page.request.get('/manifest.webmanifest')).json();
    for (const icon of manifest.icons as { src: string; sizes: string }[]) {
      const size = await page.evaluate(async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        return `${img.naturalWidth}x${img.naturalHeight}`;
      }, icon.src);
      expect(size, icon.src).toBe(icon.sizes);
    }
    await context.close();
  });
});
