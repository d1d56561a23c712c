import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/portal-bridge/bridge-errors';
import { loadPortalConfig, parsePortalConfig } from '../../../src/portal-bridge/portal-config';

const config = await loadPortalConfig();

describe('portal configuration', () => {
  it('ships a valid configuration for the Chernihiv council portal', () => {
    expect(config.portalUrl).toBe('https://chernigiv-rada.gov.ua');
    expect(config.sources.map((s) => s.section)).toEqual(['Новини', 'Анонси та оголошення']);
    expect(config.limits.minIntervalMs).toBe(1000);
    expect(config.limits.articleTtlHours).toBe(24);
  });

  it('names the field a city web team got wrong', () => {
    const broken = { ...config, list: { ...config.list, item: '' } };
    expect(() => parsePortalConfig(broken, 'kyiv.json')).toThrow(
      new ConfigError('kyiv.json: "list.item" must be a CSS selector'),
    );
    const noPage = {
      ...config,
      sources: [{ section: 'Новини', url: '/news/', pageUrl: '/news/2' }],
    };
    expect(() => parsePortalConfig(noPage)).toThrow(
      '"sources[0].pageUrl" must be a path with {page}',
    );
    const badPattern = {
      ...config,
      article: { ...config.article, urls: [{ match: '(', canonical: '/' }] },
    };
    expect(() => parsePortalConfig(badPattern)).toThrow('"article.urls[0]"');
  });

  it('reads another city’s file given by path, and says when it is not JSON', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vistky-config-'));
    const other = join(dir, 'other.json');
    await writeFile(other, JSON.stringify({ ...config, name: 'Інша рада' }));
    expect((await loadPortalConfig(other)).name).toBe('Інша рада');
    await writeFile(other, '{ nope');
    await expect(loadPortalConfig(other)).rejects.toThrow(`${other} is not valid JSON`);
    await expect(loadPortalConfig(join(dir, 'missing.json'))).rejects.toBeInstanceOf(ConfigError);
  });
});
