import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonFeed } from '../../../src/portal-bridge/build-json-feed';
import { startFixturePortal, type FixturePortal, type RecordedRequest } from './fixture-portal';
import { getRefusingUrl } from './loopback-server';
import { runBridgeCli, type CliRun } from './run-cli';

const CONTACT = 'https://news.example.org/about';
// The pace itself is tested in-process on a fake clock (run-bridge.test.ts); here it is the
// least the CLI accepts, so the runs take little real time.
const INTERVAL = ['--min-interval', '100'];

describe('npm run bridge against the fixture portal, twice, then after markup changes', () => {
  let portal: FixturePortal;
  let out: string;
  let first: CliRun;
  let firstRequests: RecordedRequest[];
  let repeat: CliRun;
  let repeatRequests: RecordedRequest[];
  let feedAfterRepeat: string;

  beforeAll(async () => {
    portal = await startFixturePortal();
    out = join(await mkdtemp(join(tmpdir(), 'vistky-bridge-')), 'feed.json');
    const args = [
      '--portal',
      portal.url,
      '--pages',
      '2',
      '--out',
      out,
      ...INTERVAL,
      '--contact',
      CONTACT,
    ];
    first = await runBridgeCli(args);
    firstRequests = portal.requests.splice(0);
    repeat = await runBridgeCli(args);
    repeatRequests = portal.requests.splice(0);
    feedAfterRepeat = await readFile(out, 'utf8');
  }, 30_000);

  afterAll(() => portal.close());

  it('exits 0 and writes every listed article, newest first, never by id', async () => {
    expect(first.code).toBe(0);
    const feed = JSON.parse(await readFile(out, 'utf8')) as JsonFeed;
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items.map((i) => [i.url.slice(portal.url.length), i.date_published])).toEqual([
      ['/news/id-61250/', '2026-03-30T00:00:00+03:00'],
      ['/news/id-61237/', '2026-03-29T10:15:00+03:00'],
      ['/news/id-61244/', '2026-03-28T11:40:00+02:00'],
      ['/news/id-61248/', '2026-03-27T16:45:00+02:00'],
      ['/news/id-41720/', '2018-03-30T00:00:00+03:00'],
      ['/news/view/8415', '2016-08-23T00:00:00+03:00'],
    ]);
    expect(feed.items.find((i) => i.url.endsWith('/id-61248/'))!.tags).toEqual([
      'Анонси та оголошення',
    ]);
    expect(first.stderr).toMatch(/bridge: items 6; requests 9 \(304: 0\)/);
  });

  it('reads each page once', () => {
    expect(firstRequests.map((r) => r.url)).toHaveLength(9);
    expect(new Set(firstRequests.map((r) => r.url)).size).toBe(9);
  });

  it('names the app and the contact URL in the User-Agent', () => {
    for (const request of firstRequests) {
      expect(request.headers['user-agent']).toBe(`Vistky-bridge/1.0 (+${CONTACT})`);
    }
  });

  it('repeats with conditional GETs: 304s for the lists and no article read again', () => {
    expect(repeat.code).toBe(0);
    expect(repeatRequests.map((r) => [r.url, r.status])).toEqual([
      ['/news/', 304],
      ['/news/?page=2', 304],
      ['/anonsy-ta-ogoloshennya/', 304],
    ]);
    expect(
      repeatRequests.every((r) => r.headers['if-none-match'] && r.headers['if-modified-since']),
    ).toBe(true);
  });

  it('writes the same feed on a repeat run', async () => {
    expect(repeat.stderr).toMatch(/items 6; requests 3 \(304: 3\); bytes 0;/);
    const feed = JSON.parse(feedAfterRepeat) as JsonFeed;
    expect(feed.items).toHaveLength(6);
  });

  it('exits 4 when the news list changed, writing the news read before beside the announcements', async () => {
    portal.routes.set('/news/', 'news-page-1-changed.html');
    const changed = await runBridgeCli(['--portal', portal.url, '--out', out, ...INTERVAL]);
    expect(changed.code).toBe(4);
    expect(changed.stderr).toContain(
      `bridge: section "Новини" failed (selector ".listNews" found nothing on ${portal.url}/news/); its 5 last good items were written`,
    );
    const feed = JSON.parse(await readFile(out, 'utf8')) as JsonFeed;
    expect(feed.items).toEqual((JSON.parse(feedAfterRepeat) as JsonFeed).items);
  }, 15_000);

  it('exits 2 naming each selector and page when no list matches any more, and leaves the feed untouched', async () => {
    const before = await stat(out);
    const written = await readFile(out, 'utf8');
    portal.routes.set('/anonsy-ta-ogoloshennya/', 'news-page-1-changed.html');
    const changed = await runBridgeCli(['--portal', portal.url, '--out', out, ...INTERVAL]);
    expect(changed.code).toBe(2);
    expect(changed.stderr).toContain(
      `selector ".listNews" found nothing on ${portal.url}/anonsy-ta-ogoloshennya/; no feed written`,
    );
    expect(await readFile(out, 'utf8')).toBe(written);
    expect((await stat(out)).mtimeMs).toBe(before.mtimeMs);
  }, 15_000);
});

describe('npm run bridge', () => {
  it('runs as an npm script and writes to stdout without --out', async () => {
    const portal = await startFixturePortal();
    try {
      const run = await runBridgeCli(
        ['--portal', portal.url, '--pages', '1', '--max-articles', '1', ...INTERVAL],
        { viaNpm: true },
      );
      expect(run.code).toBe(0);
      expect(portal.requests.map((r) => r.url)).toEqual([
        '/news/',
        '/anonsy-ta-ogoloshennya/',
        '/news/id-61250/',
      ]);
      const feed = JSON.parse(run.stdout) as JsonFeed;
      expect(feed.items.map((i) => i.title)).toEqual([
        'Виконком погодив одноразову допомогу родинам новонароджених',
      ]);
      expect(run.stderr).toContain('articles read 1, cached 0, deferred 3');
    } finally {
      await portal.close();
    }
  }, 20_000);

  it('exits 1 when the portal refuses connections, writing nothing', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'vistky-bridge-')), 'feed.json');
    const run = await runBridgeCli(['--portal', await getRefusingUrl(), '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/ECONNREFUSED; no feed written/);
    await expect(stat(out)).rejects.toThrow(/ENOENT/);
  }, 15_000);

  it('exits 3 on an unreadable configuration and leaves the cache file alone', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'vistky-bridge-')), 'feed.json');
    await writeFile(`${out}.cache.json`, '{"kept":true}');
    const run = await runBridgeCli(['--config', `${out}.missing.json`, '--out', out]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(`cannot read ${out}.missing.json`);
    expect(await readFile(`${out}.cache.json`, 'utf8')).toBe('{"kept":true}');
  }, 15_000);

  it('exits 3 with --site and no build before reading the portal, writing nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vistky-bridge-'));
    const run = await runBridgeCli([
      ...['--portal', await getRefusingUrl(), '--site', join(dir, 'site')],
      ...['--site-url', 'https://news.example.gov.ua', '--dist', join(dir, 'no-build')],
    ]);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/no built app at .*index\.html: run npm run build; no feed written/);
    expect(await readdir(dir)).toEqual([]);
  }, 15_000);

  it('exits 3 and prints the usage on a bad argument', async () => {
    const run = await runBridgeCli(['--pages', 'many']);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('--pages must be an integer');
    expect(run.stderr).toContain('Exit codes: 0 feed written; 4 feed written, but some sections');
  }, 15_000);
});
