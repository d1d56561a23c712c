import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { findCityFile } from '../../../src/server/city-file';
import type { CityFile } from '../../../src/core/city';
import { parsePortalConfig } from '../../../src/portal-bridge/portal-config';

const ROOT = join(import.meta.dirname, '../../..');
const CITY_FOLDERS = [
  ...readdirSync(join(ROOT, 'cities'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(ROOT, 'cities', entry.name)),
  join(ROOT, 'test/fixtures/cities/verbohrad'),
];

// WCAG 2 relative luminance and contrast ratio of two #rrggbb colours.
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

// styles.css: the header's text and the page's surface in each theme.
const HEADER_TEXT = { light: '#ffffff', dark: '#f2f6fb' };
const SURFACE = { light: '#ffffff', dark: '#181d22' };
const ICONS = [
  ['icons/icon-192.png', 192, 192],
  ['icons/icon-512.png', 512, 512],
  ['icons/maskable-192.png', 192, 192],
  ['icons/maskable-512.png', 512, 512],
  ['icons/apple-touch-icon.png', 180, 180],
  ['og-card.png', 1200, 630],
] as const;

describe.each(CITY_FOLDERS)('the city in %s', (folder) => {
  const load = async () => (await import(pathToFileURL(join(folder, 'city.ts')).href)) as CityFile;

  it('keeps white text on its header and its accent readable, light and dark (4.5:1)', async () => {
    const { colours } = await load();
    for (const theme of ['light', 'dark'] as const) {
      const { accent, accentText, accentSoft, header } = colours[theme];
      for (const colour of [accent, accentText, accentSoft, header]) {
        expect(colour).toMatch(/^#[0-9a-f]{6}$/);
      }
      expect(contrast(header, HEADER_TEXT[theme]), `${theme} header`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(accent, SURFACE[theme]), `${theme} accent`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(accent, accentText), `${theme} button`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(accent, accentSoft), `${theme} chip`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('has names that fit where they are shown', async () => {
    const city = await load();
    for (const texts of [city.uk, city.en]) {
      expect(texts.council.length).toBeGreaterThan(0);
      expect(texts.listDescription.length).toBeLessThanOrEqual(160);
    }
    expect(city.install.shortName.length).toBeLessThanOrEqual(12);
    expect(() => new Intl.DateTimeFormat('uk-UA', { timeZone: city.timeZone })).not.toThrow();
    for (const link of city.portalLinks) expect(new URL(link.href).protocol).toBe('https:');
  });

  it('has every icon the manifest and the pages name, at its size', async () => {
    expect(existsSync(join(folder, 'public/favicon.svg'))).toBe(true);
    for (const [file, width, height] of ICONS) {
      const { width: w, height: h } = await sharp(join(folder, 'public', file)).metadata();
      expect([file, w, h]).toEqual([file, width, height]);
    }
  });

  it('gives the portal bridge selectors it accepts, or none', async () => {
    const { portalCrawl } = await load();
    if (portalCrawl !== null) expect(() => parsePortalConfig(portalCrawl)).not.toThrow();
  });
});

describe('CITY', () => {
  it('names a folder of cities/ or a path to a city’s folder, and defaults to package.json’s', () => {
    expect(findCityFile('chernihiv')).toBe(join(ROOT, 'cities/chernihiv/city.ts'));
    expect(findCityFile(undefined)).toBe(join(ROOT, 'cities/chernihiv/city.ts'));
    expect(findCityFile(join(ROOT, 'test/fixtures/cities/verbohrad'))).toBe(
      join(ROOT, 'test/fixtures/cities/verbohrad/city.ts'),
    );
  });

  it('says which cities there are when it names none of them', () => {
    expect(() => findCityFile('kyiv')).toThrow(
      /no .*cities\/kyiv\/city\.ts \(the cities here: chernihiv\)/,
    );
    expect(() => findCityFile('Kyiv!')).toThrow(/CITY=Kyiv!: name a folder of cities\//);
  });
});
