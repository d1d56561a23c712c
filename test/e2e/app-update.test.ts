import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createDemoBackend } from '../../mocks/demo-backend';
import { buildServer } from '../../src/server/build-server';
import { readServerConfig } from '../../src/server/config';
import { launchBrowser, newPhoneContext, waitForServiceWorker } from './helpers';

let browser: Browser;
let server: FastifyInstance;
let baseUrl: string;
const outDir = mkdtempSync(join(tmpdir(), 'vistky-update-'));

/** Builds the app into the served folder; each build carries its own build time. */
async function deploy(): Promise<void> {
  await build({ configLoader: 'runner', logLevel: 'error', build: { outDir, emptyOutDir: true } });
}

beforeAll(async () => {
  await deploy();
  // The production server, serving the folder that each deploy() rebuilds under it.
  server = await buildServer(readServerConfig({ DIST_DIR: outDir, LOG_LEVEL: 'warn' }), {
    demoBackend: createDemoBackend({ newItemEveryMs: 0 }),
  });
  baseUrl = await server.listen({ port: 0, host: '127.0.0.1' });
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
