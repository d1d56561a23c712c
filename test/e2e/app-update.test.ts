import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPhoneContext, waitForServiceWorker } from './helpers';

let browser: Browser;
let server: PreviewServer;
let baseUrl: string;
const outDir = mkdtempSync(join(tmpdir(), 'vistky-update-'));

/** Builds the app into the served folder; each build carries its own build time. */
async function deploy(): Promise<void> {
  await build({ logLevel: 'error', build: { outDir, emptyOutDir: true } });
}

function getFreePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

beforeAll(async () => {
  await deploy();
  const port = await getFreePort();
  server = await preview({
    logLevel: 'error',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1' },
  });
  baseUrl = `http://127.0.0.1:${port}`;
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(outDir, { recursive: true, force: true });
});

describe('a new version of the app', () => {
  it('waits for the reader, then takes over with one reload and a new version number', async () => {
    const context = await newPhoneContext(browser, baseUrl);
    const page = await context.newPage();
    await page.goto('/settings');
    await waitForServiceWorker(page);
    const version = page.getByTestId('app-version');
    const before = await version.textContent();
    let loads = 0;
    page.on('load', () => loads++);

    await deploy();
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const toast = page.getByRole('alert').filter({ hasText: 'Доступна нова версія' });
    await toast.waitFor();
    expect(loads).toBe(0);

    // Until the reader agrees, the running version's lazy screens still load (from the precache).
    await page.goto('/').catch(() => undefined);
    await page.locator('.news-list .card__link').first().click();
    await page.locator('.article-body').waitFor();
    await page.goto('/settings');
    loads = 0;

    await page.getByRole('alert').getByRole('button', { name: 'Оновити' }).click();
    await page.waitForEvent('load');
    await version.waitFor();
    expect(await version.textContent()).not.toBe(before);
    const state = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return {
        isWaiting: registration?.waiting !== null,
        controls: navigator.serviceWorker.controller?.scriptURL === registration?.active?.scriptURL,
      };
    });
    expect(state).toEqual({ isWaiting: false, controls: true });
    expect(loads).toBe(1);
    expect(await toast.count()).toBe(0);
    await context.close();
  });
});
