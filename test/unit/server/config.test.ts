import { describe, expect, it } from 'vitest';
import { ConfigError, readServerConfig } from '../../../src/server/config';

describe('readServerConfig', () => {
  it('runs the demo on localhost:4173 when nothing is set', () => {
    const config = readServerConfig({}, '/srv/vistky');
    expect(config).toMatchObject({
      mode: 'demo',
      port: 4173,
      host: 'localhost',
      feedCacheSeconds: 60,
      feedCheckSeconds: 300,
      distDir: '/srv/vistky/dist',
      trustProxy: false,
    });
  });

  it('reads a feed with FEED_URL, which wins over PORTAL_URL', () => {
    const config = readServerConfig({
      FEED_URL: 'https://rada.example/rss.xml',
      PORTAL_URL: 'https://chernigiv-rada.gov.ua',
    });
    expect(config.mode).toBe('feed-url');
    expect(config.feedUrl?.href).toBe('https://rada.example/rss.xml');
    expect(config.portalUrl).toBeNull();
    expect(readServerConfig({ PORTAL_URL: 'https://chernigiv-rada.gov.ua' }).mode).toBe('portal');
  });

  it('names the variable and never echoes a URL that may carry a secret', () => {
    const bad = [
      [{ FEED_URL: 'ftp://example.org/feed' }, 'FEED_URL'],
      [{ FEED_URL: 'https://user:SECRET@example.org/feed' }, 'FEED_URL'],
      [{ PORTAL_URL: 'not a url SECRET' }, 'PORTAL_URL'],
      [{ PORT: '70000' }, 'PORT'],
      [{ FEED_CACHE_SECONDS: '0' }, 'FEED_CACHE_SECONDS'],
      [{ FEED_CHECK_SECONDS: 'often' }, 'FEED_CHECK_SECONDS'],
      [{ IMAGE_ORIGINS: 'https://ok.example, javascript:alert(1)' }, 'IMAGE_ORIGINS'],
      [{ TRUST_PROXY: 'maybe' }, 'TRUST_PROXY'],
      [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    ] as const;
    for (const [env, name] of bad) {
      const error = (() => {
        try {
          readServerConfig(env);
        } catch (caught) {
          return caught as Error;
        }
        throw new Error(`${name} was accepted`);
      })();
      expect(error).toBeInstanceOf(ConfigError);
      expect(error.message).toContain(name);
      expect(error.message).not.toContain('SECRET');
    }
  });

  it('reads more photo origins as origins', () => {
    const config = readServerConfig({
      IMAGE_ORIGINS: 'https://cdn.example/photos/, http://img.example',
    });
    expect(config.imageOrigins).toEqual(['https://cdn.example', 'http://img.example']);
  });
});
