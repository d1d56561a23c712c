import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DECISION_PDF, FORM_DOCX, type DemoDocument } from '../../mocks/fixtures/documents';
import { getDocumentPath } from '../../src/core/document-files';
import { getArticleKey } from '../../src/core/ids';
import {
  LIVE_APP,
  launchBrowser,
  newPhoneContext,
  openSettings,
  waitForKept,
  waitForServiceWorker,
} from './helpers';

const baseUrl = inject('baseUrl');
// The session's report publishes the decision; the vacancy announcement, its application form.
const REPORT = `/news/${getArticleKey('demo-0001')}`;
const VACANCY = `/news/${getArticleKey('demo-0014')}`;
/** Where the app opens a demo document: its server serves the feed's documents at /doc/. */
const addressOf = (document: DemoDocument) =>
  `${baseUrl}${getDocumentPath({ url: `${baseUrl}/demo-media/${document.file}`, mimeType: document.mime })}`;
const PDF_URL = addressOf(DECISION_PDF);
const PDF_BYTES = readFileSync(
  new URL(`../../mocks/fixtures/documents/${DECISION_PDF.file}`, import.meta.url),
);
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens an article in the live app, with the service worker in control. */
async function openArticle(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator(`${LIVE_APP} .documents`).waitFor();
  await waitForServiceWorker(page);
}

/** The bytes every document cache of the origin holds. */
function countDocumentBytes(page: Page): Promise<number> {
  return page.evaluate(async () => {
    let total = 0;
    for (const name of ['vistky-documents-v1', 'vistky-saved-documents-v1']) {
      if (!(await caches.has(name))) continue;
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        total += (await (await cache.match(request))!.arrayBuffer()).byteLength;
      }
    }
    return total;
  });
}

/** Accessibility problems axe finds in the documents block. */
async function findViolations(page: Page): Promise<string[]> {
  const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axe);
  return page.evaluate(async () => {
    const run = (
      window as unknown as {
        axe: { run: (c: string) => Promise<{ violations: { id: string }[] }> };
      }
    ).axe.run;
    return (await run('.documents')).violations.map((violation) => violation.id);
  });
}

const row = (page: Page, title: string) =>
  page.locator(`${LIVE_APP} .documents`).getByRole('link', { name: new RegExp(title) });

describe('documents', () => {
  let context: BrowserContext;

  afterAll(() => context?.close());

  it('list the decision under the body as a link with its type and size', async () => {
    context = await newPhoneContext(browser, baseUrl);
    const page = await context.newPage();
    await openArticle(page, REPORT);
    const link = row(page, 'Рішення № 41/VIII-1');
    await expect(link.getAttribute('href')).resolves.toBe(new URL(PDF_URL).pathname);
    const name = await link.evaluate((element) => element.textContent);
    expect(name).toContain(`PDF, ${DECISION_PDF.kilobytes} КБ`);
    expect(await page.locator('.documents li').count()).toBe(1);
    expect(await findViolations(page)).toEqual([]);
  });

  it('are where the server’s page put them when the app takes its place', async () => {
    const page = await context.newPage();
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/feed', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(REPORT);
    const painted = await page.locator('.documents').boundingBox();
    expect(painted).not.toBeNull();
    release();
    await page.locator(`${LIVE_APP} .documents`).waitFor();
    expect(await page.locator(`${LIVE_APP} .documents`).boundingBox()).toEqual(painted);
    await page.close();
  });

  it('open the demo PDF offline from a saved article, in the browser’s own viewer', async () => {
    const page = await context.newPage();
    await openArticle(page, REPORT);
    await page.getByRole('button', { name: 'Зберегти' }).first().click();
    await waitForKept(page, 'vistky-saved-documents-v1', PDF_URL);
    await context.setOffline(true);
    await page.reload();
    await page.locator(`${LIVE_APP} .documents`).waitFor();
    const link = row(page, 'Рішення № 41/VIII-1');
    await expect(link.getAttribute('aria-disabled')).resolves.toBeNull();
    expect(await page.locator('.documents').textContent()).not.toContain(
      'Доступно лише з інтернетом',
    );
    const opened = context.waitForEvent('response', (response) =>
      response.url().includes('/__kept-document?url='),
    );
    const viewer = context.waitForEvent('page');
    await link.click();
    const response = await opened;
    // The new tab shows the browser's PDF viewer, whose own page is all Playwright can read:
    // the bytes are checked at the same address from the article's page, still offline.
    expect(response.fromServiceWorker()).toBe(true);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    await (await viewer).close();
    const bytes = await page.evaluate(
      async (path) => Array.from(new Uint8Array(await (await fetch(path)).arrayBuffer())),
      new URL(response.url()).pathname + new URL(response.url()).search,
    );
    expect(Buffer.from(bytes).equals(PDF_BYTES)).toBe(true);
  });

  it('keep every article’s small documents by default, and none once «ніколи» is chosen', async () => {
    const fresh = await newPhoneContext(browser, baseUrl);
    const page = await fresh.newPage();
    await openArticle(page, VACANCY);
    await waitForKept(page, 'vistky-documents-v1', addressOf(FORM_DOCX));
    // Both of the demo's documents: the newest articles' are fetched once the worker is in.
    await expect
      .poll(() => countDocumentBytes(page), { timeout: 30_000 })
      .toBe(DECISION_PDF.bytes + FORM_DOCX.bytes);

    await openSettings(page);
    await page.getByRole('radio', { name: 'Ніколи' }).check();
    await expect.poll(() => countDocumentBytes(page), { timeout: 30_000 }).toBe(0);
    await page.goto(VACANCY);
    await page.locator(`${LIVE_APP} .documents`).waitFor();
    await fresh.setOffline(true);
    const form = row(page, 'Форма заяви');
    await expect.poll(() => form.getAttribute('aria-disabled')).toBe('true');
    await expect(form.textContent()).resolves.toContain('Доступно лише з інтернетом');
    await fresh.close();
  });
});
