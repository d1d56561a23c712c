import { describe, expect, it } from 'vitest';
import { parseBridgeArgs } from '../../../src/portal-bridge/cli-args';

describe('parseBridgeArgs', () => {
  it('reads the options of a cron run', () => {
    expect(
      parseBridgeArgs([
        '--portal',
        'https://chernigiv-rada.gov.ua',
        '--pages',
        '2',
        '--out',
        'feed.json',
        '--min-interval',
        '1500',
      ]),
    ).toEqual({
      portal: 'https://chernigiv-rada.gov.ua/',
      pages: 2,
      out: 'feed.json',
      minIntervalMs: 1500,
      help: false,
    });
  });

  it('refuses what would make the bridge impolite or broken, naming the flag', () => {
    expect(() => parseBridgeArgs(['--min-interval', '10'])).toThrow(
      '--min-interval must be an integer of at least 100',
    );
    expect(() => parseBridgeArgs(['--pages', '0'])).toThrow(
      '--pages must be an integer of at least 1',
    );
    expect(() => parseBridgeArgs(['--portal', 'chernigiv-rada.gov.ua'])).toThrow(
      '--portal must be an absolute http(s) URL',
    );
    expect(() => parseBridgeArgs(['--contact', 'ftp://x'])).toThrow(
      '--contact must be an absolute http(s) URL',
    );
    expect(() => parseBridgeArgs(['--unknown'])).toThrow(/--unknown/);
  });

  it('takes --site with the site’s origin instead of --out, the build where npm run build puts it', () => {
    expect(
      parseBridgeArgs([
        '--site',
        '/var/www/vistky/site',
        '--site-url',
        'https://news.example.gov.ua/',
      ]),
    ).toEqual({
      site: {
        dir: '/var/www/vistky/site',
        url: 'https://news.example.gov.ua',
        dist: 'dist',
        ssr: 'dist-ssr',
      },
      help: false,
    });
  });

  it('refuses a site without its address, with --out, or its options without it', () => {
    expect(() => parseBridgeArgs(['--site', 'site'])).toThrow('--site needs --site-url');
    expect(() =>
      parseBridgeArgs(['--site', 'site', '--site-url', 'https://a.example', '--out', 'feed.json']),
    ).toThrow('--out and --site');
    expect(() =>
      parseBridgeArgs(['--site', 'site', '--site-url', 'https://a.example/news']),
    ).toThrow("--site-url must be the site's origin");
    expect(() => parseBridgeArgs(['--dist', 'dist'])).toThrow(
      '--dist is an option of --site, which is missing',
    );
  });
});
