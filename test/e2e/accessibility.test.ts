import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPhoneContext, openList } from './helpers';

const baseUrl = inject('baseUrl');
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

async function findViolations(page: Page): Promise<string[]> {
  // Evaluated over CDP, so the page's Content-Security-Policy does not block it.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (o: object) => Promise<{ violations: unknown[] }> } }
    ).axe;
    const result = await axe.run({ resultTypes: ['violations'] });
    return result.violations as AxeViolation[];
  });
  return violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`the list has no axe violations in the ${scheme} theme`, async () => {
      const context = await newPhoneContext(browser, baseUrl);
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await openList(page);
      expect(await findViolations(page)).toEqual([]);
      await context.close();
    });

    it(`an article has no axe violations in the ${scheme} theme`, async () => {
      const context = await newPhoneContext(browser, baseUrl);
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await openList(page);
      await page.locator('.news-list .card__link').first().click();
      await page.locator('.article-body').waitFor();
      expect(await findViolations(page)).toEqual([]);
      await context.close();
    });

    it(`search results, saved and settings have no axe violations in the ${scheme} theme`, async () => {
      const context = await newPhoneContext(browser, baseUrl);
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await openList(page);
      await page.goto('/search?q=вода');
      await page.locator('.news-list mark').first().waitFor();
      expect(await findViolations(page)).toEqual([]);
      await page.goto('/saved');
      await page.getByRole('heading', { name: 'Збережених статей поки немає' }).waitFor();
      expect(await findViolations(page)).toEqual([]);
      await page.goto('/settings');
      await page.getByRole('radio', { name: 'Як у системі' }).waitFor();
      expect(await findViolations(page)).toEqual([]);
      await context.close();
    });
  }
});
