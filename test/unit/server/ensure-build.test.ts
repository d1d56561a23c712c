import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILD_CITY_FILE, isBuildStale } from '../../../src/server/ensure-build';

describe('isBuildStale', () => {
  let root: string;
  const dist = () => join(root, 'dist');
  const ssr = () => join(root, 'dist-ssr');
  const city = (name: string) => join(root, 'cities', name, 'city.ts');
  const past = new Date(Date.now() - 60_000);

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'vistky-ensure-'));
    for (const folder of ['src', 'cities/chernihiv', 'cities/verbohrad', 'dist', 'dist-ssr']) {
      mkdirSync(join(root, folder), { recursive: true });
    }
    for (const file of ['src/main.tsx', 'cities/chernihiv/city.ts', 'cities/verbohrad/city.ts']) {
      writeFileSync(join(root, file), '');
      utimesSync(join(root, file), past, past);
    }
    for (const folder of ['src', 'cities/chernihiv', 'cities/verbohrad', 'cities']) {
      utimesSync(join(root, folder), past, past);
    }
    writeFileSync(join(dist(), 'index.html'), '');
    writeFileSync(join(ssr(), 'render-pages.js'), '');
    writeFileSync(join(ssr(), BUILD_CITY_FILE), JSON.stringify({ file: city('chernihiv') }));
    const built = new Date(Date.now() - 30_000);
    utimesSync(join(dist(), 'index.html'), built, built);
    utimesSync(join(ssr(), 'render-pages.js'), built, built);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is fresh for the city it was built for, stale for another', async () => {
    expect(await isBuildStale(root, dist(), ssr(), city('chernihiv'))).toBe(false);
    expect(await isBuildStale(root, dist(), ssr(), city('verbohrad'))).toBe(true);
  });

  it('is stale without a readable record of its city (older than cities, or cut short)', async () => {
    writeFileSync(join(ssr(), BUILD_CITY_FILE), '{"file":');
    expect(await isBuildStale(root, dist(), ssr(), city('chernihiv'))).toBe(true);
    rmSync(join(ssr(), BUILD_CITY_FILE));
    expect(await isBuildStale(root, dist(), ssr(), city('chernihiv'))).toBe(true);
  });

  it('is stale when the city file changed after the build', async () => {
    writeFileSync(city('chernihiv'), 'export const uk = {};');
    expect(await isBuildStale(root, dist(), ssr(), city('chernihiv'))).toBe(true);
  });
});
