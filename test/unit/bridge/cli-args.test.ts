import { describe, expect, it } from 'vitest';
import { parseBridgeArgs } from '../../../src/bridge/cli-args';

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
});
